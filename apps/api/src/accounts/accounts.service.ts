import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { outboundProblem, recipientSecret } from '@boundary/alerts';
import type { AppConfig } from '@boundary/config';
import {
  AuditRepository,
  OrganisationRepository,
  type UserChanges,
  type UserEntity,
  type UserRole,
} from '@boundary/persistence';
import { hashNewPassword } from '../auth/password';
import type { Origin } from '../auth/principal';
import { SessionService } from '../auth/session.service';
import { AppError } from '../common/app-error';
import { pageOf } from '../common/page.dto';
import { APP_CONFIG } from '../infrastructure/tokens';
import { OrganisationService } from '../organisation/organisation.service';
import type {
  AuditPageView,
  AuditQuery,
  CreateUserDto,
  UpdateUserDto,
  UserView,
  WebhookView,
} from './accounts.dto';

/** Where each role works: a mediator in a township, bureau and leaders in a district or the city, admin nowhere. */
const PLACE_OF_ROLE: Record<UserRole, string[]> = {
  mediator: ['township'],
  bureau: ['district', 'city'],
  leader: ['district', 'city'],
  admin: [],
};

const toView = (user: UserEntity): UserView => ({
  username: user.username,
  displayName: user.displayName,
  role: user.role,
  jurisdiction: user.jurisdiction,
  disabled: user.disabled,
  mustChangePassword: user.mustChangePassword,
  phone: user.phone ?? undefined,
  webhookUrl: user.webhookUrl ?? undefined,
});

const USER = { zh: '用户', en: 'user' };

/**
 * The administrator's work on accounts. Each change is audited in the same transaction, and a change that ends
 * the user's tokens is applied by this instance to the user's very next request.
 */
@Injectable()
export class AccountsService {
  constructor(
    @Inject(OrganisationRepository)
    private readonly organisation: Pick<
      OrganisationRepository,
      'listUsers' | 'findUser' | 'createUser' | 'updateUser' | 'setPassword' | 'setWebhook'
    >,
    private readonly places: OrganisationService,
    @Inject(AuditRepository) private readonly audit: Pick<AuditRepository, 'list'>,
    @Inject(SessionService) private readonly sessions: Pick<SessionService, 'forget'>,
    @Inject(APP_CONFIG)
    private readonly config: Pick<AppConfig, 'nodeEnv' | 'outboundAllow' | 'webhookSecret'>,
  ) {}

  async list(): Promise<UserView[]> {
    return (await this.organisation.listUsers()).map(toView);
  }

  async create(body: CreateUserDto, origin: Origin): Promise<UserView> {
    await this.checkPlacement(body.role, body.jurisdiction);
    const passwordHash = await hashNewPassword(body.password, body.username, 'password');
    const user = {
      username: body.username,
      displayName: body.displayName,
      role: body.role,
      jurisdiction: body.jurisdiction,
      phone: body.phone ?? null,
    };
    const created = await this.organisation.createUser(
      { ...user, passwordHash, mustChangePassword: true },
      {
        ...origin,
        action: 'user_create',
        target: `user:${body.username}`,
        outcome: 'success',
        details: user,
      },
    );
    if (!created) {
      throw AppError.conflict({
        zh: `用户名 ${body.username} 已存在`,
        en: `Username ${body.username} is taken`,
      });
    }
    return toView(await this.existing(body.username));
  }

  async update(username: string, body: UpdateUserDto, origin: Origin): Promise<UserView> {
    const current = await this.existing(username);
    const changes: UserChanges = Object.fromEntries(
      Object.entries(body).filter(
        ([key, value]) => value !== undefined && current[key as keyof UserEntity] !== value,
      ),
    );
    if (Object.keys(changes).length === 0) return toView(current);
    if (username === origin.actor && (changes.disabled || (changes.role && changes.role !== 'admin'))) {
      throw AppError.field(
        changes.disabled ? 'disabled' : 'role',
        'an administrator cannot lock themselves out',
        {
          zh: '管理员不能停用自己或取消自己的管理员角色',
          en: 'An administrator cannot disable or demote themselves',
        },
      );
    }
    if ('role' in changes || 'jurisdiction' in changes) {
      await this.checkPlacement(changes.role ?? current.role, changes.jurisdiction ?? current.jurisdiction);
    }
    const updated = await this.organisation.updateUser(username, changes, {
      ...origin,
      action: changes.disabled === true ? 'user_disable' : 'user_update',
      target: `user:${username}`,
      outcome: 'success',
      details: { ...changes },
    });
    this.sessions.forget(username);
    return toView(updated ?? current);
  }

  async resetPassword(username: string, password: string, origin: Origin): Promise<void> {
    const passwordHash = await hashNewPassword(password, username, 'password');
    const updated = await this.organisation.setPassword(username, passwordHash, true, {
      ...origin,
      action: 'password_reset',
      target: `user:${username}`,
      outcome: 'success',
    });
    if (!updated) throw AppError.notFound(USER);
    this.sessions.forget(username);
  }

  /**
   * Sets (or with null removes) where the user's alerts are POSTed. The URL is checked as the worker will check
   * it before each delivery; a new URL gets a new signing secret, shown in this answer only.
   */
  async setWebhook(username: string, url: string | null, origin: Origin): Promise<WebhookView> {
    if (url !== null) {
      const problem = await outboundProblem(url, {
        production: this.config.nodeEnv === 'production',
        allow: this.config.outboundAllow,
      });
      if (problem) {
        throw AppError.field('url', problem, {
          zh: '该地址不可用：生产环境须为 https，且不得指向本机或内网地址',
          en: `The webhook URL ${problem}`,
        });
      }
    }
    const key = url === null ? null : randomBytes(16).toString('hex');
    const updated = await this.organisation.setWebhook(username, url, key, {
      ...origin,
      action: 'webhook_set',
      target: `user:${username}`,
      outcome: 'success',
      details: { url },
    });
    if (!updated) throw AppError.notFound(USER);
    return key === null
      ? { url }
      : { url, secret: recipientSecret(this.config.webhookSecret, username, key) };
  }

  async auditLog(query: AuditQuery): Promise<AuditPageView> {
    const page = pageOf(query);
    return { ...(await this.audit.list(query, page)), ...page };
  }

  private async existing(username: string): Promise<UserEntity> {
    const user = await this.organisation.findUser(username);
    if (!user) throw AppError.notFound(USER);
    return user;
  }

  private async checkPlacement(role: UserRole, jurisdiction: string | null): Promise<void> {
    const levels = PLACE_OF_ROLE[role];
    const place = jurisdiction === null ? undefined : await this.places.find(jurisdiction);
    const fits =
      levels.length === 0 ? jurisdiction === null : place !== undefined && levels.includes(place.level);
    if (!fits) {
      throw AppError.field(
        'jurisdiction',
        levels.length === 0 ? 'must be null for an admin' : `must be the code of a ${levels.join(' or ')}`,
        { zh: '所属行政区与角色不符', en: 'The jurisdiction does not fit the role' },
      );
    }
  }
}
