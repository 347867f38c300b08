import { type Skipped } from './interactions.ts';
import { type PactDocument } from './pact-file.ts';
/** What a generation produced. */
export interface GenerateResult {
    file: string;
    doc: PactDocument;
    interactions: number;
    skipped: Skipped[];
}
/** Generates the pact from the cases under `casesDir` and writes it to `file`. */
export declare function generatePact(options: {
    file: string;
    casesDir?: string;
}): Promise<GenerateResult>;
