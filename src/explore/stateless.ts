/**
 * The stateless properties: one import per generated input (a name, a set of tags, a
 * body), everything else valid, and the target must agree with the spec's predicates.
 */
import type fc from 'fast-check';
import type { Exchange } from '../client/index.ts';
import { DEFAULT_KEY_SPEC, generateKey, md5Fingerprint, parsePublicKeyBody } from '../keys/index.ts';
import { makeName } from '../engine/index.ts';
import { bodyTemplate, nameTemplate, tagsTemplate, type BodyTemplate, type TagTemplate } from './arbitraries.ts';
import { freshKey, materializeBody } from './bodies.ts';
import { send, uniqueCore, type ExploreContext } from './context.ts';
import { judgeImport, type Judgement } from './judge.ts';
import { bodyVerdict, nameVerdict, tagsVerdict, type Verdict } from './model.ts';

/** One input tried against the target. */
export interface Trial {
  params: Record<string, string>;
  exchange: Exchange;
  verdict: Verdict;
  judgement: Judgement;
  /** The generated key a valid body was made from (fingerprint expectations). */
  keyKind?: string;
}

/** A stateless property: what it generates and how one input is tried. */
export interface StatelessProperty<T> {
  name: 'name-rules' | 'tag-rules' | 'body-rules';
  arbitrary: fc.Arbitrary<T>;
  trial(ctx: ExploreContext, input: T): Promise<Trial>;
}

/**
 * Imports once and judges; an accepted key pair is deleted at once, so the region never
 * fills up and a short name (too short for the token) can be tried again while shrinking.
 */
async function importAndJudge(
  ctx: ExploreContext,
  label: string,
  params: Record<string, string>,
  verdict: Verdict,
  fingerprint?: string,
): Promise<Trial> {
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
export function nameOf(ctx: ExploreContext, t: { prefix: string; suffix: string; length: number }): string {
  return makeName(t, uniqueCore(ctx), ctx.session.random);
}

/** Names: length bounds, first character, character set, URL prefix. */
export const NAME_PROPERTY: StatelessProperty<{ prefix: string; suffix: string; length: number }> = {
  name: 'name-rules',
  arbitrary: nameTemplate,
  async trial(ctx, t) {
    const name = nameOf(ctx, t);
    const key = await generateKey(DEFAULT_KEY_SPEC);
    return importAndJudge(
      ctx,
      'explore/name-rules',
      { RegionId: ctx.session.places.region, KeyPairName: name, PublicKeyBody: key.publicKey },
      nameVerdict(ctx.spec, name),
    );
  },
};

/** Tag.N.Key / Tag.N.Value parameters for a list of tags. */
export function tagParams(tags: readonly TagTemplate[]): Record<string, string> {
  return Object.fromEntries(
    tags.flatMap((t) => [
      [`Tag.${t.index}.Key`, t.key],
      [`Tag.${t.index}.Value`, t.value],
    ]),
  );
}

/** Tags: index range, key and value lengths, prefixes and URLs. */
export const TAG_PROPERTY: StatelessProperty<TagTemplate[]> = {
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
export const BODY_PROPERTY: StatelessProperty<BodyTemplate> = {
  name: 'body-rules',
  arbitrary: bodyTemplate,
  async trial(ctx, t) {
    const key = await freshKey(t.kind);
    const body = materializeBody(t, key);
    const verdict = bodyVerdict(ctx.spec, body);
    const parsed = parsePublicKeyBody(body);
    const fingerprint = verdict.accept && parsed.ok ? md5Fingerprint(parsed.key.blob).colon : undefined;
    const trial = await importAndJudge(
      ctx,
      'explore/body-rules',
      { RegionId: ctx.session.places.region, KeyPairName: `k${uniqueCore(ctx)}`, PublicKeyBody: body },
      verdict,
      fingerprint,
    );
    return { ...trial, keyKind: t.kind };
  },
};
