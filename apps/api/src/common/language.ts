import { type ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { Request } from 'express';
import { languageOf } from './app-error';

/** The language the caller asked for with `Accept-Language` (documented per route with `@ApiHeader`). */
export const RequestLanguage = createParamDecorator((_: unknown, context: ExecutionContext) =>
  languageOf(context.switchToHttp().getRequest<Request>().headers['accept-language']),
);
