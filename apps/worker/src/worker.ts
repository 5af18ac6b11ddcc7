import { CHANNEL_QUEUES, type OutboundChannel, QueueName } from '@boundary/alerts';
import type { AppConfig } from '@boundary/config';
import {
  AlertRepository,
  BoundaryRepository,
  ChannelRepository,
  DisputeRepository,
  FindingRepository,
  IncidentRepository,
  JointInspectionRepository,
  OrganisationRepository,
  PatrolPlanRepository,
  createDataSource,
} from '@boundary/persistence';
import { loadPolicyFile } from '@boundary/workflows';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker as TemporalWorker, type WorkflowBundleOption } from '@temporalio/worker';
import { Queue, Worker as QueueWorker } from 'bullmq';
import IORedis from 'ioredis';
import type { Logger } from 'pino';
import { createActivities } from './activities/create-activities';
import { createCaseSignaller } from './case-signaller';
import { registerSearchAttributes } from './search-attributes';
import { createAlertDeliveryProcessor } from './processors/alert-delivery.processor';
import { createChannelProcessor } from './processors/channel.processor';
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
  const channels = new ChannelRepository(dataSource);
  const channelQueues = Object.fromEntries(
    Object.entries(CHANNEL_QUEUES).map(([channel, name]) => [channel, new Queue(name, queueOptions)]),
  ) as Record<OutboundChannel, Queue>;
  const outbound = { production: config.nodeEnv === 'production', allow: config.outboundAllow };
  const { alerts: routing } = loadPolicyFile(config.policyFile);

  const processChannel = createChannelProcessor({
    alerts,
    channels,
    outbound,
    sms: config.sms,
    linkKey: config.jwtSecret,
    publicUrl: config.publicUrl,
  });
  const processors = [
    new QueueWorker(
      QueueName.AlertDelivery,
      createAlertDeliveryProcessor({
        alerts,
        channels,
        webhookQueue,
        channelQueues,
        ackLinkTtlSeconds: config.ackLinkTtlSeconds,
      }),
      { ...queueOptions, concurrency: 16 },
    ),
    // Each vendor on its own queue and workers: a vendor that throttles or is down delays nobody else's.
    ...Object.values(CHANNEL_QUEUES).map(
      (name) => new QueueWorker(name, processChannel, { ...queueOptions, concurrency: 4 }),
    ),
    new QueueWorker(
      QueueName.AlertWebhook,
      createWebhookProcessor({
        alerts,
        organisation,
        serverKey: config.webhookSecret,
        outbound,
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
  await registerSearchAttributes(clientConnection, config.temporalNamespace, logger);
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
      findings: new FindingRepository(dataSource),
      patrolPlans: new PatrolPlanRepository(dataSource),
      register: new BoundaryRepository(dataSource),
      jointInspections: new JointInspectionRepository(dataSource),
      organisation,
      alertQueue,
      signalCase,
      channels,
      routing,
    }),
  });
  logger.info({ taskQueue: config.taskQueue, temporal: config.temporalAddress }, 'worker started');

  const finished = worker.run().finally(async () => {
    await Promise.allSettled(processors.map((processor) => processor.close()));
    await Promise.allSettled(
      [alertQueue, webhookQueue, ...Object.values(channelQueues)].map((queue) => queue.close()),
    );
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
