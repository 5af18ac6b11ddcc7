import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Length, Matches, ValidateIf } from 'class-validator';
import { JURISDICTION_LEVELS, type JurisdictionLevel } from '@boundary/persistence';
import { JURISDICTION_LEVEL } from '../common/api-enums';
import { Omittable } from '../common/fields.dto';

export const CODE = /^[A-Za-z0-9]{1,16}$/;
export const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$/;

export class CreateJurisdictionDto {
  @ApiProperty({ example: 'T03', description: '代码（字母数字，至多 16 位）/ letters and digits, up to 16' })
  @IsString()
  @Matches(CODE, { message: 'code must be 1 to 16 letters or digits' })
  code!: string;

  @ApiProperty({ example: '南山镇' })
  @IsString()
  @Length(1, 64)
  name!: string;

  @ApiProperty(JURISDICTION_LEVEL)
  @IsIn(JURISDICTION_LEVELS)
  level!: JurisdictionLevel;

  @ApiProperty({
    example: 'D01',
    nullable: true,
    type: String,
    description: '上级 / parent; null for a city',
  })
  @ValidateIf((body: CreateJurisdictionDto) => body.parentCode !== null)
  @IsString()
  @Matches(CODE, { message: 'parentCode must be a jurisdiction code or null' })
  parentCode!: string | null;
}

export class UpdateJurisdictionDto {
  @ApiPropertyOptional({ example: '南山镇' })
  @Omittable()
  @IsString()
  @Length(1, 64)
  name?: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: '第一责任人（用户名）/ first responsible',
  })
  @ValidateIf(
    (body: UpdateJurisdictionDto) => body.firstResponsible !== null && body.firstResponsible !== undefined,
  )
  @IsString()
  @Matches(USERNAME, { message: 'firstResponsible must be a username or null' })
  firstResponsible?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: '直接责任人（用户名）/ direct responsible',
  })
  @ValidateIf(
    (body: UpdateJurisdictionDto) => body.directResponsible !== null && body.directResponsible !== undefined,
  )
  @IsString()
  @Matches(USERNAME, { message: 'directResponsible must be a username or null' })
  directResponsible?: string | null;
}
