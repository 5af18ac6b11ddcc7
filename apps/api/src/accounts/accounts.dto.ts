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
import { type AuditOutcome, USER_ROLES, type UserRole } from '@boundary/persistence';
import { AUDIT_OUTCOME, USER_ROLE } from '../common/api-enums';
import { Omittable } from '../common/fields.dto';
import { PageOf, PageQuery } from '../common/page.dto';
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

  @ApiProperty(USER_ROLE)
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
  @Omittable()
  @IsString()
  @Length(1, 64)
  displayName?: string;

  @ApiPropertyOptional(USER_ROLE)
  @Omittable()
  @IsIn(USER_ROLES)
  role?: UserRole;

  @ApiPropertyOptional({ nullable: true, type: String })
  @ValidateIf((body: UpdateUserDto) => present(body.jurisdiction))
  @IsString()
  @Matches(CODE, { message: 'jurisdiction must be a jurisdiction code or null' })
  jurisdiction?: string | null;

  @ApiPropertyOptional({ description: '停用 / disabled: ends the user’s sessions' })
  @Omittable()
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
  @ApiProperty({ example: 'mediator.t03' }) username!: string;
  @ApiProperty({ example: '南山镇调解员' }) displayName!: string;
  @ApiProperty(USER_ROLE) role!: UserRole;
  @ApiProperty({ nullable: true, type: String, example: 'T03' }) jurisdiction!: string | null;
  @ApiProperty({ description: '已停用 / disabled' }) disabled!: boolean;
  @ApiProperty({ description: '下次登录须修改密码 / must change the password at next sign-in' })
  mustChangePassword!: boolean;
  @ApiPropertyOptional({ example: '+86 138 0000 0000' }) phone?: string;
  @ApiPropertyOptional({ example: 'https://hooks.example.cn/boundary' }) webhookUrl?: string;
}

export class PasswordResetView {
  @ApiProperty({ example: 'mediator.t03', description: '密码已重置的用户 / whose password was reset' })
  username!: string;
}

export class WebhookView {
  @ApiProperty({ nullable: true, type: String, example: 'https://hooks.example.cn/boundary' })
  url!: string | null;
  @ApiPropertyOptional({
    description:
      '签名密钥，仅此一次显示；取消时没有 / the signing secret, shown this once (HMAC-SHA256 of ' +
      '"timestamp.body"); absent when the webhook is removed',
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
  @ApiProperty({
    example: '42',
    description: '行号，audit:verify 以此指出断链处 / row id, as audit:verify names it',
  })
  id!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({
    example: 'admin',
    description: '操作人；登录失败时为所填用户名 / who acted, or the name tried',
  })
  actor!: string;
  @ApiProperty({
    example: 'login',
    description:
      'login、password_change、password_reset、user_create、user_update、user_disable、webhook_set、' +
      'jurisdiction_create、jurisdiction_update',
  })
  action!: string;
  @ApiProperty({ nullable: true, type: String, example: 'user:mediator.a' }) target!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '203.0.113.7' }) ip!: string | null;
  @ApiProperty(AUDIT_OUTCOME) outcome!: AuditOutcome;
  @ApiProperty({ type: Object, description: '随操作而定 / depends on the action' })
  details!: Record<string, unknown>;
}

export class AuditPageView extends PageOf(AuditItemView) {}
