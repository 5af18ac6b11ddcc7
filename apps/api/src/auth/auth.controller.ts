import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-docs';
import { Public } from './auth.decorators';
import { LoginDto, LoginResponseDto } from './auth.dto';
import { AuthService } from './auth.service';

@ApiTags('登录 / auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: '登录 / sign in',
    description:
      '返回的 accessToken 用作其他接口的 Bearer 令牌 / the accessToken is the bearer token of every other route',
  })
  @ApiOkResponse({ type: LoginResponseDto, description: '令牌与用户 / the token and the user' })
  @ApiErrors(400, 401, 413, 429, 503)
  login(@Body() body: LoginDto): Promise<LoginResponseDto> {
    return this.auth.login(body);
  }
}
