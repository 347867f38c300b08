/**
 * The hooks Pact's verifier proxy calls: the request filter, which re-signs every replayed
 * request and ledgers what an import may create, and the state handlers, looked up by a
 * state's name whatever pact is verified (the committed one or a broker's). The filter keeps
 * a copy of the provider's answer, so the one reading of an answer (answer.ts) decides
 * whether the import created something, exactly as in a run.
 */
import { classify, creation } from '../client/index.js';
import { parseJson } from '../client/send.js';
import { parsePactState } from './provider-states.js';
import { resign } from './resign.js';
import { isForeign, setUpState, StateRefused } from './state-setup.js';
/** Keeps a copy of what the provider answers through `res` (the proxy writes it there). */
function teeBody(res) {
    const chunks = [];
    const keep = (chunk) => {
        if (typeof chunk === 'string' || chunk instanceof Uint8Array)
            chunks.push(Buffer.from(chunk));
    };
    const { write, end } = res;
    if (write)
        res.write = (chunk, ...rest) => (keep(chunk), write.call(res, chunk, ...rest));
    if (end)
        res.end = (chunk, ...rest) => (keep(chunk), end.call(res, chunk, ...rest));
    return () => Buffer.concat(chunks).toString('utf8');
}
/** The provider's answer to an import as an exchange, for the one classification. */
function answerOf(res, text, params) {
    const base = {
        seq: 0,
        action: 'ImportKeyPair',
        params,
        request: { method: 'POST', url: '/', headers: {}, body: '' },
    };
    const timing = { startedAt: new Date().toISOString(), durationMs: 0, attempts: 1 };
    if (!res.writableFinished) {
        const error = {
            code: 'KPC_AMBIGUOUS_WRITE',
            message: 'the answer did not arrive whole',
            failure: 'reset',
        };
        return { ...base, ...timing, response: undefined, error };
    }
    const headers = { 'content-type': String(res.getHeader?.('content-type') ?? '') };
    return {
        ...base,
        ...timing,
        response: { status: res.statusCode, headers, text, body: parseJson(text) },
        error: undefined,
    };
}
/**
 * Filters one request: state-setup calls pass; API calls are re-signed, and an import is
 * ledgered before it leaves, or answered with 409 when its name belongs to someone else.
 * Resolves 'pass' when the request should go on to the provider.
 */
export async function filterRequest(req, res, signing, session, log) {
    if (req.path.startsWith('/_pact'))
        return 'pass';
    const r = resign(req, signing);
    const name = r.params['KeyPairName'];
    const region = r.params['RegionId'];
    if (r.action === 'ImportKeyPair' && name && region) {
        if (await isForeign(session, region, name)) {
            const msg = `key pair ${name} already exists in ${region} and was not created by this verification; kpc will not touch it`;
            log.refusals.push(msg);
            res.status(409).json({ Code: 'Kpc.Refused', Message: msg });
            return 'answered';
        }
        session.ledger.intent(region, name, 'interaction');
        const body = teeBody(res);
        res.on('close', () => session.ledger.outcome(region, name, creation(classify(answerOf(res, body(), r.params)))));
    }
    req.url = r.url;
    req.headers = r.headers;
    return 'pass';
}
/** filterRequest as Express middleware, for the Verifier's requestFilter. */
export function requestFilter(signing, session, log) {
    return (req, res, next) => void filterRequest(req, res, signing, session, log).then((r) => (r === 'pass' ? next() : undefined), next);
}
const KNOWN_STATE = /^(?:key pair .+ exists in \S+|\S+ holds \d+ key pairs|resource group \S+ exists)$/s;
/** State handlers by name: known sentences set their state up; '' is the no-state of stateless interactions. */
export function stateHandlers(env, log) {
    const handler = (name) => ({
        async setup(params) {
            try {
                const s = parsePactState(name, params);
                if (!s)
                    throw new Error(`unknown provider state "${name}"`);
                await setUpState(s, env);
            }
            catch (e) {
                (e instanceof StateRefused ? log.refusals : log.stateErrors).push(`${name}: ${e.message}`);
                throw e;
            }
            return undefined;
        },
        teardown: async () => undefined,
    });
    // A Proxy, because a broker's pacts name their states only at run time; anything else (toJSON…) is absent.
    return new Proxy({}, {
        get: (_t, p) => p === ''
            ? { setup: async () => undefined }
            : typeof p === 'string' && KNOWN_STATE.test(p)
                ? handler(p)
                : undefined,
    });
}
