import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { validateEnv } from '@boundary/config';
import { BoundaryRepository, OrganisationRepository, createDataSource } from '@boundary/persistence';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { Principal } from '../auth/principal';
import { AppError } from '../common/app-error';
import { fieldProblems } from '../common/validation';
import { OrganisationService } from '../organisation/organisation.service';
import { FeatureCollectionDto } from './boundary.dto';
import { BoundaryService } from './boundary.service';

/**
 * `npm run register:import -- file.geojson`: the same import as POST /boundary/import, by the person at the
 * console with the database's authority (admin), for a district's first load or a surveyor's delivery.
 */
async function main(file: string | undefined): Promise<void> {
  if (!file) throw new Error('用法 / usage: npm run register:import -- <file.geojson>');
  const body = plainToInstance(FeatureCollectionDto, JSON.parse(readFileSync(file, 'utf8')) as object);
  const shape = fieldProblems(validateSync(body, { whitelist: true, forbidNonWhitelisted: true }));
  if (shape.length > 0)
    throw AppError.validation(shape, { zh: '不是 FeatureCollection', en: 'Not a FeatureCollection' });

  const config = validateEnv(process.env);
  const dataSource = createDataSource({ url: config.databaseUrl, poolSize: 2 });
  await dataSource.initialize();
  try {
    const service = new BoundaryService(
      new BoundaryRepository(dataSource),
      new OrganisationService(new OrganisationRepository(dataSource)),
      config,
    );
    const importer: Principal = {
      username: `cli:${userInfo().username}`,
      role: 'admin',
      jurisdiction: null,
      district: null,
    };
    const { lines, markers } = await service.import(importer, body);
    process.stdout.write(
      `已导入 / imported: ${lines} 条界线 lines, ${markers} 个界桩 markers (created or changed)\n`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  if (error instanceof AppError) {
    process.stderr.write(`✗ ${error.text.zh} / ${error.text.en}\n`);
    for (const problem of (error.details ?? []) as {
      feature?: string;
      field: string;
      problems: string[];
    }[]) {
      const where = problem.feature ? `${problem.feature} ${problem.field}` : problem.field;
      process.stderr.write(`  ${where}: ${problem.problems.join('; ')}\n`);
    }
  } else {
    process.stderr.write(`✗ ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
