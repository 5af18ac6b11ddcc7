import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '@boundary/config';
import {
  AlertRepository,
  AuditRepository,
  BoundaryRepository,
  ChannelRepository,
  DisputeRepository,
  FindingRepository,
  IncidentRepository,
  JointInspectionRepository,
  LoginFailureRepository,
  OrganisationRepository,
  PatrolPlanRepository,
  PatrolRepository,
  StatsRepository,
  TimelineRepository,
  createDataSource,
} from '@boundary/persistence';
import { loadPolicyFile } from '@boundary/workflows';
import { Client, Connection } from '@temporalio/client';
import IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import { APP_CONFIG, POLICY, REDIS } from './tokens';

const repository = <T>(Repository: new (dataSource: DataSource) => T) => ({
  provide: Repository,
  useFactory: (dataSource: DataSource) => new Repository(dataSource),
  inject: [DataSource],
});

/** Connections to the backing services and the repositories over them, shared by every feature module. */
@Global()
@Module({})
export class InfrastructureModule implements OnApplicationShutdown {
  /** The configuration is validated once, before the module graph is built (see bootstrap.ts). */
  static register(app: AppConfig): DynamicModule {
    return {
      module: InfrastructureModule,
      imports: [
        ConfigModule.forRoot({
          isGlobal: true,
          ignoreEnvFile: true,
          ignoreEnvVars: true,
          load: [() => ({ app })],
        }),
        TypeOrmModule.forRootAsync({
          useFactory: () => ({ retryAttempts: 2 }),
          // The same data source as the worker's and the migrations', which classifies database outages.
          dataSourceFactory: async () => createDataSource({ url: app.databaseUrl, poolSize: app.dbPoolSize }),
        }),
      ],
      providers: [
        { provide: APP_CONFIG, useValue: app },
        { provide: POLICY, useFactory: () => loadPolicyFile(app.policyFile) },
        {
          provide: Client,
          // Lazy: the API starts (and /health reports) while Temporal is still coming up.
          useFactory: () =>
            new Client({
              connection: Connection.lazy({ address: app.temporalAddress, connectTimeout: '3 seconds' }),
              namespace: app.temporalNamespace,
            }),
        },
        {
          provide: REDIS,
          useFactory: () =>
            new IORedis(app.redisUrl, {
              lazyConnect: true,
              enableOfflineQueue: false,
              maxRetriesPerRequest: 1,
              connectTimeout: 2000,
            }),
        },
        repository(DisputeRepository),
        repository(IncidentRepository),
        repository(JointInspectionRepository),
        repository(AlertRepository),
        repository(OrganisationRepository),
        repository(TimelineRepository),
        repository(StatsRepository),
        repository(AuditRepository),
        repository(LoginFailureRepository),
        repository(BoundaryRepository),
        repository(FindingRepository),
        repository(PatrolPlanRepository),
        repository(PatrolRepository),
        repository(ChannelRepository),
      ],
      exports: [
        ConfigModule,
        APP_CONFIG,
        POLICY,
        Client,
        REDIS,
        DisputeRepository,
        IncidentRepository,
        JointInspectionRepository,
        AlertRepository,
        OrganisationRepository,
        TimelineRepository,
        StatsRepository,
        AuditRepository,
        LoginFailureRepository,
        BoundaryRepository,
        FindingRepository,
        PatrolPlanRepository,
        PatrolRepository,
        ChannelRepository,
      ],
    };
  }

  constructor(
    private readonly client: Client,
    @Inject(REDIS) private readonly redis: IORedis,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    this.redis.disconnect();
    await this.client.connection.close();
  }
}
