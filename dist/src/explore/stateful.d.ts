/**
 * The stateful property: random sequences of ImportKeyPair, DescribeKeyPairs and
 * DeleteKeyPairs over a few names in one or two regions, checked against a model with
 * fast-check's model-based testing. The model: a name is held by a region after an
 * accepted import, until it is deleted; an import of a held name fails with
 * KeyPair.AlreadyExist; a listing of the sequence's names shows exactly the held ones.
 */
import fc from 'fast-check';
import { type ExploreContext } from './context.ts';
/** Names a sequence works with; few, so that duplicates and re-imports happen. */
export declare const POOL_SIZE = 3;
/** One step of a sequence as it ran, with what the model expected (a found case is built from it). */
export type TraceStep = {
    op: 'import';
    region: number;
    name: number;
    expect: 'created' | 'exists';
    rule: string;
} | {
    op: 'describe';
    region: number;
    held: number[];
    rule: string;
} | {
    op: 'delete';
    region: number;
    names: number[];
    rule: string;
};
/** Where the target left the model. */
export interface Divergence {
    step: number;
    rule: string;
    expected: string;
    actual: string;
    request: {
        action: string;
        params: Record<string, string>;
    };
    response: {
        status: number | undefined;
        body: unknown;
    };
}
/** The model: which pool names each region holds, and which were deleted. */
interface Model {
    held: Array<Set<number>>;
    deleted: Array<Set<number>>;
}
/** The system under test as a sequence sees it. */
interface Real {
    ctx: ExploreContext;
    /** Name prefix of this sequence; the listing pattern is `${prefix}${token}*`. */
    prefix: string;
    names: string[];
    regions: string[];
    trace: TraceStep[];
    /** Names the target said it holds (deleted at the end of the sequence). */
    live: Array<Set<number>>;
    divergence?: Divergence;
    /** A 5xx or transport failure: the rest of the sequence cannot be judged. */
    tainted: boolean;
}
/** The command arbitrary over `regions` regions. */
export declare function commandsArbitrary(regions: number, maxCommands?: number): fc.Arbitrary<Iterable<fc.AsyncCommand<Model, Real>>>;
/** How one sequence ended. */
export interface SequenceOutcome {
    trace: TraceStep[];
    prefix: string;
    divergence?: Divergence;
    tainted: boolean;
}
/** Runs one command sequence against the target, then deletes what it left. */
export declare function runSequence(ctx: ExploreContext, cmds: Iterable<fc.AsyncCommand<Model, Real>>, prefix: string): Promise<SequenceOutcome>;
export {};
