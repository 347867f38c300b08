/**
 * The emulator as an in-process application: owns the state, routes control requests,
 * applies shell-level faults (latency, connection reset), runs the pure core and
 * persists. No sockets here, so tests and `kpc run` can call dispatch() directly.
 */
import { randomUUID } from 'node:crypto';
import { splitUrl } from '../src/sign/raw-request.js';
import { defaultSpec } from '../src/spec/load.js';
import { FAITHFUL } from './core/behaviour.js';
import { mulberry32 } from './core/faults.js';
import { handle } from './core/handle.js';
import { errorOut } from './core/responses.js';
import { emptyState } from './core/state.js';
import { CONTROL_PREFIX, handleControl } from './control.js';
import { createStateWriter, loadStateFile, serializeState } from './persistence.js';
/** True for loopback peers (and in-process calls). */
export function isLoopback(address) {
    if (address === undefined)
        return true;
    return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Builds an emulator; throws KPC_STATE_FILE when the state file is corrupt. */
export function createEmulator(options = {}) {
    const spec = options.spec ?? defaultSpec();
    const behaviour = options.behaviour ?? FAITHFUL;
    const resourceGroups = options.resourceGroups ?? [];
    const accessKeys = { ...(options.accessKeys ?? {}) };
    const auth = { required: Object.keys(accessKeys).length > 0, accessKeys };
    const now = options.now ?? (() => new Date());
    const f = options.faults ?? {};
    const faulty = (f.throttle ?? 0) > 0 || (f.error5xx ?? 0) > 0 || (f.reset ?? 0) > 0;
    const faultSeed = faulty ? (f.seed ?? Math.floor(Math.random() * 2 ** 32)) : undefined;
    const random = mulberry32(faultSeed ?? 0);
    const rates = { throttle: f.throttle ?? 0, error5xx: f.error5xx ?? 0 };
    const writer = options.stateFile === undefined ? undefined : createStateWriter(options.stateFile);
    let current = options.stateFile !== undefined
        ? loadStateFile(options.stateFile, resourceGroups)
        : (options.initialState ?? emptyState(resourceGroups));
    function envFor(raw, meta) {
        const host = raw.headers['host'];
        const hostId = meta.hostId ?? (Array.isArray(host) ? host[0] : host) ?? 'ecs.aliyuncs.com';
        return { now: now(), random, requestId: randomUUID().toUpperCase(), hostId, spec, auth, behaviour, faults: rates };
    }
    async function persist() {
        if (writer !== undefined)
            await writer.save(serializeState(current));
    }
    const control = {
        state: () => current,
        async commit(next) {
            current = next;
            await persist();
        },
        spec,
        behaviour,
        resourceGroups,
        now,
    };
    async function dispatch(raw, meta = {}) {
        if (splitUrl(raw.url).path.startsWith(CONTROL_PREFIX)) {
            if (!isLoopback(meta.remoteAddress)) {
                return {
                    kind: 'response',
                    response: {
                        status: 403,
                        headers: { 'content-type': 'application/json;charset=utf-8' },
                        body: '{"error":"control endpoints answer loopback clients only"}',
                    },
                };
            }
            return { kind: 'response', response: await handleControl(control, raw) };
        }
        // Faults are drawn before anything changes, so a faulted request has no effect.
        if ((f.reset ?? 0) > 0 && random() < (f.reset ?? 0))
            return { kind: 'reset' };
        if ((f.latencyMs ?? 0) > 0)
            await sleep(f.latencyMs ?? 0);
        const env = envFor(raw, meta);
        // From here to the assignment nothing awaits: Node runs one task at a time, so no other
        // request's transition can interleave. That is what makes an import atomic (a name
        // checked unique and then stored, the quota checked and then used).
        const before = current;
        const out = handle(before, raw, env);
        current = out.state;
        if (out.state.regions !== before.regions || out.state.resourceGroups !== before.resourceGroups) {
            try {
                await persist(); // the response waits until the change is on disk
            }
            catch (e) {
                process.stderr.write(`kpc emulator: ${e.message}\n`);
                return { kind: 'response', response: errorOut(env, undefined, { code: 'InternalError' }) };
            }
        }
        return { kind: 'response', response: out.response };
    }
    return {
        dispatch,
        state: () => current,
        idle: () => writer?.idle() ?? Promise.resolve(),
        auth,
        faultSeed,
        spec,
        behaviour,
    };
}
