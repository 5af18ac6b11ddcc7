import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import type { AppConfig } from '@boundary/config';
import { ChannelRepository, type ConsoleEvent } from '@boundary/persistence';
import { Client as PgClient } from 'pg';
import type { Principal } from '../auth/principal';
import { SessionService } from '../auth/session.service';
import { APP_CONFIG } from '../infrastructure/tokens';

/** One open `GET /events` response. */
export interface Stream {
  principal: Principal;
  /** The token it was opened with: its expiry (seconds) and the user's token version then. */
  session: { exp: number; ver: number };
  /** The id of the last event this stream has been given (or decided not to be given). */
  cursor: bigint;
  /** Ends the response; the browser reconnects by itself with Last-Event-ID. */
  end(): void;
  /** Catching up from `Last-Event-ID`: live events wait until the backlog is written. */
  catchingUp: boolean;
  write(chunk: string): void;
}

const HEARTBEAT_MS = 25_000;
const KEEP_EVENTS_MS = 24 * 3600_000;

/**
 * Fans the console event log out to the open streams of this API process. One LISTEN connection per process,
 * one query per burst of notifications whatever the number of streams, none while no stream is open, one
 * heartbeat timer for them all: an idle stream costs a socket and a small object. Every read of the log runs on
 * one serial chain, so a stream catching up from `Last-Event-ID` and the live fan-out never interleave: each
 * stream gets every event it may see, once and in order.
 */
