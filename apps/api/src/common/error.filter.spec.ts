import { type ArgumentsHost, HttpStatus, Logger } from '@nestjs/common';
import { ServiceUnavailableError } from '@boundary/config';
import { AppError } from './app-error';
import { ErrorFilter } from './error.filter';

function answer(exception: unknown, acceptLanguage = 'zh-CN') {
  const response = { headersSent: false, status: jest.fn(), json: jest.fn() };
  response.status.mockReturnValue(response);
  const request = { method: 'GET', url: '/disputes', headers: { 'accept-language': acceptLanguage } };
  const host = {
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }),
  } as unknown as ArgumentsHost;
  new ErrorFilter().catch(exception, host);
  return { status: response.status.mock.calls[0][0] as number, body: response.json.mock.calls[0][0] };
}

describe('ErrorFilter', () => {
  beforeEach(() => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it.each(['temporal', 'database', 'redis'] as const)('answers 503 UNAVAILABLE naming %s', (service) => {
    const { status, body } = answer(new ServiceUnavailableError(service, new Error('down')), 'en');
    expect(status).toBe(503);
    expect(body).toEqual({
      statusCode: 503,
      error: 'UNAVAILABLE',
      message: `A backing service is unavailable (${service}); try again shortly`,
    });
  });

  it('keeps a refusal the client can act on as it is', () => {
    const refusal = new AppError(HttpStatus.CONFLICT, 'INVALID_TRANSITION', { zh: '不允许', en: 'no' }, {});
    expect(answer(refusal)).toMatchObject({
      status: 409,
      body: { error: 'INVALID_TRANSITION', message: '不允许' },
    });
  });

  it.each([
    [
      'a network error nobody classified',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), { code: 'ECONNREFUSED' }),
    ],
    ['an error that only talks of an outage', new Error('Connection terminated unexpectedly')],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
  ])('answers 500 INTERNAL for %s: the type decides, never the text', (_, error) => {
    expect(answer(error)).toMatchObject({ status: 500, body: { error: 'INTERNAL' } });
  });
});
