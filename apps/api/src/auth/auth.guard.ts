import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { UserRole } from '@boundary/persistence';
import type { Request, Response } from 'express';
import { AppError } from '../common/app-error';
import { BEFORE_PASSWORD_CHANGE, PUBLIC_ROUTE, ROLES, TOKEN_IN_QUERY } from './auth.decorators';
import type { Principal } from './principal';
import { SessionService, type TokenClaims } from './session.service';

/** The header that carries a renewed token; the console swaps it in. */
export const RENEWED_TOKEN_HEADER = 'x-access-token';

/**
 * Global guard: a valid bearer token of a user who is still enabled and unchanged since it was issued on every
 * route not marked @Public, a changed password before anything else, and the role a route demands.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & { user?: Principal }>();
    const [scheme, bearer] = (request.headers.authorization ?? '').split(' ');
    const inQuery = this.reflector.getAllAndOverride<boolean>(TOKEN_IN_QUERY, targets)
      ? request.query.access_token
      : undefined;
    const token = scheme === 'Bearer' && bearer ? bearer : typeof inQuery === 'string' ? inQuery : undefined;
    if (!token) throw AppError.unauthenticated();
    let claims: TokenClaims;
    try {
      claims = await this.sessions.verify(token);
    } catch {
      throw AppError.unauthenticated();
    }
    const state = await this.sessions.state(claims.sub);
    if (!state || state.disabled || state.tokenVersion !== claims.ver) throw AppError.unauthenticated();
    request.user = {
      username: claims.sub,
      role: claims.role,
      jurisdiction: claims.jurisdiction,
      district: claims.district,
    };
    if (state.mustChangePassword && !this.reflector.getAllAndOverride(BEFORE_PASSWORD_CHANGE, targets)) {
      throw AppError.passwordChangeRequired();
    }
    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(claims.role)) throw AppError.forbidden();
    const renewed = await this.sessions.renewal(claims);
    if (renewed) context.switchToHttp().getResponse<Response>().setHeader(RENEWED_TOKEN_HEADER, renewed);
    return true;
  }
}
