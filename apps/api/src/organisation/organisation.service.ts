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
