/** One interaction as a pact file holds it (only the fields kpc reads are typed). */
export interface PactInteraction {
    description: string;
    providerStates?: Array<{
        name: string;
        params?: Record<string, unknown>;
    }>;
    request: {
        method: string;
        path: string;
        query?: Record<string, string[]>;
        headers?: Record<string, string[]>;
    };
    response: {
        status: number;
        body?: unknown;
    };
    [field: string]: unknown;
}
/** A pact file. */
export interface PactDocument {
    consumer: {
        name: string;
    };
    provider: {
        name: string;
    };
    interactions: PactInteraction[];
    metadata?: Record<string, unknown>;
}
/** Reads and minimally validates a pact file; a broken one is a configuration fault naming the file. */
export declare function readPact(file: string): PactDocument;
/** The document with its interactions in `order` (by description); unknown ones go last, sorted. */
export declare function ordered(doc: PactDocument, order: readonly string[]): PactDocument;
/** The pact's text as written: two-space JSON and a final newline, so diffs stay line by line. */
export declare function serialise(doc: PactDocument): string;
/** What must not change between generations: parties and interactions; metadata (tool versions) excluded. */
export declare function comparableCore(doc: PactDocument): {
    consumer: string;
    provider: string;
    interactions: PactInteraction[];
};
