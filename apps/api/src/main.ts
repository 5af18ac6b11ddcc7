import type { AppConfig } from '@boundary/config';
import { createApp } from './bootstrap';
import { APP_CONFIG } from './infrastructure/tokens';

async function main(): Promise<void> {
  const app = await createApp();
  const config = app.get<AppConfig>(APP_CONFIG);
  await app.listen(config.port, '0.0.0.0');
}

main().catch((error: Error) => {
  process.stderr.write(`api failed to start: ${error.message}\n`);
  process.exit(1);
});
