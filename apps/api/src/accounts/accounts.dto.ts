import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDate,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { USER_ROLES, type UserRole } from '@boundary/persistence';
import { PageQuery } from '../common/page.dto';
import { CODE, USERNAME } from '../organisation/organisation.dto';

const PHONE = /^\+?[0-9][0-9 -]{4,30}$/;
const present = (value: unknown) => value !== null && value !== undefined;

export class CreateUserDto {
  @ApiProperty({ example: 'mediator.t03', description: '3–64 位字母、数字、. _ - / letters, digits, . _ -' })
  @IsString()
  @Matches(USERNAME, { message: 'username must be 3 to 64 letters, digits, dots, dashes or underscores' })
  username!: string;

  @ApiProperty({ example: '南山镇调解员' })
  @IsString()
  @Length(1, 64)
  displayName!: string;

  @ApiProperty({ enum: USER_ROLES })
  @IsIn(USER_ROLES)
  role!: UserRole;

  @ApiProperty({ nullable: true, type: String, description: '乡镇（调解员）、区县或市；管理员为 null' })
  @ValidateIf((body: CreateUserDto) => body.jurisdiction !== null)
  @IsString()
  @Matches(CODE, { message: 'jurisdiction must be a jurisdiction code or null' })
  jurisdiction!: string | null;

  @ApiProperty({ description: '初始密码，首次登录须修改 / initial password, changed at first login' })
  @IsString()
  @Length(1, 256)
  password!: string;

  @ApiPropertyOptional({ example: '+86 138 0000 0000' })
  @IsOptional()
  @IsString()
  @Matches(PHONE, { message: 'phone must be a telephone number' })
  phone?: string;
}

export class UpdateUserDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 64)
  displayName?: string;

  @ApiPropertyOptional({ enum: USER_ROLES })
  @IsOptional()
  @IsIn(USER_ROLES)
  role?: UserRole;

  @ApiPropertyOptional({ nullable: true, type: String })
  @ValidateIf((body: UpdateUserDto) => present(body.jurisdiction))
  @IsString()
  @Matches(CODE, { message: 'jurisdiction must be a jurisdiction code or null' })
  jurisdiction?: string | null;

  @ApiPropertyOptional({ description: '停用 / disabled: ends the user’s sessions' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;

  @ApiPropertyOptional({ nullable: true, type: String })
  @ValidateIf((body: UpdateUserDto) => present(body.phone))
  @IsString()
  @Matches(PHONE, { message: 'phone must be a telephone number' })
  phone?: string | null;
}

export class ResetPasswordDto {
  @ApiProperty({ description: '新的初始密码，用户下次登录须修改 / changed by the user at next login' })
  @IsString()
  @Length(1, 256)
  password!: string;
}

export class SetWebhookDto {
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'https://hooks.example.cn/boundary',
    description: '接收提醒的地址；null 取消 / where alerts are POSTed; null removes it',
  })
  @ValidateIf((body: SetWebhookDto) => body.url !== null)
  @IsString()
  @MaxLength(500)
  url!: string | null;
}

export class UserView {
  @ApiProperty() username!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: USER_ROLES }) role!: UserRole;
  @ApiProperty({ nullable: true, type: String }) jurisdiction!: string | null;
  @ApiProperty() disabled!: boolean;
  @ApiProperty() mustChangePassword!: boolean;
  @ApiPropertyOptional() phone?: string;
  @ApiPropertyOptional() webhookUrl?: string;
}

export class WebhookView {
  @ApiProperty({ nullable: true, type: String }) url!: string | null;
  @ApiPropertyOptional({
    description:
      '签名密钥，仅此一次显示 / the signing secret, shown this once (HMAC-SHA256 of "timestamp.body")',
  })
  secret?: string;
}

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ description: '操作人 / who acted' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  actor?: string;

  @ApiPropertyOptional({ example: 'login' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  action?: string;

  @ApiPropertyOptional({ example: '2026-01-01T00:00:00Z' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'from must be an ISO-8601 time' })
  from?: Date;

  @ApiPropertyOptional({ example: '2026-12-31T23:59:59Z' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'to must be an ISO-8601 time' })
  to?: Date;
}

export class AuditItemView {
  @ApiProperty({ description: '行号，audit:verify 以此指出断链处 / row id, as audit:verify names it' })
  id!: string;
  @ApiProperty() at!: string;
  @ApiProperty() actor!: string;
  @ApiProperty({ example: 'login' }) action!: string;
  @ApiProperty({ nullable: true, type: String, example: 'user:mediator.a' }) target!: string | null;
  @ApiProperty({ nullable: true, type: String }) ip!: string | null;
  @ApiProperty({ enum: ['success', 'failure'] }) outcome!: string;
  @ApiProperty({ type: Object }) details!: Record<string, unknown>;
}

export class AuditPageView {
  @ApiProperty({ type: [AuditItemView] }) items!: AuditItemView[];
  @ApiProperty() total!: number;
}
