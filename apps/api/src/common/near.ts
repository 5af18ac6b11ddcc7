import type { Near } from '@boundary/persistence';
import { type ValidationOptions, registerDecorator } from 'class-validator';

/** Wide enough for a district, small enough that a careless query cannot sweep the whole register. */
export const MAX_NEAR_METERS = 100_000;

const NUMBER = '-?\\d+(?:\\.\\d+)?';
const FORMAT = new RegExp(`^(${NUMBER}),(${NUMBER}),(\\d+(?:\\.\\d+)?)$`);

/** `near=lat,lng,meters` as a circle, or undefined when it is not one. */
export function parseNear(text: string | undefined): Near | undefined {
  const match = FORMAT.exec(text ?? '');
  if (!match) return undefined;
  const [lat, lng, meters] = match.slice(1).map(Number);
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180 || meters <= 0 || meters > MAX_NEAR_METERS) return undefined;
  return { lat, lng, meters };
}

export const NEAR_DOC = `lat,lng,meters (WGS-84; meters up to ${MAX_NEAR_METERS}): nearest first`;

/** class-validator decorator for the `near` query parameter. */
export function IsNear(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isNear',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parseNear(value) !== undefined,
        defaultMessage: () => `near must be ${NEAR_DOC}`,
      },
    });
}
