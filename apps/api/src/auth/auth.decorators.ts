import { SetMetadata } from '@nestjs/common';
import type { UserRole } from '@boundary/persistence';

export const PUBLIC_ROUTE = 'publicRoute';
export const ROLES = 'roles';

/** Reachable without a token. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Only these roles may call the route; others get 403. */
export const Roles = (...roles: UserRole[]) => SetMetadata(ROLES, roles);
