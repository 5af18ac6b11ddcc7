import { ConfigError, validateEnv } from '@boundary/config';
import { provisionDatabase } from '../provision';

/** `npm start` and the Docker `migrate` service run this before the API and the worker start. */
async function main(): Promise<void> {
  const report = await provisionDatabase(validateEnv(process.env));
  const say = (line: string) => process.stdout.write(`${line}\n`);
  say(
    `migrations applied: ${report.migrations.length === 0 ? 'none pending' : report.migrations.join(', ')}`,
  );
  say(
    report.applicationLogin
      ? `API and worker log in as ${report.applicationLogin} (member of boundary_app)`
      : 'API and worker log in as the schema owner: set MIGRATION_DATABASE_URL to keep audit rows out of their reach',
  );
  if (report.demoLoaded) say('demo organisation ready');
}

main().catch((error: Error) => {
  const message = error instanceof ConfigError ? error.message : `migration failed: ${error.message}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