@Injectable()
export class EventsHub implements OnModuleInit, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(EventsHub.name);
  private readonly streams = new Set<Stream>();
  private listener?: PgClient;
  private lastDispatched = 0n;
  /** Whether `lastDispatched` holds the log's position yet (it is read once the database answers). */
  private started = false;
  /** Shutting down: no reconnect. */
  private stopped = false;
  private chain: Promise<void> = Promise.resolve();
  private dirty = false;
  /**
   * Notified while no stream was open: `lastDispatched` is behind the log. The next stream to open moves it to
   * the log's end with one read of the last id, rather than every event in between, which nobody was there for.
   */
  private behind = false;
  private timers: NodeJS.Timeout[] = [];

  constructor(
    @Inject(ChannelRepository) private readonly log: ChannelRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionService,
  ) {}

  async onModuleInit(): Promise<void> {
    this.timers = [
      setInterval(() => void this.sweep().catch(() => undefined), HEARTBEAT_MS),
      setInterval(
        () => void this.log.pruneEvents(new Date(Date.now() - KEEP_EVENTS_MS)).catch(() => undefined),
        3600_000,
      ),
    ];
    for (const timer of this.timers) timer.unref();
    // The API starts while PostgreSQL may be down (/health reports it); the hub connects when it can.
    void this.connect();
  }

  /** An open stream never ends by itself: the HTTP server could not close while one is held. */
  beforeApplicationShutdown(): void {
    this.disconnectAll();
  }

  /** Ends every stream of this process (shutdown; tests of the browser's resume). */
  disconnectAll(): void {
    for (const stream of this.streams) stream.end();
    this.streams.clear();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearInterval(timer);
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }

  /** Registers a stream; with `lastEventId` it first receives what it missed, then live events. */
  open(
    principal: Principal,
    session: Stream['session'],
    write: (chunk: string) => void,
    end: () => void,
    lastEventId?: string,
  ): () => void {
    const stream: Stream = { principal, session, cursor: 0n, catchingUp: true, write, end };
    this.streams.add(stream);
    const resumeAfter = lastEventId && /^\d{1,18}$/.test(lastEventId) ? BigInt(lastEventId) : undefined;
    this.serially(async () => {
      if (this.behind) await this.skipToLogEnd(stream);
      // Before the log could first be read, "from now" is not known yet: -1 until it is.
      stream.cursor = resumeAfter ?? (this.started ? this.lastDispatched : -1n);
      if (stream.cursor >= 0n) await this.catchUp(stream);
    });
    return () => this.streams.delete(stream);
  }

  /** Writes what the stream missed up to what the live fan-out has reached, then lets it join the fan-out. */
  private async catchUp(stream: Stream): Promise<void> {
    try {
      while (stream.cursor < this.lastDispatched && this.streams.has(stream)) {
        const events = await this.log.eventsAfter(stream.cursor.toString());
        const upTo = events.filter((event) => BigInt(event.id) <= this.lastDispatched);
        for (const event of upTo) this.deliver(stream, event);
        if (upTo.length < events.length || events.length === 0) break;
      }
    } catch (error) {
      this.drop(stream);
      throw error;
    }
    if (stream.cursor < this.lastDispatched) stream.cursor = this.lastDispatched;
    stream.catchingUp = false;
  }

  /** Where the fan-out stopped reading while no stream was open: the log's end, as nobody missed anything. */
  private async skipToLogEnd(stream: Stream): Promise<void> {
    try {
      this.lastDispatched = BigInt(await this.log.lastEventId());
      this.behind = false;
    } catch (error) {
      this.drop(stream);
      throw error;
    }
  }

  /** Ended rather than left behind: the browser reconnects with Last-Event-ID and tries again. */
  private drop(stream: Stream): void {
    this.streams.delete(stream);
    stream.end();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const listener = new PgClient({ connectionString: this.config.databaseUrl });
    try {
      listener.on('error', (error) => {
        this.logger.warn(`event listener lost: ${error.message}`);
        this.reconnectLater(listener);
      });
      listener.on('end', () => this.reconnectLater(listener));
      await listener.connect();
      listener.on('notification', () => this.poke());
      await listener.query('LISTEN console_events');
      if (!this.started) {
        this.lastDispatched = BigInt(await this.log.lastEventId());
        this.started = true;
        // Streams opened before the log could be read start now, or resume from their Last-Event-ID.
        for (const stream of this.streams) {
          if (stream.cursor < 0n) stream.cursor = this.lastDispatched;
          this.serially(() => this.catchUp(stream));
        }
      }
      if (this.stopped) {
        await listener.end();
        return;
      }
      this.listener = listener;
      // Events committed while no listener was connected are caught up by this first fetch.
      this.poke();
    } catch (error) {
      this.logger.warn(`event listener cannot connect yet: ${(error as Error).message}`);
      await listener.end().catch(() => undefined);
      setTimeout(() => void this.connect(), 2000).unref();
    }
  }

  private reconnectLater(listener: PgClient): void {
    if (this.listener !== listener) return;
    this.listener = undefined;
    setTimeout(() => void this.connect(), 1000).unref();
  }

  /** Notifications in a burst share one fetch: a flag, not a queue of fetches. */
  private poke(): void {
    if (this.streams.size === 0 && this.started) {
      this.behind = true;
      return;
    }
    if (this.dirty) return;
    this.dirty = true;
    this.serially(async () => {
      this.dirty = false;
      for (;;) {
        const events = await this.log.eventsAfter(this.lastDispatched.toString());
        for (const event of events) {
          for (const stream of this.streams) if (!stream.catchingUp) this.deliver(stream, event);
          this.lastDispatched = BigInt(event.id);
        }
        if (events.length < 500) break;
      }
    });
  }

  private serially(task: () => Promise<void>): void {
    this.chain = this.chain.then(task).catch((error: Error) => {
      this.logger.warn(`event fan-out failed: ${error.message}`);
      setTimeout(() => this.poke(), 1000).unref();
    });
  }

  private deliver(stream: Stream, event: ConsoleEvent): void {
    const id = BigInt(event.id);
    if (id <= stream.cursor) return;
    stream.cursor = id;
    if (!this.maysee(stream.principal, event)) return;
    stream.write(`id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`);
  }

  /**
   * Alerts go to their recipient; a subject to the users its family's scope admits (`SubjectTable.seenFrom`):
   * by jurisdiction, by district, or by name.
   */
  private maysee(principal: Principal, event: ConsoleEvent): boolean {
    if (event.type === 'alert') return event.recipient === principal.username;
    if (principal.role === 'admin' || event.usernames.includes(principal.username)) return true;
    const { jurisdiction, district } = principal;
    return (
      (jurisdiction !== null && event.jurisdictions.includes(jurisdiction)) ||
      (district !== null && event.districts.includes(district))
    );
  }

  /**
   * The heartbeat that keeps proxies from closing idle streams, and the end of streams whose token has expired
   * or whose user was disabled or changed since (the session check's cached answer, once per user): the
   * browser reconnects, and a refused token makes the console open the stream again with its current one.
   */
  async sweep(): Promise<void> {
    const now = Date.now() / 1000;
    // A database that does not answer ends nothing: undefined is "unknown", null "no such user".
    const states = new Map<string, Promise<Awaited<ReturnType<SessionService['state']>> | undefined>>();
    for (const stream of [...this.streams]) {
      const { username } = stream.principal;
      if (!states.has(username))
        states.set(
          username,
          this.sessions.state(username).catch(() => undefined),
        );
      const state = await states.get(username);
      const revoked =
        state === null ||
        (state !== undefined && (state.disabled || state.tokenVersion !== stream.session.ver));
      if (stream.session.exp <= now || revoked) {
        this.drop(stream);
      } else {
        stream.write(': keep-alive\n\n');
      }
    }
  }
}
