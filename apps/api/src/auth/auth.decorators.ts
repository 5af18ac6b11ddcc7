import { SetMetadata } from '@nestjs/common';
import type { UserRole } from '@boundary/persistence';

export const PUBLIC_ROUTE = 'publicRoute';
export const ROLES = 'roles';
export const BEFORE_PASSWORD_CHANGE = 'beforePasswordChange';

/** Reachable without a token. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Only these roles may call the route; others get 403. */
export const Roles = (...roles: UserRole[]) => SetMetadata(ROLES, roles);

/** Open to a user who must change the password first (every other route answers 403 PASSWORD_CHANGE_REQUIRED). */
export const BeforePasswordChange = () => SetMetadata(BEFORE_PASSWORD_CHANGE, true);

export const TOKEN_IN_QUERY = 'tokenInQuery';

/**
 * Also accepts the token as `?access_token=`: EventSource cannot send headers. Only for GET streams, whose
 * URLs are kept out of the request log.
 */
export const TokenInQuery = () => SetMetadata(TOKEN_IN_QUERY, true);
