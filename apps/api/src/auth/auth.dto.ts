import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { USER_ROLE } from '../common/api-enums';

export class LoginDto {
  @ApiProperty({ example: 'mediator.a' })
  @IsString()
  @Length(1, 64)
  username!: string;

  @ApiProperty({ example: 'demo1234' })
  @IsString()
  @Length(1, 128)
  password!: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @Length(1, 128)
  currentPassword!: string;

  @ApiProperty({
    description: '至少 8 位，含字母和数字，不含用户名 / 8+ characters, letters and digits, not the username',
  })
  @IsString()
  @Length(1, 256)
  newPassword!: string;
}

export class LoginUserDto {
  @ApiProperty() username!: string;
  @ApiProperty({ example: '东坪镇调解员' }) displayName!: string;
  @ApiProperty(USER_ROLE) role!: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description: '调解员为乡镇，区民政局与领导为区，管理员为 null / township, district, or null for admin',
  })
  jurisdiction!: string | null;
  @ApiProperty({ description: '须先修改密码 / must change the password first' }) mustChangePassword!: boolean;
}

export class LoginResponseDto {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ type: LoginUserDto }) user!: LoginUserDto;
}
