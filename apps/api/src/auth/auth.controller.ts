import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { BeforePasswordChange, Public } from './auth.decorators';
import { ChangePasswordDto, LoginDto, LoginResponseDto } from './auth.dto';
import { AuthService } from './auth.service';
import { CurrentUser, type Origin, type Principal, RequestOrigin } from './principal';

@ApiTags('auth 登录')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: '登录 / sign in' })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({
    description: 'UNAUTHENTICATED: wrong username or password, or a disabled account',
  })
  @ApiTooManyRequestsResponse({
    description: 'TOO_MANY_ATTEMPTS (the account is locked) or TOO_MANY_REQUESTS (this address)',
  })
  login(@Body() body: LoginDto, @RequestOrigin() origin: Origin): Promise<LoginResponseDto> {
    return this.auth.login(body, origin);
  }

  @Post('password')
  @HttpCode(200)
  @BeforePasswordChange()
  @ApiBearerAuth()
  @ApiOperation({ summary: '修改本人密码 / change my password (ends my other sessions)' })
  @ApiOkResponse({ type: LoginResponseDto, description: '新令牌 / a fresh token' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED naming currentPassword or newPassword' })
  changePassword(
    @CurrentUser() user: Principal,
    @Body() body: ChangePasswordDto,
    @RequestOrigin() origin: Origin,
  ): Promise<LoginResponseDto> {
    return this.auth.changePassword(user, body, origin);
  }
}
