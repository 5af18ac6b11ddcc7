import { HttpCode, Post, type Type, applyDecorators } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  type ApiOperationOptions,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
} from '@nestjs/swagger';
import type { UserRole } from '@boundary/persistence';
import { Roles } from '../auth/auth.decorators';
import { ERROR_CODE } from './api-enums';
import { IDEMPOTENCY_KEY_DOC } from './idempotency';

export class ErrorDto {
  @ApiProperty({ type: 'integer', example: 404 }) statusCode!: number;
  @ApiProperty(ERROR_CODE) error!: string;
  @ApiProperty({
    example: '纠纷案件不存在',
    description: '给人看的说明，中文；`Accept-Language: en` 时为英文 / readable message, English on request',
  })
  message!: string;
}

export class FieldProblemDto {
  @ApiPropertyOptional({
    example: 'JZ-12',
    description:
      '界线导入时：有误要素的编号（无编号时为 #序号）/ in a register import: the feature, by code or #position',
  })
  feature?: string;
  @ApiProperty({ example: 'parties.1.jurisdiction', description: '字段路径 / body path, or a header name' })
  field!: string;
  @ApiProperty({ type: [String], example: ['must be a known jurisdiction code'] }) problems!: string[];
}

export class ValidationErrorDto extends ErrorDto {
  @ApiPropertyOptional({
    type: [FieldProblemDto],
    description:
      '每个有误的字段一项；请求体不是合法 JSON 时没有 / one entry per field; absent for malformed JSON',
  })
  details?: FieldProblemDto[];
}

export class TransitionRefusalDto {
  @ApiProperty({ example: 'screening', description: '当前状态 / the current status' }) status!: string;
  @ApiProperty({
    type: [String],
    example: ['report', 'resolve_locally', 'escalate', 'withdraw'],
    description: '当前状态下允许的操作（状态表）/ the actions the status table allows now',
  })
  allowed!: string[];
}

export class InvalidTransitionErrorDto extends ErrorDto {
  @ApiProperty({ type: TransitionRefusalDto }) details!: TransitionRefusalDto;
}

const ERRORS = {
  400: {
    type: ValidationErrorDto,
    description:
      'VALIDATION_FAILED：请求参数校验失败（含未知字段、格式有误的 Idempotency-Key），details 逐项列出字段 / ' +
      'the body, query or a header is invalid (unknown fields are refused); details lists each field',
  },
  401: {
    type: ErrorDto,
    description: 'UNAUTHENTICATED：未登录、令牌无效或已过期 / no token, or a bad or expired one',
  },
  403: {
    type: ErrorDto,
    description:
      'FORBIDDEN：角色或辖区不允许此操作 / the role or jurisdiction does not allow it; ' +
      'PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码 / the user must first change a password an admin issued',
  },
  404: {
    type: ErrorDto,
    description:
      'NOT_FOUND：不存在，或调用者无权查看（不区分）/ no such item, or one the caller may not see (indistinguishable)',
  },
  409: {
    type: InvalidTransitionErrorDto,
    description:
      'INVALID_TRANSITION：当前状态不允许此操作，details 给出当前状态和允许的操作 / ' +
      'the status table refuses the action; details names the status and what it allows',
  },
  410: {
    type: ErrorDto,
    description:
      'LINK_USED：手机确认链接已使用过 / the acknowledge link was used; ' +
      'LINK_EXPIRED：链接已过期 / the link has expired (ACK_LINK_TTL)',
  },
  413: {
    type: ErrorDto,
    description:
      'PAYLOAD_TOO_LARGE：请求体超过 256 KB（界线导入 32 MB）/ the body exceeds 256 KB (32 MB for a register import)',
  },
  429: {
    type: ErrorDto,
    description:
      'TOO_MANY_REQUESTS：同一账号自同一地址登录尝试过多，请一分钟后再试 / ' +
      'too many attempts for this account from this address (LOGIN_RATE_LIMIT a minute); ' +
      'TOO_MANY_ATTEMPTS：连续登录失败，账号暂时锁定 / ' +
      'the account is locked after LOGIN_MAX_FAILURES failed sign-ins from any address, for LOGIN_LOCKOUT',
  },
  503: {
    type: ErrorDto,
    description:
      'UNAVAILABLE：后台服务（Temporal、PostgreSQL、Redis）暂不可用，未办理，可稍后重试 / ' +
      'a backing service is down; nothing was done, so retrying is safe',
  },
} satisfies Record<number, { type: Type; description: string }>;

export type ErrorStatus = keyof typeof ERRORS;

/** The error answers a route can give, each in the contract's shape `{ statusCode, error, message, details? }`. */
export const ApiErrors = (...statuses: ErrorStatus[]) =>
  applyDecorators(...statuses.map((status) => ApiResponse({ status, ...ERRORS[status] })));

/**
 * A refusal because the item already exists (a username, a jurisdiction code, a line or marker code). Not the
 * status table's 409 (`ApiErrors(409)`): it carries no details.
 */
export const ApiConflict = (what: string) =>
  ApiResponse({ status: 409, type: ErrorDto, description: `CONFLICT：${what}` });

/** Every signed-in route but the password change itself refuses a user whose password must change. */
const PASSWORD_CHANGE_REQUIRED = {
  type: ErrorDto,
  description:
    'PASSWORD_CHANGE_REQUIRED：须先修改管理员签发的密码（POST /auth/password）/ ' +
    'the user must first change a password an admin issued (POST /auth/password)',
};

/**
 * A controller behind the bearer token. Any of its routes answers 401 without a valid token, 403 while the
 * user must change the password (a route that also checks the role declares `ApiErrors(403)`, naming both),
 * and 503 when PostgreSQL (which every route reads) or Temporal is down.
 */
export const ApiSignedIn = () =>
  applyDecorators(
    ApiBearerAuth(),
    ApiErrors(401, 503),
    ApiResponse({ status: 403, ...PASSWORD_CHANGE_REQUIRED }),
  );

export const ApiIdempotencyKey = () =>
  ApiHeader({ name: 'Idempotency-Key', required: false, description: IDEMPOTENCY_KEY_DOC });

/**
 * One step on a case or an incident: a POST answering 200 with the whole subject after the step. The body is
 * validated (400), the role checked (403), a subject the caller cannot see is 404 and a step its status
 * table refuses is 409.
 */
export const SubjectWrite = (
  path: string,
  roles: readonly UserRole[],
  operation: ApiOperationOptions,
  subject: Type,
) =>
  applyDecorators(
    Post(path),
    HttpCode(200),
    Roles(...roles),
    ApiOperation(operation),
    ApiIdempotencyKey(),
    ApiOkResponse({ type: subject, description: '办理后的完整记录 / the subject after the step' }),
    ApiErrors(400, 403, 404, 409, 413),
  );
