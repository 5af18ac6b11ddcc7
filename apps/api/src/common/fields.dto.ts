import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

/** Fields whose rules several request bodies share, so that each rule is written once. */

/**
 * A field a change may leave out but not set to null: the value it changes has no "none". `IsOptional` would
 * let null through to the database's NOT NULL (a 500); this validates null and refuses it (400).
 */
export const Omittable = () => ValidateIf((_body: object, value: unknown) => value !== undefined);

/** The longest name of a person or signatory (a single line of text). */
const NAME_LENGTH = 200;

/**
 * Applies decorators bottom-up, as TypeScript applies a stack of them (`applyDecorators` goes top-down), so a
 * field keeps its validators in the order it had when they stood on it: its problems are listed as before.
 */
const stacked = (...decorators: PropertyDecorator[]) => applyDecorators(...decorators.reverse());

// Numeric range checks, not IsLatitude/IsLongitude: those parse the number's text and refuse valid values
// such as 5e-324 that JSON may carry.
export class LocationDto {
  @ApiProperty({ example: 27.91 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  lat!: number;
  @ApiProperty({ example: 112.53 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  lng!: number;
}

/** Where it happened, if the caller knows: a point. */
export const OptionalLocation = () =>
  stacked(
    ApiPropertyOptional({ type: LocationDto }),
    IsOptional(),
    ValidateNested(),
    Type(() => LocationDto),
  );

/** The registered boundary line a case or an incident concerns, if any. */
export const OptionalLineCode = () =>
  stacked(
    ApiPropertyOptional({
      example: 'L-D01-N01-1',
      description: '所涉界线（登记编号）/ the boundary line it concerns',
    }),
    IsOptional(),
    IsString(),
    IsNotEmpty(),
    MaxLength(32),
  );

/**
 * A list of people as they are written down (mediators, participants, signatories, a team's members): at least
 * one, at most `maxItems`, each a non-empty text of at most `maxLength` characters. The OpenAPI description
 * stays on the field, which knows its example.
 */
export const IsNameList = ({ maxItems, maxLength = NAME_LENGTH }: { maxItems: number; maxLength?: number }) =>
  stacked(
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(maxItems),
    IsString({ each: true }),
    IsNotEmpty({ each: true }),
    MaxLength(maxLength, { each: true }),
  );
