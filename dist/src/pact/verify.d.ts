import { type Credentials, type Target } from '../client/index.ts';
import type { BrokerSource } from './broker.ts';
import { type ProviderState } from './provider-states.ts';
import { type VerificationOutcome } from './results.ts';
/** How to verify. */
export interface VerifyOptions {
    /** The provider's origin. */
    target: string;
    /** The target's region: the contract's region (cn-hangzhou) stands for it. */
    region: string;
    /** Pact file or URL (default: the committed pact); ignored with a broker source. */
    pact?: string;
    /** An existing resource group the contract's stands for (required off the emulator when the pact needs one). */
    resourceGroup?: string;
    /** Allows filling a region to 500 key pairs (default: on for a loopback target, as kpc run). */
    quotaTest?: boolean;
    /** Where ledger.jsonl goes (for `kpc sweep` after a crash). */
    reportDir: string;
    logLevel?: 'error' | 'warn' | 'info' | 'debug' | 'trace';
    /** Fetch the pacts from a broker and publish the results there. */
    broker?: BrokerSource;
    credentials?: Credentials;
}
/** What a verification did. */
export interface VerifyReport {
    outcome: VerificationOutcome;
    /** Requests and states kpc refused because a key pair it did not create was in the way. */
    refusals: string[];
    /** States that could not be set up. */
    stateErrors: string[];
    cleanup: {
        deleted: number;
        leaked: Array<{
            region: string;
            name: string;
        }>;
        errors: string[];
    };
    ledgerPath: string;
    emulator: boolean;
}
/** The emulator's origin when `target` is the reference emulator (loopback and /__kpc/health answers). */
export declare function probeEmulator(target: Target): Promise<string | undefined>;
/** The states of a pact file; an unknown state is a configuration fault naming it. */
export declare function statesOf(file: string): ProviderState[];
/** Runs the verification; resolves with the report whether it passed or not. */
export declare function verifyPact(o: VerifyOptions): Promise<VerifyReport>;
