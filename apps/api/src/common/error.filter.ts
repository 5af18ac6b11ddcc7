import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { ServiceUnavailableError } from '@boundary/config';
import type { Request, Response } from 'express';
import { AppError, type ErrorCode, type LocalisedText, languageOf } from './app-error';

const HTTP_EXCEPTION_CODES: Partial<Record<number, { code: ErrorCode; text: LocalisedText }>> = {
  400: {
    code: 'VALIDATION_FAILED',
    text: { zh: '请求格式有误（例如 JSON 不合法）', en: 'Malformed request (e.g. invalid JSON)' },
  },
  401: { code: 'UNAUTHENTICATED', text: { zh: '未登录或登录已失效', en: 'Missing or invalid token' } },
  403: { code: 'FORBIDDEN', text: { zh: '无权执行此操作', en: 'Forbidden' } },
  404: { code: 'NOT_FOUND', text: { zh: '请求的资源不存在', en: 'Not found' } },
  405: { code: 'NOT_FOUND', text: { zh: '请求的资源不存在', en: 'Not found' } },
  413: { code: 'PAYLOAD_TOO_LARGE', text: { zh: '请求体过大', en: 'Request body too large' } },
  415: { code: 'VALIDATION_FAILED', text: { zh: '请求体必须是 JSON', en: 'The body must be JSON' } },
  429: {
    code: 'TOO_MANY_REQUESTS',
    text: { zh: '请求过于频繁，请稍后再试', en: 'Too many requests; slow down' },
  },
};

/**
 * body-parser refuses a body (too large, malformed, wrong charset) with an http-errors error, not an
 * HttpException: its client status is the one to answer, never a 500.
 */
function bodyParserStatus(exception: unknown): number | undefined {
  const { status, expose } = (exception ?? {}) as { status?: unknown; expose?: unknown };
  return expose === true && typeof status === 'number' ? status : undefined;
}

/**
 * Every error leaves in the contract's shape `{ statusCode, error, message, details? }`, chosen by the error's
 * type alone: the edges that call PostgreSQL and Temporal classify their failures where they occur.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const error = this.toAppError(exception, request);
    const language = languageOf(request.headers['accept-language']);
    const body: Record<string, unknown> = {
      statusCode: error.status,
      error: error.code,
      message: error.text[language],
    };
    if (error.details !== undefined) body.details = error.details;
    if (!response.headersSent) response.status(error.status).json(body);
  }

  private toAppError(exception: unknown, request: Request): AppError {
    if (exception instanceof AppError) return exception;
    const status = exception instanceof HttpException ? exception.getStatus() : bodyParserStatus(exception);
    if (status !== undefined) {
      const known = HTTP_EXCEPTION_CODES[status];
      if (known) return new AppError(status, known.code, known.text);
      if (status < 500)
        return new AppError(status, 'VALIDATION_FAILED', {
          zh: '请求有误',
          en: (exception as Error).message,
        });
    }
    if (exception instanceof ServiceUnavailableError) {
      this.logger.warn(`${request.method} ${request.url}: ${exception.message}`);
      return AppError.unavailable(exception.service);
    }
    this.logger.error(
      `${request.method} ${request.url} failed`,
      (exception as Error)?.stack ?? String(exception),
    );
    return new AppError(HttpStatus.INTERNAL_SERVER_ERROR, 'INTERNAL', {
      zh: '服务器内部错误，已记录',
      en: 'Internal error; it has been logged',
    });
  }
}
