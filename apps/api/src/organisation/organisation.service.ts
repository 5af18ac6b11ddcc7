import { Inject, Injectable } from '@nestjs/common';
import { type JurisdictionEntity, OrganisationRepository } from '@boundary/persistence';
import type { DisputeScope, IncidentScope } from '@boundary/persistence';
import type { Principal } from '../auth/principal';

const CACHE_MS = 60_000;

/** What the console needs to offer jurisdictions by name: the tree is public to every signed-in user. */
export interface JurisdictionView {
  code: string;
  name: string;
  level: JurisdictionEntity['level'];
  parentCode: string | null;
}

/** The jurisdiction tree and what each user may see in it. */
@Injectable()
export class OrganisationService {
  private cache?: { at: number; byCode: Map<string, JurisdictionEntity> };

  constructor(
    @Inject(OrganisationRepository)
    private readonly organisation: Pick<OrganisationRepository, 'allJurisdictions'>,
  ) {}

  /** The tree is small and rarely changes: one query a minute instead of one per request. */
  private async jurisdictions(): Promise<Map<string, JurisdictionEntity>> {
    if (!this.cache || Date.now() - this.cache.at > CACHE_MS) {
      const all = await this.organisation.allJurisdictions();
      this.cache = { at: Date.now(), byCode: new Map(all.map((j) => [j.code, j])) };
    }
    return this.cache.byCode;
  }

  async list(): Promise<JurisdictionView[]> {
    return [...(await this.jurisdictions()).values()]
      .map(({ code, name, level, parentCode }) => ({ code, name, level, parentCode }))
      .sort((a, b) => a.code.localeCompare(b.code));
  }

  async find(code: string): Promise<JurisdictionEntity | undefined> {
    return (await this.jurisdictions()).get(code);
  }

  /** The district a township belongs to, or the code itself for a district. */
  async districtOf(code: string): Promise<string | undefined> {
    const jurisdiction = await this.find(code);
    if (!jurisdiction) return undefined;
    return jurisdiction.level === 'township' ? (jurisdiction.parentCode ?? undefined) : jurisdiction.code;
  }

  /** The townships of a district: a district-wide incident alerts the mediators of each. */
  async townshipsOf(district: string): Promise<string[]> {
    return [...(await this.jurisdictions()).values()]
      .filter((j) => j.level === 'township' && j.parentCode === district)
      .map((j) => j.code);
  }

  /** Mediators see their township, bureau and leaders their district, admin all. */
  scopeOf(principal: Principal): DisputeScope {
    switch (principal.role) {
      case 'mediator':
        return { ownerJurisdiction: principal.jurisdiction ?? '\u0000' };
      case 'bureau':
      case 'leader':
        return { district: principal.district ?? principal.jurisdiction ?? '\u0000' };
      case 'admin':
        return {};
    }
  }

  /** As for cases; a mediator also sees its district's district-wide incidents: it is alerted to them. */
  incidentScopeOf(principal: Principal): IncidentScope {
    switch (principal.role) {
      case 'mediator':
        return { jurisdictions: [principal.jurisdiction ?? '\u0000', principal.district ?? '\u0000'] };
      case 'bureau':
      case 'leader':
        return { district: principal.district ?? principal.jurisdiction ?? '\u0000' };
      case 'admin':
        return {};
    }
  }
}
