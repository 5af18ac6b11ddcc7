import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { AppConfig } from '@boundary/config';
import { OrganisationRepository, type SessionState, type UserEntity } from '@boundary/persistence';
import { APP_CONFIG } from '../infrastructure/tokens';
import type { Principal } from './principal';

/** What a token says. `ver` is the user's token version when it was issued, `auth` when the user signed in. */
export interface TokenClaims {
  sub: string;
  role: Principal['role'];
  jurisdiction: string | null;
  district: string | null;
  ver: number;
  auth: number;
  exp: number;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * Issues tokens and says whether one still stands. A token expires after the idle timeout and is re-issued
 * while in use (never past the sign-in's lifetime), so a session left alone ends without any server state.
 * Whether the user was disabled or changed since is a database question; its answer is kept for a few seconds
 * per user, so a busy API asks once per user and interval rather than on every request, and this instance
 * forgets its copy at once when it makes such a change itself.
 */
@Injectable()
export class SessionService {
  private readonly states = new Map<string, { at: number; state: Promise<SessionState | null> }>();

  constructor(
    private readonly jwt: JwtService,
    @Inject(OrganisationRepository)
    private readonly organisation: Pick<OrganisationRepository, 'sessionState'>,
    @Inject(APP_CONFIG)
    private readonly config: Pick<
      AppConfig,
      'sessionIdleSeconds' | 'sessionCheckSeconds' | 'sessionLifetimeSeconds'
    >,
  ) {}

  issue(
    user: Pick<UserEntity, 'username' | 'role' | 'jurisdiction' | 'tokenVersion'>,
    district: string | null,
    auth = nowSeconds(),
  ): Promise<string> {
    return this.sign({
      sub: user.username,
      role: user.role,
      jurisdiction: user.jurisdiction,
      district,
      ver: user.tokenVersion,
      auth,
    });
  }

  /** The same sign-in pushed past another idle period, when more than half of the current one is gone. */
  renewal(claims: TokenClaims): Promise<string> | undefined {
    if (claims.exp - nowSeconds() > this.config.sessionIdleSeconds / 2) return undefined;
    const { sub, role, jurisdiction, district, ver, auth } = claims;
    return this.sign({ sub, role, jurisdiction, district, ver, auth });
  }

  verify(token: string): Promise<TokenClaims> {
    return this.jwt.verifyAsync<TokenClaims>(token);
  }

  /** The user's current token version and status; null when the user no longer exists. */
  state(username: string): Promise<SessionState | null> {
    const cached = this.states.get(username);
    const maxAge = this.config.sessionCheckSeconds * 1000;
    if (cached && Date.now() - cached.at < maxAge) return cached.state;
    const state = this.organisation.sessionState(username);
    this.states.set(username, { at: Date.now(), state });
    state.catch(() => this.states.delete(username));
    return state;
  }

  /** Called after a change to the user, so this instance applies it to the very next request. */
  forget(username: string): void {
    this.states.delete(username);
  }

  private sign(claims: Omit<TokenClaims, 'exp'>): Promise<string> {
    const exp = Math.min(
      claims.auth + this.config.sessionLifetimeSeconds,
      nowSeconds() + this.config.sessionIdleSeconds,
    );
    return this.jwt.signAsync({ ...claims, exp });
  }
}
