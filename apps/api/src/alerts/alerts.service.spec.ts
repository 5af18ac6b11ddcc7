import type { AlertEntity } from '@boundary/persistence';
import { USERS, alertRow } from '../../../../test/support/fakes';
import { AlertsService } from './alerts.service';

function makeSut({ rows = [alertRow()] }: { rows?: AlertEntity[] } = {}) {
  const alerts = {
    listFor: jest.fn(async (_recipient: string, _unreadOnly: boolean) => rows),
    markRead: jest.fn(
      async (id: string, recipient: string) =>
        rows.find((row) => row.id === id && row.recipient === recipient) ?? null,
    ),
  };
  const findOwn = jest.fn(
    async (id: string, recipient: string) =>
      rows.find((row) => row.id === id && row.recipient === recipient) ?? null,
  );
  const channels = {
    deliveriesOf: jest.fn(
      async (ids: string[]) =>
        new Map(
          ids.map((id) => [
            id,
            [
              {
                channel: 'sms' as const,
                status: 'failed' as const,
                attempts: 1,
                lastError: 'isv.MOBILE_NUMBER_ILLEGAL',
              },
              { channel: 'inbox' as const, status: 'sent' as const, attempts: 1, lastError: null },
              {
                channel: 'dingtalk' as const,
                status: 'pending' as const,
                attempts: 2,
                lastError: 'HTTP 429',
              },
            ],
          ]),
        ),
    ),
  };
  return { sut: new AlertsService({ ...alerts, findOwn }, channels), alerts };
}

describe('AlertsService: a user sees and marks only its own inbox', () => {
  it("lists the caller's alerts, unread only when asked, in the caller's language", async () => {
    const { sut, alerts } = makeSut();
    const [zh] = await sut.list(USERS.leader, true, 'zh');
    const [en] = await sut.list(USERS.leader, false, 'en');
    expect(alerts.listFor.mock.calls).toEqual([
      ['leader', true],
      ['leader', false],
    ]);
    expect(zh).toEqual({
      id: alertRow().id,
      kind: 'deadline_missed',
      subjectType: 'dispute',
      subjectId: 'case-1',
      deadlineKind: 'report',
      message: alertRow().message,
      createdAt: '2026-03-05T08:00:01.000Z',
      readAt: null,
      deliveries: [
        { channel: 'inbox', status: 'sent', attempts: 1 },
        { channel: 'dingtalk', status: 'pending', attempts: 2, error: 'HTTP 429' },
        { channel: 'sms', status: 'failed', attempts: 1, error: 'isv.MOBILE_NUMBER_ILLEGAL' },
      ],
    });
    expect(en.message).toBe(alertRow().messageEn);
  });

  it('leaves deadlineKind out of alerts that have none', async () => {
    const { sut } = makeSut({ rows: [alertRow({ kind: 'escalated', deadlineKind: null })] });
    const [view] = await sut.list(USERS.bureau, false, 'zh');
    expect(view).not.toHaveProperty('deadlineKind');
  });

  it("marks read as the caller: another user's alert is a 404 like a missing one", async () => {
    const { sut, alerts } = makeSut();
    const readAt = new Date('2026-03-05T09:00:00.000Z');
    alerts.markRead.mockResolvedValueOnce(alertRow({ readAt }));
    await expect(sut.markRead(USERS.leader, alertRow().id, 'zh')).resolves.toMatchObject({
      readAt: readAt.toISOString(),
    });
    await expect(sut.markRead(USERS.bureau, alertRow().id, 'zh')).rejects.toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
    });
    expect(alerts.markRead.mock.calls).toEqual([
      [alertRow().id, 'leader'],
      [alertRow().id, 'bureau'],
    ]);
  });

  it('answers 404 for an id that is not a UUID without asking the repository', async () => {
    const { sut, alerts } = makeSut();
    await expect(sut.markRead(USERS.leader, "1' OR '1'='1", 'zh')).rejects.toMatchObject({ status: 404 });
    expect(alerts.markRead).not.toHaveBeenCalled();
  });

  it('shows one alert with its deliveries in channel order, the webhook read from the alert row', async () => {
    const row = alertRow({ webhookStatus: 'delivered', webhookAttempts: 2, webhookError: null });
    const { sut } = makeSut({ rows: [row] });
    const view = await sut.get(USERS.leader, row.id, 'zh');
    expect(view.deliveries).toEqual([
      { channel: 'inbox', status: 'sent', attempts: 1 },
      { channel: 'webhook', status: 'sent', attempts: 2 },
      { channel: 'dingtalk', status: 'pending', attempts: 2, error: 'HTTP 429' },
      { channel: 'sms', status: 'failed', attempts: 1, error: 'isv.MOBILE_NUMBER_ILLEGAL' },
    ]);
    await expect(sut.get(USERS.bureau, row.id, 'zh')).rejects.toMatchObject({ status: 404 });
    await expect(sut.get(USERS.leader, 'not-a-uuid', 'zh')).rejects.toMatchObject({ status: 404 });
  });
});
