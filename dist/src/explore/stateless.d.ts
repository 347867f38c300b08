/**
 * The stateless properties: one import per generated input (a name, a set of tags, a
 * body), everything else valid, and the target must agree with the spec's predicates.
 */
import type fc from 'fast-check';
import type { Exchange } from '../client/index.ts';
import { type BodyTemplate, type TagTemplate } from './arbitraries.ts';
import { type ExploreContext } from './context.ts';
import { type Judgement } from './judge.ts';
import { type Verdict } from './model.ts';
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
/** The name from a template, with this run's token in it where the length allows. */
export declare function nameOf(ctx: ExploreContext, t: {
    prefix: string;
    suffix: string;
    length: number;
}): string;
/** Names: length bounds, first character, character set, URL prefix. */
export declare const NAME_PROPERTY: StatelessProperty<{
    prefix: string;
    suffix: string;
    length: number;
}>;
/** Tag.N.Key / Tag.N.Value parameters for a list of tags. */
export declare function tagParams(tags: readonly TagTemplate[]): Record<string, string>;
/** Tags: index range, key and value lengths, prefixes and URLs. */
export declare const TAG_PROPERTY: StatelessProperty<TagTemplate[]>;
/** Bodies: format, key type, and the fingerprint of what is accepted. */
export declare const BODY_PROPERTY: StatelessProperty<BodyTemplate>;
