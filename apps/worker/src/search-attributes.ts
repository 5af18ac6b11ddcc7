import { BOUNDARY_SEARCH_ATTRIBUTES } from '@boundary/workflows';
import type { Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import type { Logger } from 'pino';

const KEYWORD = temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD;
const VISIBLE_WITHIN_MS = 30_000;
const GRPC_ALREADY_EXISTS = 6;
/**
 * The history service learns a new attribute from its namespace cache, refreshed every 2 s by default
 * (`system.namespaceCacheRefreshInterval`), later than the frontend lists it.
 */
const HISTORY_CACHE_MS = 5_000;

/**
 * Registers the Boundary* search attributes in the namespace when they are missing, then waits until the
 * server can use them: a workflow task that upserts an attribute the history service does not know yet fails,
 * and a create waiting on it would answer 503. Only the first start on a namespace waits.
 */
export async function registerSearchAttributes(
  connection: Connection,
  namespace: string,
  logger: Logger,
): Promise<void> {
  const names = Object.values(BOUNDARY_SEARCH_ATTRIBUTES).map((key) => key.name);
  const missing = async () => {
    const { customAttributes } = await connection.operatorService.listSearchAttributes({ namespace });
    return names.filter((name) => !customAttributes?.[name]);
  };
  if ((await missing()).length === 0) return;
  try {
    await connection.operatorService.addSearchAttributes({
      namespace,
      searchAttributes: Object.fromEntries(names.map((name) => [name, KEYWORD])),
    });
  } catch (error) {
    // Another worker registered them first (Elasticsearch visibility refuses a second registration).
    if ((error as { code?: number }).code !== GRPC_ALREADY_EXISTS) throw error;
  }
  const until = Date.now() + VISIBLE_WITHIN_MS;
  for (;;) {
    const stillMissing = await missing();
    if (stillMissing.length === 0) break;
    if (Date.now() > until) {
      logger.warn(
        { missing: stillMissing },
        'search attributes not visible yet; workflow tasks retry until they are',
      );
      return;
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  await new Promise((done) => setTimeout(done, HISTORY_CACHE_MS));
  logger.info({ names }, 'search attributes registered');
}
