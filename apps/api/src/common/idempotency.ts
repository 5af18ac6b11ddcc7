import { type ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { Request } from 'express';
import { AppError } from './app-error';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/**
 * The optional `Idempotency-Key` header of a write: a client that retries with the same key gets the first
 * answer instead of a second change. A malformed key is a 400 naming the header.
 */
export const IdempotencyKey = createParamDecorator(
  (_: unknown, context: ExecutionContext): string | undefined => {
    const key = context.switchToHttp().getRequest<Request>().headers['idempotency-key'];
    if (key === undefined) return undefined;
    if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)) {
      throw AppError.validation([
        { field: 'Idempotency-Key', problems: ['must be 1-200 visible ASCII characters'] },
      ]);
    }
    return key;
  },
);

export const IDEMPOTENCY_KEY_DOC =
  '幂等键（写操作）：同一用户以同一键重试同一操作时返回首次结果，不重复办理 / on writes: a retry of the same action with the same key returns the first result instead of acting twice';
