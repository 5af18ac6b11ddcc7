import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@boundary/config';
import {
  type BoundaryLineWrite,
  type BoundaryMarker,
  BoundaryRepository,
  type FeatureProblem,
  type LineReach,
  type RegisterChange,
  type RegisterScope,
  type RegisterWriteOptions,
} from '@boundary/persistence';
import type { Principal } from '../auth/principal';
import { AppError } from '../common/app-error';
import { pageOf } from '../common/page.dto';
import { parseNear } from '../common/near';
import type { FieldProblem } from '../common/validation';
import { APP_CONFIG } from '../infrastructure/tokens';
import { OrganisationService } from '../organisation/organisation.service';
import type {
  CreateLineDto,
  CreateMarkerDto,
  FeatureCollectionDto,
  ListMarkersQuery,
  ReportMarkerStatusDto,
} from './boundary.dto';
import { parseFeatures, toFeatureCollection, toLineView, toMarkerView } from './geojson';

const LINE = { zh: '界线', en: 'boundary line' };
const MARKER = { zh: '界桩', en: 'boundary marker' };

/** What a line or marker write needs besides its fields: where the problems go. */
type Problems = FieldProblem[];

/**
 * The register's rules: who reads which lines (a county-level unit on either side, the townships along
 * it), who writes them (the bureau of a side, admin), what makes a line (two known sides of its level) and a
 * marker (on a line it can see, maintained by one of its sides, near it). PostGIS measures.
 */
@Injectable()
export class BoundaryService {
  constructor(
    private readonly register: BoundaryRepository,
    private readonly organisation: OrganisationService,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'markerMaxOffsetMeters'>,
  ) {}

  /** Mediators read the lines along their township, bureau and leaders their district's, admin all. */
  scopeOf(principal: Principal): RegisterScope {
    switch (principal.role) {
      case 'mediator':
        return { township: principal.jurisdiction ?? '\u0000' };
      case 'bureau':
      case 'leader':
        return { districts: [principal.district ?? principal.jurisdiction ?? '\u0000'] };
      case 'admin':
        return {};
    }
  }

  async lines(principal: Principal, jurisdiction?: string) {
    return (await this.register.lines(this.scopeOf(principal), jurisdiction)).map(toLineView);
  }

  async line(principal: Principal, code: string) {
    const line = await this.register.line(code, this.scopeOf(principal));
    if (!line) throw AppError.notFound(LINE);
    return toLineView(line);
  }

  async markers(principal: Principal, query: ListMarkersQuery) {
    const { items, total } = await this.register.markers(
      { ...pageOf(query), line: query.line, status: query.status, near: parseNear(query.near) },
      this.scopeOf(principal),
    );
    return { items: items.map(toMarkerView), total };
  }

  async marker(principal: Principal, code: string) {
    const marker = await this.register.marker(code, this.scopeOf(principal));
    if (!marker) throw AppError.notFound(MARKER);
    return toMarkerView(marker);
  }

  async export(principal: Principal) {
    const { lines, markers } = await this.register.everything(this.scopeOf(principal));
    return toFeatureCollection(lines, markers);
  }

  /** A case or incident may name a line: one the caller can see. */
  async checkLineCode(principal: Principal, code: string | undefined): Promise<void> {
    if (code !== undefined && !(await this.register.line(code, this.scopeOf(principal)))) {
      throw AppError.validation([{ field: 'lineCode', problems: ['must name a boundary line you can see'] }]);
    }
  }

  async createLine(principal: Principal, body: CreateLineDto) {
    const problems: Problems = [];
    const line = await this.lineWrite(body, problems);
    if (problems.length > 0) throw AppError.validation(problems);
    this.requireWritable(principal, line, body.code);
    const written = await this.write({ lines: [line], markers: [] }, principal, 'keep');
    if (!written.lines.includes(line.code)) throw this.exists(LINE, line.code);
    return this.line(principal, line.code);
  }

  async createMarker(principal: Principal, body: CreateMarkerDto) {
    const problems: Problems = [];
    const [line] = await this.visibleLines(principal, [body.lineCode]);
    const marker = this.markerWrite(body, line, problems);
    if (problems.length > 0) throw AppError.validation(problems);
    const written = await this.write({ lines: [], markers: [marker] }, principal, 'keep');
    if (!written.markers.includes(marker.code)) throw this.exists(MARKER, marker.code);
    return this.marker(principal, marker.code);
  }

  async reportStatus(principal: Principal, code: string, body: ReportMarkerStatusDto) {
    await this.marker(principal, code);
    await this.register.reportStatus(code, { ...body, by: principal.username });
    return this.marker(principal, code);
  }

  /**
   * Creates or updates every feature by its code, all or nothing. Each refusal names its feature; a
   * feature outside the caller's district is 403, naming it.
   */
  async import(
    principal: Principal,
    body: FeatureCollectionDto,
  ): Promise<{ lines: number; markers: number }> {
    const parsed = parseFeatures(body.features);
    const problems = [...parsed.problems];
    const asFeature = (feature: string) => (list: Problems) =>
      problems.push(...list.map((problem) => ({ feature, ...problem })));

    const lines: BoundaryLineWrite[] = [];
    for (const dto of parsed.lines) {
      const found: Problems = [];
      const line = await this.lineWrite(dto, found);
      asFeature(dto.code)(found);
      if (found.length === 0) lines.push(line);
    }
    const existingLines = await this.register.reach(lines.map((line) => line.code));
    for (const line of [...lines, ...existingLines]) this.requireWritable(principal, line, line.code);

    const inFile = new Map(lines.map((line) => [line.code, line]));
    const referenced = parsed.markers.map((m) => m.lineCode).filter((code) => !inFile.has(code));
    const reach = new Map(
      [...(await this.visibleLines(principal, referenced)), ...lines]
        .filter((line): line is LineReach => line !== undefined)
        .map((line) => [line.code, line]),
    );
    const markers: BoundaryMarker[] = [];
    for (const dto of parsed.markers) {
      const found: Problems = [];
      const marker = this.markerWrite(dto, reach.get(dto.lineCode), found);
      asFeature(dto.code)(found);
      if (found.length === 0) markers.push(marker);
    }
    // A marker that moves to another line leaves its old one: that line must be the caller's too.
    const moving = await this.register.existingMarkers(markers.map((m) => m.code));
    const oldLines = await this.register.reach(moving.map((m) => m.lineCode));
    for (const line of oldLines) this.requireWritable(principal, line, line.code);

    if (problems.length > 0) throw this.invalidFeatures(problems);
    const written = await this.write({ lines, markers }, principal, 'upsert');
    return { lines: written.lines.length, markers: written.markers.length };
  }

