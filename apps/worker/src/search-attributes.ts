import { BOUNDARY_SEARCH_ATTRIBUTES } from '@boundary/workflows';
import type { Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import type { Logger } from 'pino';

const KEYWORD = temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD;
const VISIBLE_WITHIN_MS = 30_000;
const GRPC_ALREADY_EXISTS = 6;

/**
 * Registers the Boundary* search attributes in the namespace (idempotent), then waits until the server lists
 * them: a workflow task that upserts an attribute the server does not know yet fails and is retried, which
 * would only slow the first writes after a fresh install down.
 */
export async function registerSearchAttributes(
  connection: Connection,
  namespace: string,
  logger: Logger,
): Promise<void> {
  const names = Object.values(BOUNDARY_SEARCH_ATTRIBUTES).map((key) => key.name);
  try {
    await connection.operatorService.addSearchAttributes({
      namespace,
      searchAttributes: Object.fromEntries(names.map((name) => [name, KEYWORD])),
    });
  } catch (error) {
    // Elasticsearch visibility refuses a second registration; SQL visibility accepts it silently.
    if ((error as { code?: number }).code !== GRPC_ALREADY_EXISTS) throw error;
  }
  const until = Date.now() + VISIBLE_WITHIN_MS;
  for (;;) {
    const { customAttributes } = await connection.operatorService.listSearchAttributes({ namespace });
    const missing = names.filter((name) => !customAttributes?.[name]);
    if (missing.length === 0) return;
    if (Date.now() > until) {
      logger.warn({ missing }, 'search attributes not visible yet; workflow tasks retry until they are');
      return;
    }
    await new Promise((done) => setTimeout(done, 500));
  }
}
