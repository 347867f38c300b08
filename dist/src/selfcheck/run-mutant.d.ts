import { type Mutant } from '../../emulator/mutants/index.ts';
import type { LoadedCase } from '../cases/load.ts';
import { type KeyFactory } from '../engine/index.ts';
import type { MutantOutcome } from './types.ts';
/** The reference emulator under the name the self-check gives its control run. */
export declare const REFERENCE: Mutant;
/** The regions and resource group a self-check run uses (the embedded emulator's defaults). */
export declare const SELFCHECK_TARGET: {
    readonly region: 'cn-hangzhou';
    readonly secondRegion: 'cn-shanghai';
    readonly resourceGroup: 'rg-kpcselfcheck0001';
};
/** How a mutant is run. */
export interface MutantRunOptions {
    concurrency: number;
    /** Keys for the runs (a cache shared across mutants in one process). */
    keys?: KeyFactory;
    /** Exploration budget for explore-only and equivalent mutants; undefined skips exploration. */
    explore?: {
        runs: number;
        seed: number;
    };
}
/** Runs the suite (and exploration where it is due) against the mutant `name`. */
export declare function runMutant(name: string, cases: readonly LoadedCase[], o: MutantRunOptions): Promise<MutantOutcome>;
