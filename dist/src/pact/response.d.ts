import type { Matcher } from '../cases/types.ts';
import type { Bindings } from '../engine/index.ts';
/** The expected status: exact, or a class such as 4xx. */
export type StatusSpec = number | {
    class: '2xx' | '4xx' | '5xx';
};
/** CreationTime as documented (`2023-09-04T08:33Z`); seconds tolerated. */
export declare const CREATION_TIME_PATTERN = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?Z$";
/** What translation needs: bindings for templates and keys, and a sink for what was dropped. */
export interface TranslateContext {
    bindings: Bindings;
    notes: string[];
    /** Adds CreationTime to listed key pairs (the case checks DKP-ITEM-SHAPE). */
    itemShape: boolean;
}
/** The response body template: the case's fields, plus RequestId (and Code on errors) typed as strings. */
export declare function responseBody(body: Record<string, Matcher> | undefined, status: StatusSpec, ctx: TranslateContext): Record<string, unknown>;
/** The expected status of a step's expectation; undefined when Pact cannot state it. */
export declare function statusSpec(m: Matcher | undefined): StatusSpec | undefined;
/** The example status the mock server answers with. */
export declare function exampleStatus(s: StatusSpec): number;
