/**
 * A mutant: the reference emulator with exactly one deviation. The suite's worth is the
 * share of (non-equivalent) mutants it catches; an equivalent mutant changes only what
 * the document leaves open, so a suite that flags it asserts more than the document says.
 */
import type { Emulator } from '../app.ts';
import type { Behaviour } from '../core/behaviour.ts';

/** The area of the document a mutant deviates in (for listings and the kill matrix). */
export type MutantArea =
  | 'name'
  | 'body'
  | 'tags'
  | 'errors'
  | 'region'
  | 'resource-group'
  | 'uniqueness'
  | 'quota'
  | 'fingerprint'
  | 'persistence'
  | 'response'
  | 'format'
  | 'describe-delete';

/** One single-deviation variant of the reference emulator. */
export interface Mutant {
  /** Stable kebab-case name (`kpc emulator --mutant NAME`). */
  name: string;
  area: MutantArea;
  description: string;
  /** The rule ids the deviation breaks; for an equivalent mutant, the open question it touches. */
  rules: readonly string[];
  /** True when the deviation is allowed by the document: the suite must NOT flag it. */
  equivalent: boolean;
  /** Why an equivalent mutant is equivalent. */
  why?: string;
  /**
   * Caught by exploration only: the fixed cases are known to miss it, so it is outside the
   * suite's kill requirement, and exploration's default budget must catch it.
   */
  exploreOnly?: boolean;
  /** FAITHFUL with one field overridden. */
  behaviour: Behaviour;
  /** For deviations no pure policy can express (a race in the shell): wraps the emulator's dispatch. */
  wrapDispatch?: (inner: Emulator['dispatch'], emulator: Emulator) => Emulator['dispatch'];
}