  /** Checks a line's sides and townships against the organisation; works out who reads it. */
  private async lineWrite(body: CreateLineDto, problems: Problems): Promise<BoundaryLineWrite> {
    const sides = await Promise.all(body.sides.map((code) => this.organisation.find(code)));
    sides.forEach((side, index) => {
      if (!side) problems.push({ field: `sides.${index}`, problems: ['must be a known jurisdiction code'] });
    });
    if (body.sides[0] === body.sides[1]) problems.push({ field: 'sides', problems: ['must name two sides'] });
    const townshipLine = body.level === 'township';
    if (sides.some((side) => side && (side.level === 'township') !== townshipLine)) {
      problems.push({
        field: 'sides',
        problems: [
          townshipLine
            ? 'a township line lies between two townships'
            : 'a township is not a side of this level',
        ],
      });
    }
    const districts = [
      ...new Set(
        sides.map((side) => (side?.level === 'township' ? side.parentCode : side?.code)).filter(Boolean),
      ),
    ] as string[];
    const townships = [...new Set([...(townshipLine ? body.sides : []), ...(body.townships ?? [])])];
    for (const [index, code] of (body.townships ?? []).entries()) {
      const township = await this.organisation.find(code);
      if (township?.level !== 'township' || !districts.includes(township.parentCode ?? '')) {
        problems.push({
          field: `townships.${index}`,
          problems: ['must be a township of a county-level unit on either side'],
        });
      }
    }
    return {
      code: body.code,
      name: body.name,
      level: body.level,
      sides: body.sides,
      townships,
      districts,
      geometry: { type: 'LineString', coordinates: body.geometry.coordinates },
      ...(body.agreementRef ? { agreementRef: body.agreementRef } : {}),
    };
  }

  private markerWrite(
    body: CreateMarkerDto,
    line: LineReach | undefined,
    problems: Problems,
  ): BoundaryMarker {
    if (!line) {
      problems.push({
        field: 'lineCode',
        problems: ['must name a boundary line you can see (or one in the file)'],
      });
    } else if (!line.sides.includes(body.responsibleSide)) {
      problems.push({
        field: 'responsibleSide',
        problems: [`must be one of the line's sides: ${line.sides.join(', ')}`],
      });
    }
    return {
      code: body.code,
      lineCode: body.lineCode,
      type: body.type,
      location: { lat: body.location.lat, lng: body.location.lng },
      responsibleSide: body.responsibleSide,
      status: body.status ?? 'intact',
    };
  }

  /** The lines the caller can see among `codes`, in order (undefined where it cannot). */
  private async visibleLines(principal: Principal, codes: string[]): Promise<(LineReach | undefined)[]> {
    const known = new Map((await this.register.reach(codes)).map((line) => [line.code, line]));
    return codes.map((code) => {
      const line = known.get(code);
      return line && this.readable(principal, line) ? line : undefined;
    });
  }

  private readable(principal: Principal, line: LineReach): boolean {
    const scope = this.scopeOf(principal);
    if (scope.township && !line.townships.includes(scope.township)) return false;
    return !scope.districts || scope.districts.some((district) => line.districts.includes(district));
  }

  /** Writers are the bureau of a county-level unit on either side, and admin (the route admits no other). */
  private requireWritable(principal: Principal, line: Pick<LineReach, 'districts'>, code: string): void {
    if (principal.role === 'admin' || line.districts.includes(principal.district ?? '')) return;
    throw AppError.forbidden({
      zh: `界线 ${code} 不在本区，无权修改`,
      en: `Line ${code} is not on your district's boundary`,
    });
  }

  private async write(change: RegisterChange, principal: Principal, mode: RegisterWriteOptions['mode']) {
    const result = await this.register.write(change, {
      by: principal.username,
      source: mode === 'upsert' ? 'import' : 'register',
      mode,
      maxOffsetMeters: this.config.markerMaxOffsetMeters,
    });
    if (!result.ok) throw this.invalidFeatures(result.problems);
    return result;
  }

  private invalidFeatures(problems: FeatureProblem[]): AppError {
    const [first] = problems;
    const others = new Set(problems.map((p) => p.feature)).size - 1;
    return AppError.validation(problems, {
      zh: `要素 ${first.feature} 有误（${first.field}）${others > 0 ? `，另有 ${others} 个要素有误` : ''}`,
      en: `Feature ${first.feature} is invalid (${first.field})${others > 0 ? `, and ${others} more` : ''}`,
    });
  }

  private exists(what: { zh: string; en: string }, code: string): AppError {
    return AppError.conflict({ zh: `${what.zh} ${code} 已存在`, en: `${what.en} ${code} already exists` });
  }
}
