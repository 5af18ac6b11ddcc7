import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-docs';
import { BeforePasswordChange, Public } from './auth.decorators';
import { ChangePasswordDto, LoginDto, LoginResponseDto } from './auth.dto';
import { AuthService } from './auth.service';
import { CurrentUser, type Origin, type Principal, RequestOrigin } from './principal';

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
      '返回的 accessToken 用作其他接口的 Bearer 令牌；user.mustChangePassword 为 true 时须先修改密码 / ' +
      'the accessToken is the bearer token of every other route; while user.mustChangePassword is true, ' +
      'only POST /auth/password accepts it',
  })
  @ApiOkResponse({ type: LoginResponseDto, description: '令牌与用户 / the token and the user' })
  @ApiErrors(400, 401, 413, 429, 503)
  login(@Body() body: LoginDto, @RequestOrigin() origin: Origin): Promise<LoginResponseDto> {
    return this.auth.login(body, origin);
  }

  @Post('password')
  @HttpCode(200)
  @BeforePasswordChange()
  @ApiBearerAuth()
  @ApiOperation({
    summary: '修改本人密码 / change my password',
    description:
      '结束本人的其他登录，返回新令牌；新密码至少 8 位，含字母和数字，不含用户名 / ends my other sessions and ' +
      'answers a fresh token; the new password has 8+ characters, letters and digits, and not the username',
  })
  @ApiOkResponse({ type: LoginResponseDto, description: '新令牌与用户 / a fresh token and the user' })
  @ApiErrors(400, 401, 413, 503)
  changePassword(
    @CurrentUser() user: Principal,
    @Body() body: ChangePasswordDto,
    @RequestOrigin() origin: Origin,
  ): Promise<LoginResponseDto> {
    return this.auth.changePassword(user, body, origin);
  }
}
