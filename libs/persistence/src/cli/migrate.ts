import { ConfigError, validateEnv } from '@boundary/config';
import { createDataSource } from '../data-source';
import { seedDemoOrganisation } from '../seed';

/** `npm start` and the Docker `migrate` service run this: pending migrations, then the demo organisation. */
async function main(): Promise<void> {
  const config = validateEnv(process.env);
  const dataSource = createDataSource({ url: config.databaseUrl, poolSize: 1 });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    process.stdout.write(
      `migrations applied: ${applied.length === 0 ? 'none pending' : applied.map((m) => m.name).join(', ')}\n`,
    );
    if (config.seedDemo) {
      await seedDemoOrganisation(dataSource);
      process.stdout.write('demo organisation ready\n');
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: Error) => {
  const message = error instanceof ConfigError ? error.message : `migration failed: ${error.message}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
