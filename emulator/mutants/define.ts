/** Building a mutant: FAITHFUL with one field overridden, frozen like FAITHFUL. */
import { FAITHFUL, type Behaviour } from '../core/behaviour.ts';
import type { Mutant } from './types.ts';

/** What a catalogue entry states; `change` holds the one Behaviour field it overrides. */
export type MutantSpec = Omit<Mutant, 'behaviour' | 'equivalent'> & {
  equivalent?: boolean;
  change: Partial<Behaviour>;
};

/** A mutant from its spec: `{ ...FAITHFUL, ...change }`. */
export function defineMutant(spec: MutantSpec): Mutant {
  const { change, equivalent = false, ...rest } = spec;
  return Object.freeze({ ...rest, equivalent, behaviour: Object.freeze({ ...FAITHFUL, ...change }) });
}
