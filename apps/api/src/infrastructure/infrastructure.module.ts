import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { type AppConfig, validateEnv } from '@boundary/config';
import {
  AlertRepository,
  DisputeRepository,
  ENTITIES,
  MIGRATIONS,
  OrganisationRepository,
  TimelineRepository,
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
@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: (env) => ({ app: validateEnv(env) }) }),
    TypeOrmModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => {
        const app = config.getOrThrow<AppConfig>('app');
        return {
          type: 'postgres' as const,
          url: app.databaseUrl,
          entities: ENTITIES,
          migrations: MIGRATIONS,
          synchronize: false,
          retryAttempts: 2,
          extra: { max: app.dbPoolSize, connectionTimeoutMillis: 3000 },
        };
      },
    }),
  ],
  providers: [
    { provide: APP_CONFIG, inject: [ConfigService], useFactory: (config: ConfigService) => config.getOrThrow('app') },
    { provide: POLICY, inject: [APP_CONFIG], useFactory: (config: AppConfig) => loadPolicyFile(config.policyFile) },
    {
      provide: Client,
      inject: [APP_CONFIG],
      // Lazy: the API starts (and /health reports) while Temporal is still coming up.
      useFactory: (config: AppConfig) =>
        new Client({
          connection: Connection.lazy({ address: config.temporalAddress, connectTimeout: '3 seconds' }),
          namespace: config.temporalNamespace,
        }),
    },
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new IORedis(config.redisUrl, {
          lazyConnect: true,
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          connectTimeout: 2000,
        }),
    },
    repository(DisputeRepository),
    repository(AlertRepository),
    repository(OrganisationRepository),
    repository(TimelineRepository),
  ],
  exports: [APP_CONFIG, POLICY, Client, REDIS, DisputeRepository, AlertRepository, OrganisationRepository, TimelineRepository],
})
export class InfrastructureModule implements OnApplicationShutdown {
  constructor(
    private readonly client: Client,
    @Inject(REDIS) private readonly redis: IORedis,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    this.redis.disconnect();
    await this.client.connection.close();
  }
}
