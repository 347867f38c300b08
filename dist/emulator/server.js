/**
 * The thin node:http shell around createEmulator(): reads bodies (bounded), turns
 * unparseable HTTP into JSON errors, destroys sockets for injected resets, and writes
 * whatever the emulator answers. No API logic lives here.
 */
import { randomUUID } from 'node:crypto';
import { STATUS_CODES, createServer } from 'node:http';
import { createEmulator } from './app.js';
import { errorOut } from './core/responses.js';
/** Default request body limit. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** An error from a spec row (InvalidParameter unless named) for a problem the HTTP layer found. */
function shellError(emulator, status, hostId, message, code = 'InvalidParameter') {
    const env = {
        now: new Date(),
        random: Math.random,
        requestId: randomUUID().toUpperCase(),
        hostId,
        spec: emulator.spec,
        auth: emulator.auth,
        behaviour: emulator.behaviour,
    };
    return { ...errorOut(env, undefined, message === undefined ? { code } : { code, message }), status };
}
/** Reads the body; past `max` bytes it keeps draining (so the client can read the 413) but stores nothing. */
async function readBody(req, max) {
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
        size += chunk.length;
        if (size <= max)
            chunks.push(chunk);
        else if (size > max * 64)
            req.destroy(); // a client that never stops sending is cut off
    }
    return size > max ? 'too-large' : Buffer.concat(chunks);
}
function send(res, r) {
    res.writeHead(r.status, { ...r.headers, 'content-length': Buffer.byteLength(r.body) });
    res.end(r.body);
}
/** Starts the emulator on host:port; resolves once it is listening. */
export async function startEmulator(options = {}) {
    const emulator = createEmulator(options);
    const max = options.maxBodyBytes ?? MAX_BODY_BYTES;
    const hostName = options.host ?? '127.0.0.1';
    async function serve(req, res) {
        const hostId = req.headers.host ?? hostName;
        try {
            const body = await readBody(req, max);
            if (body === 'too-large')
                return send(res, shellError(emulator, 413, hostId, `The request body exceeds ${max} bytes.`));
            const raw = { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headersDistinct, body };
            const reply = await emulator.dispatch(raw, { remoteAddress: req.socket.remoteAddress, hostId });
            if (reply.kind === 'reset')
                return void req.socket.destroy();
            send(res, reply.response);
        }
        catch (e) {
            if (req.destroyed || res.headersSent)
                return void res.destroy();
            send(res, shellError(emulator, 500, hostId, undefined, 'InternalError'));
            process.stderr.write(`kpc emulator: unexpected error: ${e.stack ?? String(e)}\n`);
        }
    }
    const server = createServer((req, res) => void serve(req, res));
    server.on('clientError', (err, socket) => {
        if (!socket.writable || err.code === 'ECONNRESET')
            return void socket.destroy();
        const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
        const r = shellError(emulator, status, hostName, `The HTTP request could not be parsed (${err.code ?? 'malformed'}).`);
        socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: ${r.headers['content-type']}\r\ncontent-length: ${Buffer.byteLength(r.body)}\r\nconnection: close\r\n\r\n${r.body}`);
    });
    await new Promise((resolve, reject) => {
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
    let closing;
    return {
        url: `http://${urlHost}:${port}`,
        host: hostName,
        port,
        emulator,
        state: () => emulator.state(),
        close() {
            closing ??= new Promise((resolve) => {
                server.close(() => resolve());
                server.closeAllConnections();
            }).then(() => emulator.idle());
            return closing;
        },
    };
}
