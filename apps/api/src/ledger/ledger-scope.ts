import type { LedgerScope } from '@boundary/persistence';
import type { Principal } from '../auth/principal';

/** Mediators see their township's ledger, bureau and leaders their district's, admin all. */
export function ledgerScopeOf(principal: Principal): LedgerScope {
  switch (principal.role) {
    case 'mediator':
      return { township: principal.jurisdiction ?? '\u0000' };
    case 'bureau':
    case 'leader':
      return { district: principal.district ?? principal.jurisdiction ?? '\u0000' };
    case 'admin':
      return {};
  }
}
