// The gateway: HELLO, heartbeats, IDENTIFY -> READY + GUILD_CREATE per guild of the shard, RESUME with replay,
// sessions that outlive their connection (events are buffered until the client resumes), and ways to drop them.

import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { shardForGuild } from './snowflake.js';
import type { GatewaySessionInfo, StandinEvents, StandinStats } from './types.js';

interface DispatchPacket {
  op: 0;
  t: string;
  s: number;
  d: unknown;
}

interface Session {
  id: string;
  shard: [number, number];
  intents: number;
  seq: number;
  events: DispatchPacket[];
  socket: WebSocket | null;
  resumable: boolean;
  identifiedAt: number;
  resumes: number;
}

interface Connection {
  socket: WebSocket;
  session: Session | null;
}

export interface GatewayHooks {
  token: string;
  heartbeatIntervalMs: number;
  /** Path the gateway answers on, e.g. "/gateway". */
  path: string;
  resumeUrl(): string;
  now(): number;
  newSessionId(): string;
  /** READY data without session_id, resume_gateway_url and shard. */
  ready(shard: [number, number]): Record<string, unknown>;
  /** GUILD_CREATE data for every guild of a shard. */
  guildCreates(shard: [number, number]): Record<string, unknown>[];
  /** GUILD_MEMBERS_CHUNK data answering op 8, or null to ignore it. */
  membersChunk(request: Record<string, unknown>): Record<string, unknown> | null;
  emit<K extends keyof StandinEvents>(event: K, ...args: StandinEvents[K]): void;
  stats: StandinStats;
  log(line: string): void;
}

/** Which sessions to act on: all, one shard id, or one session. */
export interface SessionSelector {
  shard?: number;
  sessionId?: string;
}

const MAX_BUFFERED_EVENTS = 5000;

export class Gateway {
  readonly #wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  readonly #sessions = new Map<string, Session>();
  readonly #connections = new Set<Connection>();
  /** When false, heartbeats are not acknowledged (the client then treats the connection as a zombie). */
  heartbeatAcks = true;

