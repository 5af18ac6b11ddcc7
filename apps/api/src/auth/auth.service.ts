import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { OrganisationRepository } from '@boundary/persistence';
import { compare } from 'bcryptjs';
import { AppError } from '../common/app-error';
import type { LoginDto, LoginResponseDto } from './auth.dto';

/** Compared against when the user does not exist, so both failures take the same time. */
const UNKNOWN_USER_HASH = '$2b$10$B.NYWYac.YRV/k7cayvMXO4MSCjITIhmpIoEbRqq7L5R7n0sG4w1C';

@Injectable()
export class AuthService {
  constructor(
    private readonly organisation: OrganisationRepository,
    private readonly jwt: JwtService,
  ) {}

  async login({ username, password }: LoginDto): Promise<LoginResponseDto> {
    const user = await this.organisation.findUser(username);
    const matches = await compare(password, user?.passwordHash ?? UNKNOWN_USER_HASH);
    if (!user || !matches) {
      throw AppError.unauthenticated({ zh: '用户名或密码错误', en: 'Wrong username or password' });
    }
    const home = user.jurisdiction ? await this.organisation.findJurisdiction(user.jurisdiction) : null;
    const district = home?.level === 'township' ? home.parentCode : (home?.code ?? null);
    const accessToken = await this.jwt.signAsync({
      sub: user.username,
      role: user.role,
      jurisdiction: user.jurisdiction,
      district,
    });
    return {
      accessToken,
      user: { username: user.username, role: user.role, jurisdiction: user.jurisdiction },
    };
  }
}
