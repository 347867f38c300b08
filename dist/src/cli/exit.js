/** Every exit code kpc uses. */
export const EXIT = {
    /** Conformant, verified, no drift, done. */
    ok: 0,
    /** Non-conformant, not verified, drift: findings. */
    findings: 1,
    /** A usage or configuration error, or a target that cannot be used: named in one line. */
    usage: 2,
    /** Inconclusive: too much could not be judged. */
    inconclusive: 3,
    /** An unexpected internal error: one line, and the file holding its trace. */
    internal: 4,
    /** Interrupted (Ctrl-C), after cleaning up. */
    interrupted: 130,
};
/** The exit code of a fault: every operational fault is the user's to fix (2); a bug of ours is 4. */
export function exitCodeOf(e) {
    return e.code === 'KPC_INTERNAL' ? EXIT.internal : EXIT.usage;
}
