import type { VarSource } from './bind.ts';
import type { Session } from './session.ts';
/** Counts the lookups a binding made, so a case reports every request it caused. */
export interface ProbeCounter {
    probes: number;
}
/** The source of fresh values for case `label` on `session`. */
export declare function freshSource(session: Session, label: string, counter?: ProbeCounter): VarSource;
