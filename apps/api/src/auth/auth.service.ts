import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@boundary/config';
import {
  type AuditEntry,
  AuditRepository,
  LoginFailureRepository,
  OrganisationRepository,
  type UserEntity,
} from '@boundary/persistence';
import { AppError } from '../common/app-error';
import { APP_CONFIG } from '../infrastructure/tokens';
import { OrganisationService } from '../organisation/organisation.service';
import type { ChangePasswordDto, LoginDto, LoginResponseDto, LoginUserDto } from './auth.dto';
import { hashNewPassword, passwordMatches } from './password';
import type { Origin, Principal } from './principal';
import { SessionService } from './session.service';

export const toLoginUser = (user: UserEntity): LoginUserDto => ({
  username: user.username,
  displayName: user.displayName,
  role: user.role,
  jurisdiction: user.jurisdiction,
  mustChangePassword: user.mustChangePassword,
});

@Injectable()
export class AuthService {
  constructor(
    @Inject(OrganisationRepository)
    private readonly organisation: Pick<OrganisationRepository, 'findUser' | 'setPassword'>,
    private readonly places: OrganisationService,
    @Inject(LoginFailureRepository)
    private readonly failures: Pick<LoginFailureRepository, 'isLocked' | 'recordFailure' | 'clear'>,
    @Inject(AuditRepository) private readonly audit: Pick<AuditRepository, 'append'>,
    @Inject(SessionService) private readonly sessions: Pick<SessionService, 'issue' | 'forget'>,
    @Inject(APP_CONFIG)
    private readonly config: Pick<AppConfig, 'loginLockoutSeconds' | 'loginMaxFailures'>,
  ) {}

  /**
   * Every attempt is audited. An account locks after too many failures from any address (the per-address
   * throttle stays in front of this); a wrong name, a wrong password and a disabled account look the same.
   */
  async login({ username, password }: LoginDto, { ip }: Origin): Promise<LoginResponseDto> {
    const record = (outcome: AuditEntry['outcome'], details?: Record<string, unknown>) =>
      this.audit.append({
        actor: username,
        action: 'login',
        target: `user:${username}`,
        ip,
        outcome,
        details,
      });
    if (await this.failures.isLocked(username)) {
      await record('failure', { reason: 'locked' });
      throw AppError.tooManyAttempts(Math.ceil(this.config.loginLockoutSeconds / 60));
    }
    const user = await this.organisation.findUser(username);
    const matches = await passwordMatches(password, user?.passwordHash);
    if (!user || !matches || user.disabled) {
      const locked = await this.failures.recordFailure(username, {
        maxFailures: this.config.loginMaxFailures,
        seconds: this.config.loginLockoutSeconds,
      });
      const reason = !user ? 'unknown_user' : matches ? 'disabled' : 'wrong_password';
      await record('failure', locked ? { reason, locked } : { reason });
      throw AppError.unauthenticated({ zh: '用户名或密码错误', en: 'Wrong username or password' });
    }
    await this.failures.clear(username);
    await record('success');
    return this.signIn(user);
  }

  /** Ends every other token of the user and answers a fresh one, so this session carries on. */
  async changePassword(
    principal: Principal,
    { currentPassword, newPassword }: ChangePasswordDto,
    origin: Origin,
  ): Promise<LoginResponseDto> {
    const user = await this.organisation.findUser(principal.username);
    if (!user) throw AppError.unauthenticated();
    const entry = { ...origin, action: 'password_change', target: `user:${user.username}` };
    if (!(await passwordMatches(currentPassword, user.passwordHash))) {
      await this.audit.append({
        ...entry,
        outcome: 'failure',
        details: { reason: 'wrong_current_password' },
      });
      throw AppError.field('currentPassword', 'is not the current password', {
        zh: '当前密码不正确',
        en: 'The current password is wrong',
      });
    }
    if (newPassword === currentPassword) {
      throw AppError.field('newPassword', 'must differ from the current password', {
        zh: '新密码不能与当前密码相同',
        en: 'The new password must differ from the current one',
      });
    }
    const passwordHash = await hashNewPassword(newPassword, user.username, 'newPassword');
    const changed = await this.organisation.setPassword(user.username, passwordHash, false, {
      ...entry,
      outcome: 'success',
    });
    if (!changed) throw AppError.unauthenticated();
    this.sessions.forget(user.username);
    return this.signIn(changed);
  }

  private async signIn(user: UserEntity): Promise<LoginResponseDto> {
    const district = user.jurisdiction ? ((await this.places.districtOf(user.jurisdiction)) ?? null) : null;
    return { accessToken: await this.sessions.issue(user, district), user: toLoginUser(user) };
  }
}
