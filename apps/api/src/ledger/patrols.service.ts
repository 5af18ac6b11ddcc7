import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  BoundaryRepository,
  type BoundaryLineRecord,
  PatrolRepository,
  type PatrolRecord,
} from '@boundary/persistence';
import type { FindingIntake } from '@boundary/workflows';
import type { Principal } from '../auth/principal';
import { AppError } from '../common/app-error';
import { pageOf } from '../common/page.dto';
import { uuidFrom } from '../common/temporal-calls';
import type { FieldProblem } from '../common/validation';
import { BoundaryService } from '../boundary/boundary.service';
import { OrganisationService } from '../organisation/organisation.service';
import { FindingsService } from './findings.service';
import type { CreatePatrolDto, ListPatrolsQuery } from './ledger.dto';
import { ledgerScopeOf } from './ledger-scope';
import { type PatrolDto, toPatrolView } from './ledger.views';
import { PATROL_CONSUMERS, type PatrolConsumer } from './patrol-consumers';
import { PatrolPlansService } from './patrol-plans.service';

const CONDITION_ZH: Record<string, string> = {
  tilted: '倾斜',
  damaged: '损坏',
  missing: '缺失',
  obscured: '被遮挡',
};

/**
 * Patrol records (巡查记录): saved with the markers' conditions in the register, then handed to each
 * consumer (the ledger, the plan). The patrol's id comes from its Idempotency-Key, so a retry saves nothing
 * twice and runs the consumers again, each of which is idempotent per patrol.
 */
@Injectable()
export class PatrolsService {
  constructor(
    @Inject(PatrolRepository) private readonly patrols: PatrolRepository,
    @Inject(BoundaryRepository) private readonly register: BoundaryRepository,
    private readonly boundary: BoundaryService,
    private readonly organisation: OrganisationService,
    private readonly plans: PatrolPlansService,
    @Inject(PATROL_CONSUMERS) private readonly consumers: PatrolConsumer[],
  ) {}

  async record(principal: Principal, body: CreatePatrolDto, key?: string): Promise<PatrolDto> {
    const problems: FieldProblem[] = [];
    if (Date.parse(body.endedAt) < Date.parse(body.startedAt)) {
      problems.push({ field: 'endedAt', problems: ['must not be before startedAt'] });
    }
    const line = await this.register.line(body.lineCode, this.boundary.scopeOf(principal));
    if (!line)
      throw AppError.validation([{ field: 'lineCode', problems: ['must name a boundary line you can see'] }]);
    const markerCodes = body.markers.map((marker) => marker.code);
    const onLine = new Set(
      (await this.register.existingMarkers(markerCodes))
        .filter((marker) => marker.lineCode === line.code)
        .map((marker) => marker.code),
    );
    body.markers.forEach((marker, index) => {
      if (!onLine.has(marker.code))
        problems.push({ field: `markers.${index}.code`, problems: ['must be a marker of the line'] });
    });
    if (new Set(markerCodes).size !== markerCodes.length) {
      problems.push({ field: 'markers', problems: ['names a marker twice'] });
    }
    (body.findings ?? []).forEach((finding, index) => {
      if (
        finding.markerCode !== undefined &&
        !onLine.has(finding.markerCode) &&
        !markerCodes.includes(finding.markerCode)
      ) {
        problems.push({ field: `findings.${index}.markerCode`, problems: ['must be a marker of the line'] });
      }
    });
    if (problems.length > 0) throw AppError.validation(problems);
    await this.plans.checkPlan(principal, body.planId);
    for (const consumer of this.consumers) await consumer.beforePatrol?.(principal, body);
    const jurisdiction = await this.townshipOf(principal, line);
    const district = (await this.organisation.find(jurisdiction))?.parentCode ?? '';

    const id = key ? uuidFrom(`${principal.username}\npatrol\n${key}`) : randomUUID();
    await this.patrols.insert({
      id,
      planId: body.planId,
      inspectionId: body.inspectionId,
      lineCode: line.code,
      jurisdiction,
      district,
      startedAt: new Date(body.startedAt).toISOString(),
      endedAt: new Date(body.endedAt).toISOString(),
      team: body.team,
      track: body.track,
      markers: body.markers,
      findings: body.findings ?? [],
      createdBy: principal.username,
    });
    // What a retry reads is what the first attempt saved, not this attempt's body; each consumer reads it
    // afresh, so it sees what the ones before it wrote (the inspection counts the findings the ledger opened).
    for (const consumer of this.consumers) {
      await consumer.afterPatrol(principal, (await this.patrols.find(id, {})) as PatrolRecord);
    }
    return toPatrolView((await this.patrols.find(id, {})) as PatrolRecord);
  }

