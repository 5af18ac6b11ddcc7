import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { CurrentUser, type Origin, type Principal, RequestOrigin } from '../auth/principal';
import {
  AuditPageView,
  AuditQuery,
  CreateUserDto,
  ResetPasswordDto,
  SetWebhookDto,
  UpdateUserDto,
  UserView,
  WebhookView,
} from './accounts.dto';
import { AccountsService } from './accounts.service';

@ApiTags('users 用户管理')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'FORBIDDEN: administrators only' })
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @ApiOperation({ summary: '用户列表（管理员）/ every user (admin)' })
  @ApiOkResponse({ type: [UserView] })
  list(): Promise<UserView[]> {
    return this.accounts.list();
  }

  @Post()
  @ApiOperation({ summary: '新建用户，首次登录须改密码（管理员）/ create a user (admin)' })
  @ApiCreatedResponse({ type: UserView })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED' })
  @ApiConflictResponse({ description: 'CONFLICT: the username is taken' })
  create(@Body() body: CreateUserDto, @RequestOrigin() origin: Origin): Promise<UserView> {
    return this.accounts.create(body, origin);
  }

  @Patch(':username')
  @ApiOperation({
    summary: '修改或停用用户（管理员）；改角色、辖区或停用即令其登录失效 / edit or disable a user (admin)',
  })
  @ApiOkResponse({ type: UserView })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED' })
  @ApiNotFoundResponse({ description: 'NOT_FOUND' })
  update(
    @Param('username') username: string,
    @Body() body: UpdateUserDto,
    @RequestOrigin() origin: Origin,
  ): Promise<UserView> {
    return this.accounts.update(username, body, origin);
  }

  @Post(':username/reset-password')
  @HttpCode(200)
  @ApiOperation({ summary: '重置密码，用户下次登录须修改（管理员）/ reset a password (admin)' })
  @ApiOkResponse({ description: '已重置 / reset' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED naming password' })
  @ApiNotFoundResponse({ description: 'NOT_FOUND' })
  async resetPassword(
    @Param('username') username: string,
    @Body() body: ResetPasswordDto,
    @RequestOrigin() origin: Origin,
  ): Promise<{ username: string }> {
    await this.accounts.resetPassword(username, body.password, origin);
    return { username };
  }

  @Put(':username/webhook')
  @ApiOperation({ summary: '设置用户的提醒 Webhook（管理员）/ set a user’s alert webhook (admin)' })
  @ApiOkResponse({ type: WebhookView })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED naming url' })
  @ApiNotFoundResponse({ description: 'NOT_FOUND' })
  setWebhook(
    @Param('username') username: string,
    @Body() body: SetWebhookDto,
    @RequestOrigin() origin: Origin,
  ): Promise<WebhookView> {
    return this.accounts.setWebhook(username, body.url, origin);
  }
}

@ApiTags('auth 登录')
@ApiBearerAuth()
@Controller('auth/webhook')
export class OwnWebhookController {
  constructor(private readonly accounts: AccountsService) {}

  @Put()
  @ApiOperation({ summary: '设置本人的提醒 Webhook / set my alert webhook' })
  @ApiOkResponse({ type: WebhookView })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED naming url' })
  setWebhook(
    @CurrentUser() user: Principal,
    @Body() body: SetWebhookDto,
    @RequestOrigin() origin: Origin,
  ): Promise<WebhookView> {
    return this.accounts.setWebhook(user.username, body.url, origin);
  }
}

@ApiTags('audit 审计日志')
@ApiBearerAuth()
@Roles('admin')
@Controller('audit')
export class AuditController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @ApiOperation({
    summary: '安全审计日志（管理员）：登录、改密、用户和行政区变更 / the security audit log (admin)',
  })
  @ApiOkResponse({ type: AuditPageView })
  @ApiForbiddenResponse({ description: 'FORBIDDEN: administrators only' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED' })
  list(@Query() query: AuditQuery): Promise<AuditPageView> {
    return this.accounts.auditLog(query);
  }
}
