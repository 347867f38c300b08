/**
 * The stateful property: random sequences of ImportKeyPair, DescribeKeyPairs and
 * DeleteKeyPairs over a few names in one or two regions, checked against a model with
 * fast-check's model-based testing. The model: a name is held by a region after an
 * accepted import, until it is deleted; an import of a held name fails with
 * KeyPair.AlreadyExist; a listing of the sequence's names shows exactly the held ones.
 */
import fc from 'fast-check';
import { DEFAULT_KEY_SPEC, generateKey } from '../keys/index.js';
import { describeAnswer, isInfrastructure } from '../client/index.js';
import { makeName } from '../engine/index.js';
import { send, uniqueCore } from './context.js';
/** Names a sequence works with; few, so that duplicates and re-imports happen. */
export const POOL_SIZE = 3;
/** Thrown by a command when the target leaves the model; fast-check shrinks the sequence. */
class ModelMismatch extends Error {
}
function diverge(r, d) {
    r.divergence = { ...d, step: r.trace.length - 1 };
    throw new ModelMismatch(`${d.rule}: expected ${d.expected}, got ${d.actual}`);
}
class ImportCommand {
    name;
    region;
    constructor(name, region) {
        this.name = name;
        this.region = region;
    }
    check = () => true;
    async run(m, r) {
        if (r.tainted)
            return;
        const exists = m.held[this.region].has(this.name);
        const otherRegion = m.held.some((h, i) => i !== this.region && h.has(this.name));
        const rule = exists
            ? 'IKP-NAME-UNIQUE'
            : m.deleted[this.region].has(this.name)
                ? 'IKP-DELETE-FREES-QUOTA'
                : otherRegion
                    ? 'IKP-NAME-UNIQUE-PER-REGION'
                    : 'IKP-NAME-UNIQUE';
        r.trace.push({ op: 'import', region: this.region, name: this.name, expect: exists ? 'exists' : 'created', rule });
        const key = await generateKey(DEFAULT_KEY_SPEC);
        const params = {
            RegionId: r.regions[this.region],
            KeyPairName: r.names[this.name],
            PublicKeyBody: key.publicKey,
        };
        const { exchange: ex, answer } = await send(r.ctx, 'explore/import-describe-delete', 'ImportKeyPair', params);
        if (isInfrastructure(answer))
            return void (r.tainted = true);
        if (answer.kind === 'accepted')
            r.live[this.region].add(this.name);
        const duplicate = answer.kind === 'refused' && answer.status === 400 && answer.code === 'KeyPair.AlreadyExist';
        const ok = exists ? duplicate : answer.kind === 'accepted';
        if (!ok)
            diverge(r, {
                rule,
                expected: exists ? '400 KeyPair.AlreadyExist (the name is held)' : '200 (the name is free)',
                actual: describeAnswer(answer),
                request: { action: 'ImportKeyPair', params: { ...params, PublicKeyBody: '(a fresh ecdsa-nistp256 key)' } },
                response: { status: ex.response?.status, body: ex.response?.body },
            });
        m.held[this.region].add(this.name);
        m.deleted[this.region].delete(this.name);
    }
    toString = () => `import(n${this.name}, r${this.region})`;
}
class DescribeCommand {
    region;
    constructor(region) {
        this.region = region;
    }
    check = () => true;
    async run(m, r) {
        if (r.tainted)
            return;
        const held = [...m.held[this.region]].sort();
        const wasDeleted = [...m.deleted[this.region]];
        const rule = wasDeleted.length > 0 ? 'IKP-DELETE-FREES-QUOTA' : 'IKP-PERSISTED';
        r.trace.push({ op: 'describe', region: this.region, held, rule });
        const params = {
            RegionId: r.regions[this.region],
            KeyPairName: `${r.prefix}${r.ctx.session.token}*`,
            PageSize: '50',
        };
        const { exchange: ex, answer } = await send(r.ctx, 'explore/import-describe-delete', 'DescribeKeyPairs', params);
        if (isInfrastructure(answer))
            return void (r.tainted = true);
        const body = ex.response?.body;
        const listed = (body?.KeyPairs?.KeyPair ?? []).map((k) => String(k.KeyPairName)).sort();
        const want = held.map((i) => r.names[i]).sort();
        if (answer.kind !== 'accepted' ||
            body?.TotalCount !== want.length ||
            JSON.stringify(listed) !== JSON.stringify(want)) {
            diverge(r, {
                rule,
                expected: `200 listing exactly [${want.join(', ')}]`,
                actual: `${describeAnswer(answer)} TotalCount ${String(body?.TotalCount)} listing [${listed.join(', ')}]`,
                request: { action: 'DescribeKeyPairs', params },
                response: { status: ex.response?.status, body },
            });
        }
    }
    toString = () => `describe(r${this.region})`;
}
class DeleteCommand {
    picks;
    region;
    constructor(picks, region) {
        this.picks = picks;
        this.region = region;
    }
    // Only held names are deleted: how a target answers for names it does not hold is left open.
    check = (m) => this.picks.some((n) => m.held[this.region].has(n));
    async run(m, r) {
        if (r.tainted)
            return;
        const names = this.picks.filter((n) => m.held[this.region].has(n));
        r.trace.push({ op: 'delete', region: this.region, names, rule: 'IKP-DELETE-FREES-QUOTA' });
        const params = { RegionId: r.regions[this.region], KeyPairNames: JSON.stringify(names.map((n) => r.names[n])) };
        const { exchange: ex, answer } = await send(r.ctx, 'explore/import-describe-delete', 'DeleteKeyPairs', params);
        if (isInfrastructure(answer))
            return void (r.tainted = true);
        if (answer.kind !== 'accepted')
            diverge(r, {
                rule: 'IKP-DELETE-FREES-QUOTA',
                expected: '200',
                actual: describeAnswer(answer),
                request: { action: 'DeleteKeyPairs', params },
                response: { status: ex.response?.status, body: ex.response?.body },
            });
        for (const n of names) {
            m.held[this.region].delete(n);
            m.deleted[this.region].add(n);
            r.live[this.region].delete(n);
        }
    }
    toString = () => `delete([${this.picks.map((n) => `n${n}`).join(', ')}], r${this.region})`;
}
/** The command arbitrary over `regions` regions. */
export function commandsArbitrary(regions, maxCommands = 10) {
    const name = fc.integer({ min: 0, max: POOL_SIZE - 1 });
    const region = fc.integer({ min: 0, max: regions - 1 });
    return fc.commands([
        fc.tuple(name, region).map(([n, g]) => new ImportCommand(n, g)),
        region.map((g) => new DescribeCommand(g)),
        fc
            .tuple(fc.uniqueArray(name, { minLength: 1, maxLength: POOL_SIZE }), region)
            .map(([ns, g]) => new DeleteCommand(ns, g)),
    ], { maxCommands });
}
/** Runs one command sequence against the target, then deletes what it left. */
export async function runSequence(ctx, cmds, prefix) {
    const { region, secondRegion } = ctx.session.places;
    const regions = secondRegion === undefined ? [region] : [region, secondRegion];
    const real = {
        ctx,
        prefix,
        regions,
        trace: [],
        tainted: false,
        names: Array.from({ length: POOL_SIZE }, () => makeName({ prefix }, uniqueCore(ctx), ctx.session.random)),
        live: regions.map(() => new Set()),
    };
    const model = { held: regions.map(() => new Set()), deleted: regions.map(() => new Set()) };
    try {
        await fc.asyncModelRun(() => ({ model, real }), cmds);
    }
    catch (e) {
        if (!(e instanceof ModelMismatch))
            throw e;
    }
    finally {
        for (const [i, live] of real.live.entries()) {
            if (live.size > 0)
                await send(ctx, 'explore/import-describe-delete', 'DeleteKeyPairs', {
                    RegionId: regions[i],
                    KeyPairNames: JSON.stringify([...live].map((n) => real.names[n])),
                });
        }
    }
    return {
        trace: real.trace,
        prefix,
        tainted: real.tainted,
        ...(real.divergence ? { divergence: real.divergence } : {}),
    };
}
