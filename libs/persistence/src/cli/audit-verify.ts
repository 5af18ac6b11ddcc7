import { validateEnv } from '@boundary/config';
import { createDataSource } from '../data-source';
import { verifyIntegrity } from '../integrity';

/** `npm run audit:verify`: exits 1, naming the first broken link of each chain, when any record was altered. */
async function main(): Promise<void> {
  const config = validateEnv(process.env);
  const dataSource = createDataSource({ url: config.databaseUrl, poolSize: 2 });
  await dataSource.initialize();
  try {
    const { timeline, audit } = await verifyIntegrity(dataSource);
    const say = (line: string) => process.stdout.write(`${line}\n`);
    say(
      timeline.length === 0
        ? '时间线哈希链完整 / timeline chains: intact'
        : `时间线哈希链断裂 / timeline chains broken: ${timeline.length}`,
    );
    for (const { subjectId, seq } of timeline) say(`  ${subjectId}: first broken link at seq ${seq}`);
    say(
      audit === null
        ? '审计日志哈希链完整 / audit chain: intact'
        : `审计日志哈希链断裂 / audit chain broken: first broken link at row id ${audit}`,
    );
    if (timeline.length > 0 || audit !== null) process.exitCode = 1;
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`audit:verify failed: ${error.message}\n`);
  process.exit(2);
});
