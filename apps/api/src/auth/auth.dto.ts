import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

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
  @ApiProperty({ enum: ['mediator', 'bureau', 'leader', 'admin'] }) role!: string;
  @ApiProperty({ nullable: true, type: String }) jurisdiction!: string | null;
}

export class LoginResponseDto {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ type: LoginUserDto }) user!: LoginUserDto;
}
