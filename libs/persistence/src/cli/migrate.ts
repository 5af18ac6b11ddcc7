import { createDataSource } from '../data-source';
import { seedDemoOrganisation } from '../seed';

/** `npm start` and the Docker `migrate` service run this: pending migrations, then the demo organisation. */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/boundary';
  const dataSource = createDataSource({ url, poolSize: 1 });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    process.stdout.write(
      `migrations applied: ${applied.length === 0 ? 'none pending' : applied.map((m) => m.name).join(', ')}\n`,
    );
    if (process.env.SEED_DEMO !== 'false') {
      await seedDemoOrganisation(dataSource);
      process.stdout.write('demo organisation ready\n');
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`migration failed: ${error.message}\n`);
  process.exit(1);
});
