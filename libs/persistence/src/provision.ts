import type { AppConfig } from '@boundary/config';
import type { DataSource } from 'typeorm';
import { createDataSource } from './data-source';
import { APPLICATION_ROLE } from './migrations/1765200000000-application-role';
import { seedDemoOrganisation } from './seed';

export interface ProvisionReport {
  migrations: string[];
  /** The login role the API and worker use, when it is not the owner itself. */
  applicationLogin: string | null;
  demoLoaded: boolean;
}

const userOf = (url: string): string => decodeURIComponent(new URL(url).username) || 'postgres';

/** Makes the URL's login a member of the application role, creating it (with the URL's password) if missing. */
async function joinApplicationRole(dataSource: DataSource, url: string): Promise<void> {
  const login = userOf(url);
  const statement = async (sql: string, ...values: string[]): Promise<void> => {
    const [{ text }]: { text: string }[] = await dataSource.query(`SELECT format(${sql}) AS text`, values);
    await dataSource.query(text);
  };
  const [{ exists }]: { exists: boolean }[] = await dataSource.query(
    `SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) AS exists`,
    [login],
  );
  if (!exists) {
    try {
      const password = decodeURIComponent(new URL(url).password);
      await statement(`'CREATE ROLE %I LOGIN PASSWORD %L', $1::text, $2::text`, login, password);
    } catch (error) {
      // Another migrator (a parallel test run on the same cluster) created it first.
      if (
        !['42710', '23505'].includes((error as { driverError?: { code?: string } }).driverError?.code ?? '')
      ) {
        throw error;
      }
    }
  }
  await statement(`'GRANT %I TO %I', $1::text, $2::text`, APPLICATION_ROLE, login);
}

/**
 * Runs as the schema owner (MIGRATION_DATABASE_URL): pending migrations, then makes the login of DATABASE_URL a
 * member of the application role (created with the URL's password when missing), then the demo organisation
 * outside production.
 */
export async function provisionDatabase(
  config: Pick<AppConfig, 'databaseUrl' | 'migrationDatabaseUrl' | 'seedDemo' | 'nodeEnv'>,
): Promise<ProvisionReport> {
  const dataSource = createDataSource({ url: config.migrationDatabaseUrl, poolSize: 1 });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    const owner = userOf(config.migrationDatabaseUrl);
    const login = userOf(config.databaseUrl);
    if (login !== owner) await joinApplicationRole(dataSource, config.databaseUrl);
    if (config.seedDemo) await seedDemoOrganisation(dataSource, config.nodeEnv);
    return {
      migrations: applied.map((migration) => migration.name),
      applicationLogin: login === owner ? null : login,
      demoLoaded: config.seedDemo,
    };
  } finally {
    await dataSource.destroy();
  }
}
