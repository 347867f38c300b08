/**
 * One request step of a case, sent and judged: the case's matchers against the answer, the
 * passive checks on every response, values saved for later steps, observations recorded.
 * An infrastructure answer (throttled, a server fault, no usable answer) marks the step: the
 * attempt it belongs to is not clean and is not judged.
 */
import type { LoadedCase } from '../cases/load.ts';
import type { Step } from '../cases/types.ts';
import { type Exchange } from '../client/index.ts';
import { type Bindings } from './bind.ts';
import { type ProbeCounter } from './fresh-source.ts';
import { type MatchContext } from './matchers.ts';
import type { StepRecord } from './result.ts';
import type { Answered, Session } from './session.ts';
/** What a step needs from the attempt it runs in. */
export interface AttemptContext {
    session: Session;
    case: LoadedCase;
    bindings: Bindings;
    match: MatchContext;
    counter: ProbeCounter;
}
/** A step's parameters with `${var}` templates filled in; `{ json: [...] }` becomes a JSON array. */
export declare function stepParams(step: Step, values: Readonly<Record<string, string>>): Record<string, string>;
/** A response as the report keeps it. */
export declare function responseSummary(ex: Exchange): StepRecord['response'];
/** The first infrastructure answer among `answered`, as a reason, or undefined. */
export declare function infrastructureOf(answered: readonly Answered[]): string | undefined;
/** Sends a request step (`times` calls at once when asked) and judges it. */
export declare function runRequestStep(step: Step, a: AttemptContext): Promise<StepRecord>;
