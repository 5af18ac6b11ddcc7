import { QueueName } from '@boundary/alerts';
import type { AppConfig } from '@boundary/config';
import {
  AlertRepository,
  DisputeRepository,
  IncidentRepository,
  JointInspectionRepository,
  OrganisationRepository,
  createDataSource,
} from '@boundary/persistence';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker as TemporalWorker, type WorkflowBundleOption } from '@temporalio/worker';
import { Queue, Worker as QueueWorker } from 'bullmq';
import IORedis from 'ioredis';
import type { Logger } from 'pino';
import { createActivities } from './activities/create-activities';
import { createCaseSignaller } from './case-signaller';
import { createAlertDeliveryProcessor } from './processors/alert-delivery.processor';
import { createWebhookProcessor } from './processors/webhook.processor';

export interface WorkerOptions {
  /** A pre-built bundle; tests build one per run instead of one per worker start. */
  workflowBundle?: WorkflowBundleOption;
  logger: Logger;
}

export interface RunningWorker {
  /** Resolves when the Temporal worker has stopped. */
  finished: Promise<void>;
  shutdown(): Promise<void>;
}

export const WORKFLOWS_PATH = require.resolve('../../../libs/workflows/src/workflows');

/** Starts the Temporal worker and the alert queue processors over one set of connections. */
export async function startWorker(
  config: AppConfig,
  { workflowBundle, logger }: WorkerOptions,
): Promise<RunningWorker> {
  const dataSource = createDataSource({ url: config.databaseUrl, poolSize: config.dbPoolSize });
  await dataSource.initialize();
  const redis = new IORedis(config.redisUrl, { maxRetriesPerRequest: null });
  const queueOptions = { connection: redis, prefix: config.redisPrefix };

  const organisation = new OrganisationRepository(dataSource);
  const alerts = new AlertRepository(dataSource);
  const alertQueue = new Queue(QueueName.AlertDelivery, queueOptions);
  const webhookQueue = new Queue(QueueName.AlertWebhook, queueOptions);

  const processors = [
    new QueueWorker(
      QueueName.AlertDelivery,
      createAlertDeliveryProcessor({ alerts, organisation, webhookQueue }),
      { ...queueOptions, concurrency: 16 },
    ),
    new QueueWorker(
      QueueName.AlertWebhook,
      createWebhookProcessor({
        alerts,
        organisation,
        serverKey: config.webhookSecret,
        outbound: { production: config.nodeEnv === 'production', allow: config.outboundAllow },
      }),
      {
        ...queueOptions,
        concurrency: 8,
      },
    ),
  ];
  for (const processor of processors) {
    processor.on('failed', (job, error) =>
      logger.warn(
        { queue: processor.name, jobId: job?.id, attempts: job?.attemptsMade, err: error },
        'job failed',
      ),
    );
    processor.on('error', (error) => logger.error({ queue: processor.name, err: error }, 'queue error'));
  }

  const connection = await NativeConnection.connect({ address: config.temporalAddress });
  // A Client cannot run over the worker's NativeConnection: activities that signal workflows get their own.
  const clientConnection = await Connection.connect({ address: config.temporalAddress });
  const signalCase = createCaseSignaller(
    new Client({ connection: clientConnection, namespace: config.temporalNamespace }),
  );
  const worker = await TemporalWorker.create({
    connection,
    namespace: config.temporalNamespace,
    taskQueue: config.taskQueue,
    maxCachedWorkflows: config.workerMaxCachedWorkflows,
    ...(workflowBundle ? { workflowBundle } : { workflowsPath: WORKFLOWS_PATH }),
    activities: createActivities({
      disputes: new DisputeRepository(dataSource),
      incidents: new IncidentRepository(dataSource),
      jointInspections: new JointInspectionRepository(dataSource),
      organisation,
      alertQueue,
      signalCase,
    }),
  });
  logger.info({ taskQueue: config.taskQueue, temporal: config.temporalAddress }, 'worker started');

  const finished = worker.run().finally(async () => {
    await Promise.allSettled(processors.map((processor) => processor.close()));
    await Promise.allSettled([alertQueue.close(), webhookQueue.close()]);
    await connection.close();
    await clientConnection.close();
    redis.disconnect();
    await dataSource.destroy();
    logger.info('worker stopped');
  });

  return {
    finished,
    async shutdown() {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await finished;
    },
  };
}
