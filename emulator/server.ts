/**
 * The thin node:http shell around createEmulator(): reads bodies (bounded), turns
 * unparseable HTTP into API errors, destroys sockets for injected resets, and writes
 * whatever the emulator answers. No API logic lives here, and nothing is printed: what
 * goes wrong inside goes to the `onError` option.
 */
import { STATUS_CODES, createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { createEmulator, type Emulator, type EmulatorOptions } from './app.ts';
import { errorOut } from './core/responses.ts';
import type { CoreResponse, EmulatorState, RawHttpRequest } from './core/types.ts';

/** Options of startEmulator: the emulator's, plus where to listen. */
export interface StartOptions extends EmulatorOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0 (any free port). */
  port?: number;
  /** Larger request bodies get 413 (default 1 MiB). */
  maxBodyBytes?: number;
}

/** A listening emulator. */
export interface RunningEmulator {
  /** `http://HOST:PORT` */
  url: string;
  host: string;
  port: number;
  emulator: Emulator;
  state(): EmulatorState;
  /** Stops listening, drops connections, waits for pending state writes. */
  close(): Promise<void>;
}

/** Default request body limit. */
export const MAX_BODY_BYTES = 1024 * 1024;

const NO_BODY = new Uint8Array(0);

/** A request the shell answers itself: the parts it knows of it (none for one it could not parse). */
type ShellRequest = Pick<RawHttpRequest, 'method' | 'url' | 'headers'>;
const UNPARSED: ShellRequest = { method: 'GET', url: '/', headers: {} };

/** An error from a spec row (InvalidParameter unless named) for a problem the HTTP layer found. */
function shellError(
  emulator: Emulator,
  raw: ShellRequest,
  hostId: string,
  status: number,
  message?: string,
  code = 'InvalidParameter',
): CoreResponse {
  const env = emulator.envFor({ ...raw, body: NO_BODY }, { hostId });
  return { ...errorOut(env, undefined, message === undefined ? { code } : { code, message }), status };
}

/**
 * Reads the body; past `max` bytes it keeps draining (so the client can read the 413) but
 * stores nothing. Plain events, not `for await`: the async iterator costs several promises
 * a request, for bodies that are nearly always empty. Rejects when the request is cut off.
 */
function readBody(req: IncomingMessage, max: number): Promise<Uint8Array | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) chunks.push(chunk);
      else if (size > max * 64) req.destroy(); // a client that never stops sending is cut off
    });
    let ended = false;
    req.once('end', () => {
      ended = true;
      if (size > max) resolve('too-large');
      else resolve(chunks.length === 0 ? NO_BODY : chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
    });
    req.once('error', reject);
    // 'close' follows every request; an Error (and its stack trace) only for one cut off.
    req.once('close', () => ended || reject(new Error('the request was closed before its end')));
  });
}

/**
 * The request's headers by lower-case name, one value a name; node's headersDistinct (every
 * value of every name, in arrays) when a name came twice, since a repeated name must stay
 * visible (a second Authorization is refused) and node's own object folds it. Read from
 * rawHeaders: node's `headers` getter makes two more strings for every header it does not
 * know (every x-acs-* one) before it stores it.
 */
function headersOf(req: IncomingMessage): RawHttpRequest['headers'] {
  const raw = req.rawHeaders;
  const headers: Record<string, string> = {};
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase();
    // `__proto__` is no name to store (node's objects drop it): the distinct form, as for a repeat.
    if (Object.hasOwn(headers, name) || name === '__proto__') return req.headersDistinct;
    headers[name] = raw[i + 1]!;
  }
  return headers;
}

/**
 * The body, once the current packet is parsed: a request that arrived whole without one
 * (nearly all) has no stream to read. Call it a microtask after the request came (the
 * parser finishes the packet it is in before the next microtask, so by then a request whose
 * headers and empty body came together is complete, with nothing buffered).
 */
function requestBody(req: IncomingMessage, max: number): Uint8Array | Promise<Uint8Array | 'too-large'> {
  return req.complete && req.readableLength === 0 ? NO_BODY : readBody(req, max);
}

function send(res: ServerResponse, r: CoreResponse): void {
  res.writeHead(r.status, { ...r.headers, 'content-length': Buffer.byteLength(r.body) });
  res.end(r.body);
}

/** The request handler: reads the body, dispatches, writes the answer (or resets the socket). */
function requestHandler(emulator: Emulator, options: StartOptions, hostName: string) {
  const max = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const onError = options.onError ?? (() => undefined);
  return async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const headers = headersOf(req);
    const host = headers['host'];
    const hostId = (Array.isArray(host) ? host[0] : host) ?? hostName;
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    try {
      // One microtask, then the body (see requestBody): awaited here, not in a function of its
      // own, and only when there is one to read.
      await undefined;
      const read = requestBody(req, max);
      const body = read instanceof Promise ? await read : read;
      if (body === 'too-large')
        return send(
          res,
          shellError(emulator, { method, url, headers }, hostId, 413, `The request body exceeds ${max} bytes.`),
        );
      const reply = await emulator.dispatch(
        { method, url, headers, body },
        { remoteAddress: req.socket.remoteAddress, hostId },
      );
      if (reply.kind === 'reset') return void req.socket.destroy();
      send(res, reply.response);
    } catch (e) {
      if (req.destroyed || res.headersSent) return void res.destroy();
      send(res, shellError(emulator, { method, url, headers }, hostId, 500, undefined, 'InternalError'));
      onError(`unexpected error: ${(e as Error).stack ?? String(e)}`);
    }
  };
}

/** Answers a request node:http could not parse, and closes the connection. */
function answerUnparsed(emulator: Emulator, hostName: string, err: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable || err.code === 'ECONNRESET') return void socket.destroy();
  const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const message = `The HTTP request could not be parsed (${err.code ?? 'malformed'}).`;
  const r = shellError(emulator, UNPARSED, hostName, status, message);
  const head = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
    `content-type: ${r.headers['content-type']}`,
    `content-length: ${Buffer.byteLength(r.body)}`,
    'connection: close',
  ];
  socket.end(`${head.join('\r\n')}\r\n\r\n${r.body}`);
}

/** Starts the emulator on host:port; resolves once it is listening. */
export async function startEmulator(options: StartOptions = {}): Promise<RunningEmulator> {
  const emulator = createEmulator(options);
  const hostName = options.host ?? '127.0.0.1';
  const serve = requestHandler(emulator, options, hostName);
  const server = createServer((req, res) => void serve(req, res));
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) =>
    answerUnparsed(emulator, hostName, err, socket),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // A deep backlog: hundreds of clients may connect at once (the quota race test does).
    server.listen({ host: hostName, port: options.port ?? 0, backlog: 2048 }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const urlHost = hostName.includes(':') ? `[${hostName}]` : hostName;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${port}`,
    host: hostName,
    port,
    emulator,
    state: () => emulator.state(),
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(() => emulator.idle());
      return closing;
    },
  };
}
