import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { CurrentUser, type Origin, type Principal, RequestOrigin } from '../auth/principal';
import { ApiConflict, ApiErrors, ApiSignedIn } from '../common/api-docs';
import {
  AuditPageView,
  AuditQuery,
  CreateUserDto,
  PasswordResetView,
  ResetPasswordDto,
  SetWebhookDto,
  UpdateUserDto,
  UserView,
  WebhookView,
} from './accounts.dto';
import { AccountsService } from './accounts.service';

@ApiTags('用户管理 / users')
@ApiSignedIn()
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @ApiOperation({ summary: '用户列表（管理员）/ every user (admin)' })
  @ApiOkResponse({ type: [UserView], description: '按用户名排序 / sorted by username' })
  @ApiErrors(403)
  list(): Promise<UserView[]> {
    return this.accounts.list();
  }

  @Post()
  @ApiOperation({
    summary: '新建用户（管理员）/ create a user (admin)',
    description: '首次登录须修改密码 / the user changes the password at the first sign-in',
  })
  @ApiCreatedResponse({ type: UserView, description: '新用户 / the new user' })
  @ApiErrors(400, 403, 413)
  @ApiConflict('用户名已存在 / the username is taken')
  create(@Body() body: CreateUserDto, @RequestOrigin() origin: Origin): Promise<UserView> {
    return this.accounts.create(body, origin);
  }

  @Patch(':username')
  @ApiOperation({
    summary: '修改或停用用户（管理员）/ edit or disable a user (admin)',
    description:
      '改角色、辖区或停用即令其登录失效 / a new role or jurisdiction, or disabling, ends the user’s sessions',
  })
  @ApiOkResponse({ type: UserView, description: '修改后的用户 / the user after the change' })
  @ApiErrors(400, 403, 404, 413)
  update(
    @Param('username') username: string,
    @Body() body: UpdateUserDto,
    @RequestOrigin() origin: Origin,
  ): Promise<UserView> {
    return this.accounts.update(username, body, origin);
  }

  @Post(':username/reset-password')
  @HttpCode(200)
  @ApiOperation({
    summary: '重置密码（管理员）/ reset a password (admin)',
    description: '结束该用户的登录，下次登录须修改 / ends the user’s sessions; changed at the next sign-in',
  })
  @ApiOkResponse({ type: PasswordResetView, description: '已重置 / reset' })
  @ApiErrors(400, 403, 404, 413)
  async resetPassword(
    @Param('username') username: string,
    @Body() body: ResetPasswordDto,
    @RequestOrigin() origin: Origin,
  ): Promise<PasswordResetView> {
    await this.accounts.resetPassword(username, body.password, origin);
    return { username };
  }

  @Put(':username/webhook')
  @ApiOperation({ summary: '设置用户的提醒 Webhook（管理员）/ set a user’s alert webhook (admin)' })
  @ApiOkResponse({ type: WebhookView, description: '地址与新的签名密钥 / the address and its new secret' })
  @ApiErrors(400, 403, 404, 413)
  setWebhook(
    @Param('username') username: string,
    @Body() body: SetWebhookDto,
    @RequestOrigin() origin: Origin,
  ): Promise<WebhookView> {
    return this.accounts.setWebhook(username, body.url, origin);
  }
}

@ApiTags('登录 / auth')
@ApiSignedIn()
@Controller('auth/webhook')
export class OwnWebhookController {
  constructor(private readonly accounts: AccountsService) {}

  @Put()
  @ApiOperation({ summary: '设置本人的提醒 Webhook / set my alert webhook' })
  @ApiOkResponse({ type: WebhookView, description: '地址与新的签名密钥 / the address and its new secret' })
  @ApiErrors(400, 413)
  setWebhook(
    @CurrentUser() user: Principal,
    @Body() body: SetWebhookDto,
    @RequestOrigin() origin: Origin,
  ): Promise<WebhookView> {
    return this.accounts.setWebhook(user.username, body.url, origin);
  }
}

@ApiTags('审计日志 / audit')
@ApiSignedIn()
@Roles('admin')
@Controller('audit')
export class AuditController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @ApiOperation({
    summary: '安全审计日志（管理员）/ the security audit log (admin)',
    description:
      '登录、改密、用户和行政区变更，新的在前 / sign-ins, password changes, user and jurisdiction changes, ' +
      'newest first',
  })
  @ApiOkResponse({ type: AuditPageView, description: '一页记录 / one page of records' })
  @ApiErrors(400, 403)
  list(@Query() query: AuditQuery): Promise<AuditPageView> {
    return this.accounts.auditLog(query);
  }
}
