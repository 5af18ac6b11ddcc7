import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import type { AppConfig } from '@boundary/config';
import { APP_CONFIG } from '../infrastructure/tokens';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { SessionService } from './session.service';

@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        throttlers: [{ name: 'login', ttl: 60_000, limit: config.loginRateLimit }],
        // Per account and address: a township office behind one NAT address must not lock itself out,
        // while guessing one account's password stays slow.
        getTracker: (request: { ip?: string; body?: { username?: unknown } }) =>
          `${request.ip}|${String(request.body?.username ?? '')}`,
      }),
    }),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // A key object, not the string: jsonwebtoken otherwise tries to parse the string as a public key on
        // every verification before treating it as a secret (the largest item in the API's CPU profile).
        secret: createSecretKey(Buffer.from(config.jwtSecret)),
        // Each token's `exp` is set by SessionService (idle timeout within the sign-in's lifetime).
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, SessionService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [SessionService],
})
export class AuthModule {}
