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

export class LoginUserDto {
  @ApiProperty() username!: string;
  @ApiProperty(USER_ROLE) role!: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description: '调解员为乡镇，区民政局与领导为区，管理员为 null / township, district, or null for admin',
  })
  jurisdiction!: string | null;
}

export class LoginResponseDto {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ type: LoginUserDto }) user!: LoginUserDto;
}
