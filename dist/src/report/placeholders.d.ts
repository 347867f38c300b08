/**
 * Numbered placeholders for volatile values (LocalStack's snapshot transformers): the
 * first request id a case saw becomes `<request-id:1>`, the second `<request-id:2>`, and a
 * value seen again gets its number again, so relations survive ("the fingerprint Describe
 * lists is the one Import returned") while the values themselves are forgotten.
 */
export declare class Placeholders {
    private readonly kinds;
    /** The placeholder of `value` in `kind`, numbering it on first sight. */
    get(kind: string, value: string): string;
    /** The placeholder `value` already has in `kind`, if any. */
    find(kind: string, value: string): string | undefined;
    /** Every value numbered in `kind`, in numbering order. */
    values(kind: string): string[];
}
