import type { BoundaryLineRecord, BoundaryMarkerRecord, FeatureProblem } from '@boundary/persistence';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { fieldProblems } from '../common/validation';
import { CreateLineDto, CreateMarkerDto } from './boundary.dto';

const LINE_PROPERTIES = ['code', 'name', 'level', 'sides', 'townships', 'agreementRef'] as const;
const MARKER_PROPERTIES = ['code', 'lineCode', 'type', 'responsibleSide', 'status'] as const;

/** The features that passed the field rules, and what is wrong with the others. */
export interface ParsedFeatures {
  lines: CreateLineDto[];
  markers: CreateMarkerDto[];
  problems: FeatureProblem[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;

/** Only the register's own properties are read: GIS tools add theirs (OBJECTID, Shape_Length…). */
const pick = (properties: Json, names: readonly string[]): Json =>
  Object.fromEntries(names.filter((name) => name in properties).map((name) => [name, properties[name]]));

/** A feature is named by its code, or by its place in the file when it has none. */
const nameOf = (properties: Json, index: number): string =>
  typeof properties.code === 'string' && properties.code.trim() ? properties.code : `#${index + 1}`;

/** Problems of one DTO, checked with the same rules as POST /boundary/lines and /boundary/markers. */
function check<T extends object>(dto: T, feature: string): FeatureProblem[] {
  return fieldProblems(validateSync(dto, { whitelist: true, forbidNonWhitelisted: true })).map((problem) => ({
    feature,
    ...problem,
  }));
}

/**
 * Reads a FeatureCollection of the register: LineString features are lines, Point features are markers.
 * Every problem names its feature, so a surveyor can find it in the file.
 */
export function parseFeatures(features: Json[]): ParsedFeatures {
  const parsed: ParsedFeatures = { lines: [], markers: [], problems: [] };
  const seen = new Set<string>();
  features.forEach((feature, index) => {
    const properties = isObject(feature.properties) ? feature.properties : {};
    const name = nameOf(properties, index);
    const geometry = isObject(feature.geometry) ? feature.geometry : {};
    const refuse = (field: string, problem: string) =>
      parsed.problems.push({ feature: name, field, problems: [problem] });
    const accept = <T extends object>(dto: T, into: T[]) => {
      const problems = check(dto, name);
      if (problems.length === 0) into.push(dto);
      else parsed.problems.push(...problems);
    };
    if (feature.type !== 'Feature') return refuse('type', 'must be "Feature"');
    if (seen.has(name)) return refuse('code', 'appears more than once in the file');
    seen.add(name);
    if (geometry.type === 'LineString') {
      const line = plainToInstance(CreateLineDto, { ...pick(properties, LINE_PROPERTIES), geometry });
      accept(line, parsed.lines);
    } else if (geometry.type === 'Point') {
      const position = geometry.coordinates;
      if (!Array.isArray(position) || position.length < 2 || position.length > 3) {
        return refuse('geometry.coordinates', 'must be [longitude, latitude]');
      }
      const marker = plainToInstance(CreateMarkerDto, {
        ...pick(properties, MARKER_PROPERTIES),
        location: { lng: position[0], lat: position[1] },
      });
      accept(marker, parsed.markers);
    } else {
      refuse('geometry.type', 'must be "LineString" (a line) or "Point" (a marker)');
    }
  });
  return parsed;
}

/** Lengths to the decimetre: the ellipsoid gives more digits than any survey behind them. */
const decimetres = (meters: number) => Math.round(meters * 10) / 10;

export function toLineView({ districts: _districts, lengthMeters, ...line }: BoundaryLineRecord) {
  return { ...line, lengthMeters: decimetres(lengthMeters) };
}

export function toMarkerView<Marker extends BoundaryMarkerRecord>({ distanceMeters, ...marker }: Marker) {
  return {
    ...marker,
    ...(distanceMeters === undefined ? {} : { distanceMeters: decimetres(distanceMeters) }),
  };
}

/** The register as GeoJSON: what the map draws and what an import takes back. */
export function toFeatureCollection(lines: BoundaryLineRecord[], markers: BoundaryMarkerRecord[]) {
  return {
    type: 'FeatureCollection' as const,
    features: [
      ...lines.map((record) => {
        const { geometry, ...properties } = toLineView(record);
        return {
          type: 'Feature' as const,
          id: record.code,
          geometry,
          properties: { kind: 'line' as const, ...properties },
        };
      }),
      ...markers.map(({ location, ...properties }) => ({
        type: 'Feature' as const,
        id: properties.code,
        geometry: { type: 'Point' as const, coordinates: [location.lng, location.lat] },
        properties: { kind: 'marker' as const, ...properties },
      })),
    ],
  };
}
