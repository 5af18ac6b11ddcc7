import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { UserRole } from '@boundary/persistence';
import type { Request } from 'express';
import { AppError } from '../common/app-error';
import { PUBLIC_ROUTE, ROLES } from './auth.decorators';
import type { Principal } from './principal';

/** Global guard: a valid bearer token on every route not marked @Public, and the role a route demands. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & { user?: Principal }>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw AppError.unauthenticated();
    let principal: Principal;
    try {
      const payload = await this.jwt.verifyAsync<Principal & { sub: string }>(token);
      principal = {
        username: payload.sub,
        role: payload.role,
        jurisdiction: payload.jurisdiction,
        district: payload.district,
      };
    } catch {
      throw AppError.unauthenticated();
    }
    request.user = principal;
    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(principal.role)) throw AppError.forbidden();
    return true;
  }
}
