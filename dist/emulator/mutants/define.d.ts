/** Building a mutant: FAITHFUL with one field overridden, frozen like FAITHFUL. */
import { type Behaviour } from '../core/behaviour.ts';
import type { Mutant } from './types.ts';
/** What a catalogue entry states; `change` holds the one Behaviour field it overrides. */
export type MutantSpec = Omit<Mutant, 'behaviour' | 'equivalent'> & {
    equivalent?: boolean;
    change: Partial<Behaviour>;
};
/** A mutant from its spec: `{ ...FAITHFUL, ...change }`. */
export declare function defineMutant(spec: MutantSpec): Mutant;
