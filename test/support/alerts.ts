import type { Stack } from './stack';

export interface AlertView {
  id: string;
  kind: string;
  subjectType: string;
  subjectId: string;
  deadlineKind?: string;
  message: string;
  createdAt: string;
  readAt: string | null;
}

/** The user's inbox alerts about one subject, as `kind` or `kind:deadlineKind` labels, oldest first. */
export async function alertLabels(stack: Stack, username: string, subjectId: string): Promise<string[]> {
  const response = await (await stack.as(username)).get('/alerts');
  if (response.status !== 200) throw new Error(`GET /alerts as ${username}: ${response.status}`);
  return (response.body as AlertView[])
    .filter((alert) => alert.subjectId === subjectId)
    .reverse()
    .map((alert) => (alert.deadlineKind ? `${alert.kind}:${alert.deadlineKind}` : alert.kind));
}
