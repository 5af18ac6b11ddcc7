import { type ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { UserRole } from '@boundary/persistence';
import type { Actor } from '@boundary/workflows';

/** The signed-in user, as carried by the token. */
export interface Principal {
  username: string;
  role: UserRole;
  /** A township for mediators, the district for bureau and leaders, null for admin. */
  jurisdiction: string | null;
  /** The district the user belongs to (a mediator's township's parent). */
  district: string | null;
}

export const toActor = (principal: Principal): Actor => ({
  username: principal.username,
  role: principal.role,
});

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal => context.switchToHttp().getRequest().user,
);

/** Who acts and from where, as the audit log records it. */
export interface Origin {
  actor: string;
  ip: string | null;
}

export const RequestOrigin = createParamDecorator((_data: unknown, context: ExecutionContext): Origin => {
  const request = context.switchToHttp().getRequest<{ user?: Principal; ip?: string }>();
  return { actor: request.user?.username ?? 'anonymous', ip: request.ip ?? null };
});
