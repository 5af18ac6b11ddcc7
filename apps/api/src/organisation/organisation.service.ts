import { Inject, Injectable } from '@nestjs/common';
import {
  type JurisdictionEntity,
  type JurisdictionLevel,
  OrganisationRepository,
} from '@boundary/persistence';
import type { DisputeScope, IncidentScope } from '@boundary/persistence';
import type { Origin, Principal } from '../auth/principal';
import { AppError } from '../common/app-error';
import type { CreateJurisdictionDto, UpdateJurisdictionDto } from './organisation.dto';

const CACHE_MS = 60_000;

/** What the console needs to offer jurisdictions by name: the tree is public to every signed-in user. */
export interface JurisdictionView {
  code: string;
  name: string;
  level: JurisdictionEntity['level'];
  parentCode: string | null;
  firstResponsible?: string;
  directResponsible?: string;
}

/** The level a jurisdiction's parent must have; a city and a district may stand at the top of the tree. */
const PARENT_LEVEL: Record<JurisdictionLevel, JurisdictionLevel | null> = {
  city: null,
  district: 'city',
  township: 'district',
  village: 'township',
};
const ROOT_LEVELS: JurisdictionLevel[] = ['city', 'district'];

const toView = (j: JurisdictionEntity): JurisdictionView => ({
  code: j.code,
  name: j.name,
  level: j.level,
  parentCode: j.parentCode,
  firstResponsible: j.firstResponsible ?? undefined,
  directResponsible: j.directResponsible ?? undefined,
});

/** The jurisdiction tree and what each user may see in it. */
@Injectable()
export class OrganisationService {
  private cache?: { at: number; byCode: Map<string, JurisdictionEntity> };

  constructor(
    @Inject(OrganisationRepository)
    private readonly organisation: Pick<
      OrganisationRepository,
      'allJurisdictions' | 'findJurisdiction' | 'createJurisdiction' | 'updateJurisdiction' | 'findUser'
    >,
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
      .map(toView)
      .sort((a, b) => a.code.localeCompare(b.code));
  }

  async create(body: CreateJurisdictionDto, origin: Origin): Promise<JurisdictionView> {
    const parent =
      body.parentCode === null ? null : await this.organisation.findJurisdiction(body.parentCode);
    const parentLevel = PARENT_LEVEL[body.level];
    const parentFits = parent ? parent.level === parentLevel : ROOT_LEVELS.includes(body.level);
    if (!parentFits) {
      throw AppError.field(
        'parentCode',
        parentLevel ? `must be the code of a ${parentLevel}` : 'must be null for a city',
        { zh: '上级行政区不存在或层级不符', en: 'No parent jurisdiction of the right level' },
      );
    }
    const created = await this.organisation.createJurisdiction(body, {
      ...origin,
      action: 'jurisdiction_create',
      target: `jurisdiction:${body.code}`,
      outcome: 'success',
      details: { name: body.name, level: body.level, parentCode: body.parentCode },
    });
    if (!created) {
      throw AppError.conflict({ zh: `行政区代码 ${body.code} 已存在`, en: `Code ${body.code} is taken` });
    }
    this.cache = undefined;
    return toView({ ...body, firstResponsible: null, directResponsible: null });
  }

  async update(code: string, body: UpdateJurisdictionDto, origin: Origin): Promise<JurisdictionView> {
    if (Object.values(body).every((value) => value === undefined)) {
      const unchanged = await this.organisation.findJurisdiction(code);
      if (!unchanged) throw AppError.notFound({ zh: '行政区', en: 'jurisdiction' });
      return toView(unchanged);
    }
    for (const field of ['firstResponsible', 'directResponsible'] as const) {
      const username = body[field];
      const user = username ? await this.organisation.findUser(username) : null;
      if (username && (!user || user.disabled)) {
        throw AppError.field(field, 'must be the username of an active user', {
          zh: '责任人必须是已启用的用户',
          en: 'A responsible person must be an active user',
        });
      }
    }
    const updated = await this.organisation.updateJurisdiction(code, body, {
      ...origin,
      action: 'jurisdiction_update',
      target: `jurisdiction:${code}`,
      outcome: 'success',
      details: { ...body },
    });
    if (!updated) throw AppError.notFound({ zh: '行政区', en: 'jurisdiction' });
    this.cache = undefined;
    return toView(updated);
  }

  async find(code: string): Promise<JurisdictionEntity | undefined> {
    return (await this.jurisdictions()).get(code);
  }

  /** The district a township or village belongs to, or the code itself for a district; none for a city. */
  async districtOf(code: string): Promise<string | undefined> {
    const all = await this.jurisdictions();
    for (let place = all.get(code); place; place = all.get(place.parentCode ?? '')) {
      if (place.level === 'district') return place.code;
      if (place.level === 'city') return undefined;
    }
    return undefined;
  }

  /** The townships of a district: a district-wide incident alerts the mediators of each. */
  async townshipsOf(district: string): Promise<string[]> {
    return [...(await this.jurisdictions()).values()]
      .filter((j) => j.level === 'township' && j.parentCode === district)
      .map((j) => j.code);
  }

  /** The county-level unit an active user works in; none for a disabled or unknown user. */
  async sideOfUser(username: string): Promise<string | undefined> {
    const user = await this.organisation.findUser(username);
    if (!user || user.disabled || !user.jurisdiction) return undefined;
    return (await this.districtOf(user.jurisdiction)) ?? user.jurisdiction;
  }

  /**
   * The county-level units of the given places (districts, or the district of a township), in order, once
   * each; a city names none.
   */
  async sidesOf(codes: string[]): Promise<string[]> {
    const sides: string[] = [];
    for (const code of codes) {
      const side = await this.districtOf(code);
      if (side && !sides.includes(side)) sides.push(side);
    }
    return sides;
  }

  /**
   * The lowest jurisdiction strictly above every one of `codes`: under 《行政区域边界争议处理条例》 the
   * government that decides when the sides cannot agree. None when they share no ancestor.
   */
  async commonSuperior(codes: string[]): Promise<string | undefined> {
    const all = await this.jurisdictions();
    const above = (code: string): string[] => {
      const chain: string[] = [];
      for (
        let place = all.get(all.get(code)?.parentCode ?? '');
        place;
        place = all.get(place.parentCode ?? '')
      ) {
        chain.push(place.code);
      }
      return chain;
    };
    const [first, ...rest] = codes.map(above);
    return first?.find((candidate) => rest.every((chain) => chain.includes(candidate)));
  }

  /** Mediators see their township, bureau and leaders their district, admin all: what each counts as its own. */
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

  /**
   * The cases a user reads and works on: its own, and besides, for the bureau, the cross-county cases of its
   * county and those referred to it, and for everyone the cases whose joint mediation group names it.
   */
  caseScopeOf(principal: Principal): DisputeScope {
    if (principal.role === 'admin') return {};
    const own = this.scopeOf(principal);
    const bureauOf = principal.role === 'bureau' ? own.district : undefined;
    return { ...own, ...(bureauOf ? { bureauOf } : {}), member: principal.username };
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
