import { randomUUID } from 'node:crypto';
import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '@boundary/config';
import { APP_FILTER } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AccountsModule } from './accounts/accounts.module';
import { AlertsModule } from './alerts/alerts.module';
import { AuthModule } from './auth/auth.module';
import { BoundaryModule } from './boundary/boundary.module';
import { ChannelsModule } from './channels/channels.module';
import { ErrorFilter } from './common/error.filter';
import { DisputesModule } from './disputes/disputes.module';
import { HealthModule } from './health/health.module';
import { IncidentsModule } from './incidents/incidents.module';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import { LedgerModule } from './ledger/ledger.module';
import { JointInspectionsModule } from './joint-inspections/joint-inspections.module';
import { OrganisationModule } from './organisation/organisation.module';
import { StatsModule } from './stats/stats.module';

const REQUEST_ID = /^[\w.-]{1,100}$/;

@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            base: { app: 'api' },
            // A caller's request id is kept (so traces join up across services); otherwise one is made.
            genReqId: (request, response) => {
              const given = request.headers['x-request-id'];
              const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
              response.setHeader('x-request-id', id);
              return id;
            },
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            // The event stream's URL may carry the token (?access_token=): it stays out of the log.
            autoLogging: {
              ignore: (request) => request.url === '/health' || (request.url ?? '').startsWith('/events'),
            },
          },
        }),
        InfrastructureModule.register(config),
        OrganisationModule,
        AuthModule,
        AccountsModule,
        HealthModule,
        DisputesModule,
        IncidentsModule,
        AlertsModule,
        StatsModule,
        BoundaryModule,
        LedgerModule,
        ChannelsModule,
        JointInspectionsModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: ErrorFilter }],
    };
  }
}
