import type { GeneratedKey } from '../keys/index.ts';
import type { Matcher } from '../cases/types.ts';
/**
 * Tagged matchers evaluated by one switch. A matcher never throws: it returns the
 * mismatches it found, each with the path, what was expected, what was seen, and the
 * rule the expectation traces to.
 */
/** One difference between what a case expected and what the target answered. */
export interface Mismatch {
    path: string;
    expected: string;
    actual: unknown;
    rule: string | undefined;
}
/** What matchers may refer to: bound values (already interpolated) and generated keys. */
export interface MatchContext {
    keys: Record<string, GeneratedKey>;
    interpolate: (s: string) => string;
    /** Told the rule of every expectation evaluated (undefined: the case's own rules), passed or not. */
    asserted?: (rule: string | undefined) => void;
}
/** Evaluates `m` against `actual` at `path`; `rule` is the inherited rule id. */
export declare function evaluate(m: Matcher, actual: unknown, path: string, ctx: MatchContext, rule?: string): Mismatch[];
