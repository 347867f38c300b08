/**
 * Numbered placeholders for volatile values (LocalStack's snapshot transformers): the
 * first request id a case saw becomes `<request-id:1>`, the second `<request-id:2>`, and a
 * value seen again gets its number again, so relations survive ("the fingerprint Describe
 * lists is the one Import returned") while the values themselves are forgotten.
 */
export class Placeholders {
    kinds = new Map();
    /** The placeholder of `value` in `kind`, numbering it on first sight. */
    get(kind, value) {
        let m = this.kinds.get(kind);
        if (!m)
            this.kinds.set(kind, (m = new Map()));
        let p = m.get(value);
        if (p === undefined)
            m.set(value, (p = `<${kind}:${m.size + 1}>`));
        return p;
    }
    /** The placeholder `value` already has in `kind`, if any. */
    find(kind, value) {
        return this.kinds.get(kind)?.get(value);
    }
    /** Every value numbered in `kind`, in numbering order. */
    values(kind) {
        return [...(this.kinds.get(kind)?.keys() ?? [])];
    }
}
