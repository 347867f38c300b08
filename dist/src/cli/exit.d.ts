/** The exit codes of `kpc`, written once; the README documents the same table. */
import type { KpcError } from '../errors.ts';
/** Every exit code kpc uses. */
export declare const EXIT: {
    /** Conformant, verified, no drift, done. */
    readonly ok: 0;
    /** Non-conformant, not verified, drift: findings. */
    readonly findings: 1;
    /** A usage or configuration error, or a target that cannot be used: named in one line. */
    readonly usage: 2;
    /** Inconclusive: too much could not be judged. */
    readonly inconclusive: 3;
    /** An unexpected internal error: one line, and the file holding its trace. */
    readonly internal: 4;
    /** Interrupted (Ctrl-C), after cleaning up. */
    readonly interrupted: 130;
};
/** The exit code of a fault: every operational fault is the user's to fix (2); a bug of ours is 4. */
export declare function exitCodeOf(e: KpcError): number;
