import { type ValidationOptions, registerDecorator } from 'class-validator';

/** A boundary line is drawn from its markers: thousands of vertices at most, not a survey point cloud. */
export const MAX_LINE_POSITIONS = 10_000;

const positionProblem = (position: unknown, index: number): string | undefined => {
  if (!Array.isArray(position) || position.length < 2 || position.length > 3) {
    return `position ${index} must be [longitude, latitude] (an altitude may follow)`;
  }
  if (!position.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    return `position ${index} must hold finite numbers`;
  }
  const [lng, lat] = position as number[];
  if (lng < -180 || lng > 180) return `position ${index}: longitude ${lng} is outside -180..180`;
  if (lat < -90 || lat > 90) return `position ${index}: latitude ${lat} is outside -90..90`;
  return undefined;
};

const samePlace = (a: number[], b: number[]) => a[0] === b[0] && a[1] === b[1];

/**
 * What is wrong with a GeoJSON LineString, in words a surveyor can act on; empty when it is fine. Whether
 * the line crosses itself is PostGIS's to say (ST_IsSimple) when it is written.
 */
export function lineStringProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return ['must be a GeoJSON LineString object'];
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (type !== 'LineString') return [`type must be "LineString", got ${JSON.stringify(type) ?? 'nothing'}`];
  if (!Array.isArray(coordinates) || coordinates.length < 2) {
    return ['coordinates must list at least two positions'];
  }
  if (coordinates.length > MAX_LINE_POSITIONS) {
    return [`coordinates may list at most ${MAX_LINE_POSITIONS} positions`];
  }
  const problems = coordinates
    .map(positionProblem)
    .filter((problem): problem is string => problem !== undefined);
  if (problems.length > 0) return problems.slice(0, 5);
  const positions = coordinates as number[][];
  if (positions.every((p) => samePlace(p, positions[0]))) return ['all positions are the same point'];
  const closed = samePlace(positions[0], positions[positions.length - 1]);
  if (closed && positions.length < 4) {
    return ['a closed line (first position = last) is a ring and needs at least four positions'];
  }
  return [];
}

/** class-validator decorator: the value is a valid LineString; the message lists what is wrong. */
export function IsLineString(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isLineString',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) => lineStringProblems(value).length === 0,
        defaultMessage: (args) => `${args?.property}: ${lineStringProblems(args?.value).join('; ')}`,
      },
    });
}
