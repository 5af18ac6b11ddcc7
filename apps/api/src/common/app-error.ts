import { HttpStatus } from '@nestjs/common';
import type { BackingService } from '@boundary/config';

export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'PASSWORD_CHANGE_REQUIRED',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'TOO_MANY_REQUESTS',
  'TOO_MANY_ATTEMPTS',
  'PAYLOAD_TOO_LARGE',
  'LINK_USED',
  'LINK_EXPIRED',
  'UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface LocalisedText {
  zh: string;
  en: string;
}

/** A refusal the client can act on: the contract's code, a Chinese and an English message, optional details. */
export class AppError extends Error {
  constructor(
    readonly status: HttpStatus,
    readonly code: ErrorCode,
    readonly text: LocalisedText,
    readonly details?: unknown,
  ) {
    super(text.en);
    this.name = 'AppError';
  }

  static validation(
    details: unknown,
    text: LocalisedText = { zh: '请求参数校验失败', en: 'Validation failed' },
  ) {
    return new AppError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', text, details);
  }

  static unauthenticated(text: LocalisedText = { zh: '未登录或登录已失效', en: 'Missing or invalid token' }) {
    return new AppError(HttpStatus.UNAUTHORIZED, 'UNAUTHENTICATED', text);
  }

  static forbidden(
    text: LocalisedText = { zh: '无权执行此操作', en: 'Not allowed for your role or jurisdiction' },
  ) {
    return new AppError(HttpStatus.FORBIDDEN, 'FORBIDDEN', text);
  }

  static passwordChangeRequired() {
    return new AppError(HttpStatus.FORBIDDEN, 'PASSWORD_CHANGE_REQUIRED', {
      zh: '请先修改密码',
      en: 'Change your password first',
    });
  }

  static tooManyAttempts(minutes: number) {
    return new AppError(HttpStatus.TOO_MANY_REQUESTS, 'TOO_MANY_ATTEMPTS', {
      zh: `登录失败次数过多，账号已锁定，请 ${minutes} 分钟后再试`,
      en: `Too many failed logins: the account is locked for ${minutes} minutes`,
    });
  }

  static conflict(text: LocalisedText) {
    return new AppError(HttpStatus.CONFLICT, 'CONFLICT', text);
  }

  /** One field refused, named as the client sent it. */
  static field(field: string, problem: string, text?: LocalisedText) {
    return AppError.validation([{ field, problems: [problem] }], text);
  }

  static notFound(what: LocalisedText) {
    return new AppError(HttpStatus.NOT_FOUND, 'NOT_FOUND', {
      zh: `${what.zh}不存在`,
      en: `No such ${what.en}`,
    });
  }

  static unavailable(service: BackingService) {
    return new AppError(HttpStatus.SERVICE_UNAVAILABLE, 'UNAVAILABLE', {
      zh: `后台服务暂不可用（${service}），请稍后重试`,
      en: `A backing service is unavailable (${service}); try again shortly`,
    });
  }
}

export type Language = 'zh' | 'en';

/** Chinese unless the client prefers English. */
export function languageOf(acceptLanguage: string | undefined): Language {
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh';
}
