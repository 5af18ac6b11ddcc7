import type { Incident } from '@boundary/workflows';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { IncidentEntity } from '../entities/incident.entity';
import { ewktPoint } from '../boundary/model';
import {
  type Nearby,
  type Page,
  type SubjectColumns,
  SubjectRepository,
} from '../subjects/subject.repository';

export interface IncidentListFilter extends Page, Nearby {
  status?: string;
  severity?: string;
  /** A township or the district: matches the incident's jurisdiction or its district. */
  jurisdiction?: string;
}

/**
 * What the caller may see: a mediator the incidents of its township and the district-wide ones of its
 * district (its mediators are part of that response), bureau and leader their district, admin everything.
 */
export interface IncidentScope {
  jurisdictions?: string[];
  district?: string;
}

export class IncidentRepository extends SubjectRepository<
  Incident,
  IncidentEntity,
  IncidentScope,
  IncidentListFilter
> {
  constructor(dataSource: DataSource) {
    super(dataSource, {
      subjectType: 'incident',
      table: 'incidents',
      entity: IncidentEntity,
      columns: (state) => ({
        type: state.type,
        severity: state.severity,
        jurisdiction: state.jurisdiction,
        dispute_id: state.disputeId ?? null,
        line_code: state.lineCode ?? null,
        location: ewktPoint(state.location),
      }),
      // A district-wide incident is also seen by every mediator of the district: they are alerted to it.
      seenFrom: (state) => ({
        jurisdictions: [state.jurisdiction, state.district],
        districts: state.jurisdiction === state.district ? [state.district] : [],
      }),
    });
  }

  protected inScope(row: SubjectColumns<IncidentEntity>, scope: IncidentScope): boolean {
    if (scope.jurisdictions && !scope.jurisdictions.includes(row.jurisdiction)) return false;
    return !scope.district || row.district === scope.district;
  }

  protected narrow(
    query: SelectQueryBuilder<IncidentEntity>,
    filter: IncidentListFilter,
    scope: IncidentScope,
  ) {
    if (scope.jurisdictions) {
      query.andWhere('s.jurisdiction IN (:...scoped)', { scoped: scope.jurisdictions });
    }
    if (scope.district) query.andWhere('s.district = :district', { district: scope.district });
    if (filter.status) query.andWhere('s.status = :status', { status: filter.status });
    if (filter.severity) query.andWhere('s.severity = :severity', { severity: filter.severity });
    if (filter.jurisdiction) {
      query.andWhere('(s.jurisdiction = :j OR s.district = :j)', { j: filter.jurisdiction });
    }
  }
}
