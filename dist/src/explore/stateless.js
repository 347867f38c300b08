import { DEFAULT_KEY_SPEC, generateKey, md5Fingerprint, parsePublicKeyBody } from '../keys/index.js';
import { makeName } from '../engine/index.js';
import { bodyTemplate, nameTemplate, tagsTemplate } from './arbitraries.js';
import { freshKey, materializeBody } from './bodies.js';
import { send, uniqueCore } from './context.js';
import { judgeImport } from './judge.js';
import { bodyVerdict, nameVerdict, tagsVerdict } from './model.js';
/**
 * Imports once and judges; an accepted key pair is deleted at once, so the region never
 * fills up and a short name (too short for the token) can be tried again while shrinking.
 */
async function importAndJudge(ctx, label, params, verdict, fingerprint) {
    const name = params.KeyPairName ?? '';
    const { exchange, answer } = await send(ctx, label, 'ImportKeyPair', params);
    let judgement = judgeImport(verdict, exchange, answer, { name, ...(fingerprint ? { fingerprint } : {}) });
    if (answer.kind === 'accepted') {
        const region = params.RegionId ?? ctx.session.places.region;
        await send(ctx, label, 'DeleteKeyPairs', { RegionId: region, KeyPairNames: JSON.stringify([name]) });
    }
    // A name too short for the token may belong to the account's owner: a clash says nothing.
    const clash = answer.kind === 'refused' && answer.code === 'KeyPair.AlreadyExist';
    if (judgement.kind === 'disagree' && clash && !name.includes(ctx.session.token))
        judgement = { kind: 'inconclusive', reason: `${name} already exists (not a name of this run)` };
    return { params, exchange, verdict, judgement };
}
/** The name from a template, with this run's token in it where the length allows. */
export function nameOf(ctx, t) {
    return makeName(t, uniqueCore(ctx), ctx.session.random);
}
/** Names: length bounds, first character, character set, URL prefix. */
export const NAME_PROPERTY = {
    name: 'name-rules',
    arbitrary: nameTemplate,
    async trial(ctx, t) {
        const name = nameOf(ctx, t);
        const key = await generateKey(DEFAULT_KEY_SPEC);
        return importAndJudge(ctx, 'explore/name-rules', { RegionId: ctx.session.places.region, KeyPairName: name, PublicKeyBody: key.publicKey }, nameVerdict(ctx.spec, name));
    },
};
/** Tag.N.Key / Tag.N.Value parameters for a list of tags. */
export function tagParams(tags) {
    return Object.fromEntries(tags.flatMap((t) => [
        [`Tag.${t.index}.Key`, t.key],
        [`Tag.${t.index}.Value`, t.value],
    ]));
}
/** Tags: index range, key and value lengths, prefixes and URLs. */
export const TAG_PROPERTY = {
    name: 'tag-rules',
    arbitrary: tagsTemplate,
    async trial(ctx, tags) {
        const key = await generateKey(DEFAULT_KEY_SPEC);
        const params = {
            RegionId: ctx.session.places.region,
            KeyPairName: `k${uniqueCore(ctx)}`,
            PublicKeyBody: key.publicKey,
            ...tagParams(tags),
        };
        return importAndJudge(ctx, 'explore/tag-rules', params, tagsVerdict(ctx.spec, tags));
    },
};
/** Bodies: format, key type, and the fingerprint of what is accepted. */
export const BODY_PROPERTY = {
    name: 'body-rules',
    arbitrary: bodyTemplate,
    async trial(ctx, t) {
        const key = await freshKey(t.kind);
        const body = materializeBody(t, key);
        const verdict = bodyVerdict(ctx.spec, body);
        const parsed = parsePublicKeyBody(body);
        const fingerprint = verdict.accept && parsed.ok ? md5Fingerprint(parsed.key.blob).colon : undefined;
        const trial = await importAndJudge(ctx, 'explore/body-rules', { RegionId: ctx.session.places.region, KeyPairName: `k${uniqueCore(ctx)}`, PublicKeyBody: body }, verdict, fingerprint);
        return { ...trial, keyKind: t.kind };
    },
};
