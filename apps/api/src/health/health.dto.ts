import { ApiProperty } from '@nestjs/swagger';
import { ErrorDto } from '../common/api-docs';

const SERVICE_STATE = { enum: ['ok', 'down'] as const, enumName: 'ServiceState' };
type ServiceState = (typeof SERVICE_STATE.enum)[number];

export class ServiceChecksDto {
  @ApiProperty(SERVICE_STATE) temporal!: ServiceState;
  @ApiProperty({ ...SERVICE_STATE, description: '数据库 / PostgreSQL' }) database!: ServiceState;
  @ApiProperty(SERVICE_STATE) redis!: ServiceState;
}

export class HealthDto {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiProperty({ type: ServiceChecksDto, description: '全部为 ok / all ok' }) checks!: ServiceChecksDto;
}

export class HealthDownDetailsDto {
  @ApiProperty({ enum: ['error'] }) status!: 'error';
  @ApiProperty({ type: ServiceChecksDto, description: 'down 的即不可用者 / the ones down' })
  checks!: ServiceChecksDto;
}

export class HealthDownErrorDto extends ErrorDto {
  @ApiProperty({ type: HealthDownDetailsDto }) details!: HealthDownDetailsDto;
}
