/**
 * The race: a shell that checks a name, then awaits (a slow write), then inserts without
 * checking again. No pure policy can express it, since the reference core is atomic by
 * construction; so the mutant drops the core's uniqueness check and wraps dispatch with
 * the racy one. Sequential duplicates are still refused: only concurrency reveals it.
 */
import { randomUUID } from 'node:crypto';
import { parseRpcRequest } from '../../src/sign/index.js';
import { FAITHFUL } from '../core/behaviour.js';
import { errorOut } from '../core/responses.js';
import { regionOf } from '../core/state.js';
import { defineMutant } from './define.js';
/** How long the "write" takes between check and insert. */
export const RACE_WINDOW_MS = 20;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function envOf(emulator, hostId) {
    return {
        now: new Date(),
        random: Math.random,
        requestId: randomUUID().toUpperCase(),
        hostId,
        spec: emulator.spec,
        auth: emulator.auth,
        behaviour: emulator.behaviour,
    };
}
/** Check in the shell, await, then let the (uniqueness-blind) core insert. */
function racyDispatch(inner, emulator) {
    return async (raw, meta = {}) => {
        const parsed = parseRpcRequest(raw);
        if (!parsed.ok || parsed.call.action !== 'ImportKeyPair')
            return inner(raw, meta);
        const { RegionId: region, KeyPairName: name } = parsed.call.params;
        if (region !== undefined &&
            name !== undefined &&
            regionOf(emulator.state(), region).keyPairs.some((k) => k.name === name)) {
            const env = envOf(emulator, meta.hostId ?? 'ecs.aliyuncs.com');
            return {
                kind: 'response',
                response: errorOut(env, 'ImportKeyPair', { code: 'KeyPair.AlreadyExist', name: 'KeyPairName' }),
            };
        }
        await sleep(RACE_WINDOW_MS);
        return inner(raw, meta);
    };
}
/** The check-then-insert race. */
export const RACE_MUTANT = defineMutant({
    name: 'race-check-then-insert',
    area: 'uniqueness',
    rules: ['IKP-NAME-UNIQUE'],
    description: `checks the name, waits ${RACE_WINDOW_MS} ms (a slow write), then inserts without checking again: concurrent imports of one name all succeed`,
    change: { importChecks: FAITHFUL.importChecks.filter((c) => c !== 'unique') },
    wrapDispatch: racyDispatch,
});
