import { Controller, Get, HttpStatus, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { Client } from '@temporalio/client';
import type IORedis from 'ioredis';
import { AppError } from '../common/app-error';
import { Public } from '../auth/auth.decorators';
import { REDIS } from '../infrastructure/tokens';
import { HealthDownErrorDto, HealthDto } from './health.dto';

const SERVICES = ['temporal', 'database', 'redis'] as const;
type Service = (typeof SERVICES)[number];
const CHECK_TIMEOUT_MS = 2500;

const withTimeout = <T>(work: Promise<T>): Promise<T> =>
  Promise.race([
    work,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS).unref()),
  ]);

@ApiTags('健康检查 / health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly temporal: Client,
    @Inject(REDIS) private readonly redis: IORedis,
  ) {}

  @Public()
  @Get()
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOperation({ summary: '健康检查（无需登录）/ health of Temporal, PostgreSQL and Redis (no token)' })
  @ApiOkResponse({ type: HealthDto, description: '全部可用 / all up' })
  @ApiServiceUnavailableResponse({
    type: HealthDownErrorDto,
    description: 'UNAVAILABLE：至少一项不可用，details.checks 指明哪一项 / details.checks names the one down',
  })
  async check(): Promise<HealthDto> {
    try {
      await this.health.check([
        () =>
          // A deadline on the call itself: the client would otherwise keep retrying in the background
          // long after this check has given up.
          this.probe('temporal', () =>
            this.temporal.withDeadline(Date.now() + CHECK_TIMEOUT_MS, () =>
              this.temporal.workflowService.getSystemInfo({}),
            ),
          ),
        () => this.database.pingCheck('database', { timeout: CHECK_TIMEOUT_MS }),
        () =>
          this.probe('redis', async () => {
            if (this.redis.status === 'wait' || this.redis.status === 'end') await this.redis.connect();
            return this.redis.ping();
          }),
      ]);
      return { status: 'ok', checks: { temporal: 'ok', database: 'ok', redis: 'ok' } };
    } catch (error) {
      const details = (error as { response?: { details?: Record<string, { status: string }> } }).response
        ?.details;
      if (!details) throw error;
      const checks = Object.fromEntries(
        SERVICES.map((name) => [name, details[name]?.status === 'up' ? 'ok' : 'down']),
      ) as Record<Service, 'ok' | 'down'>;
      const down = SERVICES.filter((name) => checks[name] === 'down');
      throw new AppError(
        HttpStatus.SERVICE_UNAVAILABLE,
        'UNAVAILABLE',
        { zh: `后台服务不可用：${down.join('、')}`, en: `Unavailable: ${down.join(', ')}` },
        { status: 'error', checks },
      );
    }
  }

  private async probe(name: Service, ping: () => Promise<unknown>) {
    const indicator = this.indicators.check(name);
    try {
      await withTimeout(ping());
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}
