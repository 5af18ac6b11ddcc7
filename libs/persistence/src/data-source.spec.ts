import { type Socket, connect, createServer } from 'node:net';
import { ServiceUnavailableError } from '@boundary/config';
import { DatabaseError } from 'pg';
import { EntityNotFoundError, QueryFailedError } from 'typeorm';
import { classifyDatabaseFailure } from './data-source';

/** What pg rejects with when the server answers with an error. */
const serverError = (code: string) =>
  Object.assign(new DatabaseError('server says no', 0, 'error'), { code });
/** How TypeORM wraps whatever the driver rejected a query with. */
const queryFailed = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);

const classifiedAs = (error: unknown) => {
  const classified = classifyDatabaseFailure(error);
  return classified instanceof ServiceUnavailableError ? classified.service : classified;
};

describe('classifyDatabaseFailure', () => {
  it.each([
    ['a broken connection (class 08)', '08006'],
    ['an administrator shutdown', '57P01'],
    ['a crash shutdown', '57P02'],
    ['a server still starting', '57P03'],
  ])('calls %s a database outage, bare or wrapped by TypeORM', (_, code) => {
    expect(classifiedAs(serverError(code))).toBe('database');
    expect(classifiedAs(queryFailed(serverError(code)))).toBe('database');
  });

  it.each([
    ['the pool giving up on a connection', new Error('timeout exceeded when trying to connect')],
    ['a connection lost mid-query', queryFailed(new Error('Connection terminated unexpectedly'))],
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    ],
  ])('calls %s a database outage: the driver got no answer', (_, error) => {
    expect(classifiedAs(error)).toBe('database');
  });

  it.each([
    ['a unique violation', queryFailed(serverError('23505'))],
    ['a syntax error', queryFailed(serverError('42601'))],
    ['a value the driver cannot encode', queryFailed(new TypeError('Converting circular structure to JSON'))],
    ['a misuse of TypeORM', new EntityNotFoundError('DisputeEntity', { id: 'x' })],
  ])('leaves %s to be reported as a fault', (_, error) => {
    expect(classifyDatabaseFailure(error)).toBe(error);
  });

  /**
   * A connection that the other end resets, as a proxy or a dying server does: the error is Node's own, whose
   * prototype is not `Error.prototype` (a hand-made `new Error()` with the same code would not show that).
   */
  const networkReset = () =>
    new Promise<Error>((resolve) => {
      const server = createServer((socket: Socket) => socket.resetAndDestroy());
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        connect(port, '127.0.0.1')
          .on('data', () => undefined)
          .on('error', (error) => server.close(() => resolve(error)));
      });
    });

  it('calls a connection reset by the network a database outage, bare or wrapped by TypeORM', async () => {
    const reset = await networkReset();
    expect((reset as NodeJS.ErrnoException).code).toBe('ECONNRESET');
    expect(Object.getPrototypeOf(reset)).not.toBe(Error.prototype);
    expect(classifiedAs(reset)).toBe('database');
    expect(classifiedAs(queryFailed(reset))).toBe('database');
  });

  it('judges by class and SQLSTATE, not by text', () => {
    const answered = queryFailed(
      Object.assign(new DatabaseError('Connection terminated unexpectedly', 0, 'error'), { code: '23505' }),
    );
    expect(classifyDatabaseFailure(answered)).toBe(answered);
  });
});
