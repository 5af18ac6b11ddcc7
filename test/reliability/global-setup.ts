import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** The worker runs as a real process here (so it can be SIGKILLed): it needs the compiled build. */
export default async function globalSetup(): Promise<void> {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    cwd: resolve(__dirname, '../..'),
    stdio: 'inherit',
  });
}