  constructor(private readonly hooks: GatewayHooks) {}

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.replace(/\/$/, '') !== this.hooks.path) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    this.#wss.handleUpgrade(req, socket, head, (ws) => this.#onConnection(ws, url));
  }

  sessions(): GatewaySessionInfo[] {
    return [...this.#sessions.values()].map(info);
  }

  /** Sends an event to every live session of the guild's shard (null: DMs, shard 0). Returns how many got it. */
  dispatchGuild(guildId: string | null, t: string, d: unknown, requiredIntent?: number): number {
    const targets = this.#targets(guildId).filter(
      (s) => requiredIntent === undefined || (s.intents & requiredIntent) !== 0,
    );
    for (const session of targets) this.#dispatch(session, t, d);
    return targets.length;
  }

  /**
   * Sends an event to exactly one session of the guild's shard: a connected one if any (the newest),
   * else the newest resumable one (the event is buffered and replayed on RESUME).
   */
  dispatchOne(guildId: string | null, t: string, d: unknown): GatewaySessionInfo {
    const targets = this.#targets(guildId);
    const connected = targets.filter((s) => s.socket?.readyState === WebSocket.OPEN);
    const pool = connected.length > 0 ? connected : targets;
    const session = pool.sort((a, b) => b.identifiedAt - a.identifiedAt)[0];
    if (!session) {
      const shardText = guildId ? `guild ${guildId}` : 'DMs (shard 0)';
      throw new Error(`stand-in: no gateway session for ${shardText}; is the client logged in?`);
    }
    this.#dispatch(session, t, d);
    return info(session);
  }

  /** Closes connections (the sessions stay resumable unless the code is 1000/1001 handled by the client). */
  drop(selector: SessionSelector & { code?: number; terminate?: boolean } = {}): number {
    let count = 0;
    for (const session of this.#select(selector)) {
      const socket = session.socket;
      if (!socket) continue;
      session.socket = null;
      count++;
      this.hooks.log(
        `gateway: dropping shard ${session.shard.join('/')} (${selector.terminate ? 'terminate' : (selector.code ?? 4000)})`,
      );
      if (selector.terminate) socket.terminate();
      else socket.close(selector.code ?? 4000, 'stand-in dropped the connection');
    }
    return count;
  }

  /** Sends op 7 RECONNECT; the client closes and resumes. */
  requestReconnect(selector: SessionSelector = {}): number {
    let count = 0;
    for (const session of this.#select(selector)) {
      if (!session.socket) continue;
      send(session.socket, { op: 7, d: null, s: null, t: null });
      count++;
    }
    return count;
  }

  /** Sends op 9 INVALID_SESSION; when not resumable, the session is forgotten and the client re-identifies. */
  invalidateSession(selector: SessionSelector & { resumable?: boolean } = {}): number {
    let count = 0;
    for (const session of this.#select(selector)) {
      if (!selector.resumable) session.resumable = false;
      if (!session.socket) continue;
      send(session.socket, { op: 9, d: selector.resumable ?? false, s: null, t: null });
      count++;
    }
    return count;
  }

  async close(): Promise<void> {
    for (const connection of this.#connections) connection.socket.terminate();
    this.#connections.clear();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
  }

  #select(selector: SessionSelector): Session[] {
    return [...this.#sessions.values()].filter(
      (s) =>
        s.resumable &&
        (selector.shard === undefined || s.shard[0] === selector.shard) &&
        (selector.sessionId === undefined || s.id === selector.sessionId),
    );
  }

  #targets(guildId: string | null): Session[] {
    return [...this.#sessions.values()].filter(
      (s) => s.resumable && s.shard[0] === (guildId ? shardForGuild(guildId, s.shard[1]) : 0),
    );
  }

  #dispatch(session: Session, t: string, d: unknown): void {
    session.seq += 1;
    const packet: DispatchPacket = { op: 0, t, s: session.seq, d };
    session.events.push(packet);
    if (session.events.length > MAX_BUFFERED_EVENTS) session.events.shift();
    if (session.socket?.readyState === WebSocket.OPEN) send(session.socket, packet);
    this.hooks.stats.dispatches++;
    this.hooks.emit('dispatch', { sessionId: session.id, shard: session.shard, t, s: packet.s });
  }

  #onConnection(socket: WebSocket, url: URL): void {
    const connection: Connection = { socket, session: null };
    this.#connections.add(connection);
    this.hooks.stats.connections++;
    this.hooks.emit('connect', { remote: url.search });
    socket.on('message', (data: Buffer, isBinary: boolean) => this.#onMessage(connection, data, isBinary));
    socket.on('close', (code: number) => this.#onClose(connection, code));
    socket.on('error', (error) => this.hooks.log(`gateway: socket error ${error.message}`));
    if (url.searchParams.get('v') !== '10') {
      socket.close(4012, 'Invalid API version');
      return;
    }
    const encoding = url.searchParams.get('encoding');
    if (encoding && encoding !== 'json') {
      socket.close(4002, 'Decode error: only encoding=json is supported');
      return;
    }
    send(socket, { op: 10, d: { heartbeat_interval: this.hooks.heartbeatIntervalMs }, s: null, t: null });
  }

  #onClose(connection: Connection, code: number): void {
    this.#connections.delete(connection);
    this.hooks.stats.disconnects++;
    const session = connection.session;
    if (session && session.socket === connection.socket) {
      session.socket = null;
      // Closing with 1000/1001 ends the session on Discord; other codes leave it resumable.
      if (code === 1000 || code === 1001) session.resumable = false;
    }
    this.hooks.log(
      `gateway: connection closed (${code})${session ? ` shard ${session.shard.join('/')}` : ''}`,
    );
    this.hooks.emit('disconnect', { sessionId: session?.id ?? null, shard: session?.shard ?? null, code });
  }

  #onMessage(connection: Connection, data: Buffer, isBinary: boolean): void {
    const { socket } = connection;
    let payload: { op?: unknown; d?: unknown };
    try {
      if (isBinary) throw new Error('binary frames (etf/compression) are not supported');
      payload = JSON.parse(data.toString('utf8')) as { op?: unknown; d?: unknown };
    } catch {
      socket.close(4002, 'Decode error');
      return;
    }
    const d = (payload.d ?? {}) as Record<string, unknown>;
    switch (payload.op) {
      case 1:
        this.hooks.stats.heartbeats++;
        if (this.heartbeatAcks) send(socket, { op: 11, d: null, s: null, t: null });
        return;
      case 2:
        this.#identify(connection, d);
        return;
      case 6:
        this.#resume(connection, d);
        return;
      case 3:
      case 4:
      case 8:
      case 31:
        if (!connection.session) {
          socket.close(4003, 'Not authenticated');
          return;
        }
        this.hooks.emit('gatewayOp', { sessionId: connection.session.id, op: payload.op, d: payload.d });
        if (payload.op === 8) {
          const chunk = this.hooks.membersChunk(d);
          if (chunk) this.#dispatch(connection.session, 'GUILD_MEMBERS_CHUNK', chunk);
        }
        return;
      default:
        this.hooks.emit('gatewayOp', {
          sessionId: connection.session?.id ?? null,
          op: Number(payload.op),
          d: payload.d,
        });
        socket.close(4001, 'Unknown opcode');
    }
  }

  #identify(connection: Connection, d: Record<string, unknown>): void {
    const { socket } = connection;
    if (connection.session) {
      socket.close(4005, 'Already authenticated');
      return;
    }
    if (d.token !== this.hooks.token) {
      socket.close(4004, 'Authentication failed');
      return;
    }
    const rawShard = Array.isArray(d.shard) ? d.shard : [0, 1];
    const shard: [number, number] = [Number(rawShard[0]), Number(rawShard[1])];
    if (!(shard[1] >= 1) || !(shard[0] >= 0) || shard[0] >= shard[1]) {
      socket.close(4010, 'Invalid shard');
      return;
    }
    const session: Session = {
      id: this.hooks.newSessionId(),
      shard,
      intents: typeof d.intents === 'number' ? d.intents : 0,
      seq: 0,
      events: [],
      socket,
      resumable: true,
      identifiedAt: this.hooks.now(),
      resumes: 0,
    };
    connection.session = session;
    this.#sessions.set(session.id, session);
    this.hooks.stats.identifies++;
    this.hooks.log(`gateway: IDENTIFY shard ${shard.join('/')} -> session ${session.id}`);
    this.#dispatch(session, 'READY', {
      ...this.hooks.ready(shard),
      session_id: session.id,
      resume_gateway_url: this.hooks.resumeUrl(),
      shard,
    });
    for (const guild of this.hooks.guildCreates(shard)) this.#dispatch(session, 'GUILD_CREATE', guild);
    this.hooks.emit('identify', info(session));
  }

  #resume(connection: Connection, d: Record<string, unknown>): void {
    const { socket } = connection;
    if (d.token !== this.hooks.token) {
      socket.close(4004, 'Authentication failed');
      return;
    }
    const session = typeof d.session_id === 'string' ? this.#sessions.get(d.session_id) : undefined;
    if (connection.session && connection.session !== session) {
      socket.close(4005, 'Already authenticated');
      return;
    }
    if (!session || !session.resumable) {
      this.hooks.log(
        `gateway: RESUME of unknown or ended session ${String(d.session_id)} -> INVALID_SESSION`,
      );
      send(socket, { op: 9, d: false, s: null, t: null });
      return;
    }
    if (session.socket && session.socket !== socket) session.socket.terminate();
    session.socket = socket;
    connection.session = session;
    session.resumes++;
    this.hooks.stats.resumes++;
    const after = typeof d.seq === 'number' ? d.seq : 0;
    const missed = session.events.filter((e) => e.s > after);
    for (const packet of missed) send(socket, packet);
    this.hooks.log(
      `gateway: RESUME shard ${session.shard.join('/')} from seq ${after}, replayed ${missed.length}`,
    );
    this.#dispatch(session, 'RESUMED', {});
    this.hooks.emit('resume', { session: info(session), replayed: missed.length });
  }
}

function send(socket: WebSocket, payload: unknown): void {
  if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(payload));
}

function info(session: Session): GatewaySessionInfo {
  return {
    sessionId: session.id,
    shard: session.shard,
    intents: session.intents,
    seq: session.seq,
    connected: session.socket?.readyState === WebSocket.OPEN,
    resumable: session.resumable,
    identifiedAt: session.identifiedAt,
    resumes: session.resumes,
  };
}