  async list(principal: Principal, query: ListPatrolsQuery) {
    return {
      ...(await this.patrols.list({ ...pageOf(query), planId: query.planId }, ledgerScopeOf(principal))),
      ...pageOf(query),
    };
  }

  async get(principal: Principal, id: string): Promise<PatrolDto> {
    const patrol = id.length <= 64 ? await this.patrols.find(id, ledgerScopeOf(principal)) : null;
    if (!patrol) throw AppError.notFound({ zh: '巡查记录', en: 'patrol' });
    return toPatrolView(patrol);
  }

  /** A mediator patrols for its township (one along the line); the bureau for the first of its district's. */
  private async townshipOf(principal: Principal, line: BoundaryLineRecord): Promise<string> {
    if (principal.role === 'mediator') {
      if (!principal.jurisdiction || !line.townships.includes(principal.jurisdiction)) {
        throw AppError.forbidden({
          zh: '只能巡查本乡镇沿线的界线',
          en: 'A mediator patrols lines along its township',
        });
      }
      return principal.jurisdiction;
    }
    for (const township of line.townships) {
      if ((await this.organisation.find(township))?.parentCode === principal.district) return township;
    }
    throw AppError.forbidden({
      zh: '该界线不经过本区乡镇',
      en: 'The line runs along none of your district’s townships',
    });
  }
}

/**
 * The ledger's share of a patrol: every marker found other than intact opens a marker finding (the same one
 * while the marker's finding is open), each free finding one of its own; the patrol lists them.
 */
@Injectable()
export class PatrolFindingsOpener implements PatrolConsumer {
  constructor(
    private readonly findings: FindingsService,
    @Inject(PatrolRepository) private readonly patrols: PatrolRepository,
    @Inject(BoundaryRepository) private readonly register: BoundaryRepository,
  ) {}

  async afterPatrol(principal: Principal, patrol: PatrolRecord): Promise<void> {
    const line = await this.register.line(patrol.lineCode, {});
    const located = new Map(
      (
        await this.register.markersCovering(
          patrol.markers.map((marker) => marker.code),
          [],
        )
      ).map((marker) => [marker.code, marker]),
    );
    /** A township line's marker is its responsible side's to put right; others the patrolling township's. */
    const townshipOf = (markerCode?: string) => {
      const side = markerCode ? located.get(markerCode)?.responsibleSide : undefined;
      return side && line?.townships.includes(side) ? side : patrol.jurisdiction;
    };
    const common = { lineCode: patrol.lineCode, patrolId: patrol.id, foundAt: patrol.endedAt };
    const ids: string[] = [];
    for (const marker of patrol.markers) {
      if (marker.condition === 'intact') continue;
      const intake: FindingIntake = {
        ...common,
        title: `${marker.code} 界桩${CONDITION_ZH[marker.condition] ?? marker.condition}`,
        kind: 'marker',
        description: marker.note ?? `巡查发现界桩${CONDITION_ZH[marker.condition] ?? marker.condition}`,
        jurisdiction: townshipOf(marker.code),
        markerCode: marker.code,
        markerCondition: marker.condition,
      };
      ids.push(
        await this.findings.open(
          principal,
          await this.findings.markerFindingId(marker.code),
          intake,
          patrol.district,
        ),
      );
    }
    for (const [index, finding] of patrol.findings.entries()) {
      const intake: FindingIntake = {
        ...common,
        title: finding.description.slice(0, 60),
        kind: finding.kind as FindingIntake['kind'],
        description: finding.description,
        jurisdiction: townshipOf(finding.markerCode),
        markerCode: finding.markerCode,
        location: finding.location,
      };
      ids.push(
        await this.findings.open(
          principal,
          uuidFrom(`finding\npatrol\n${patrol.id}\n${index}`),
          intake,
          patrol.district,
        ),
      );
    }
    await this.patrols.setFindingIds(patrol.id, [...new Set(ids)]);
  }
}
