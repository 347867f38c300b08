import { type Dispatcher } from 'undici';
import type { Handler } from './interceptors.ts';
import { type WireOptions } from './wire.ts';
export interface SendOptions extends WireOptions {
    dispatcher: Dispatcher;
    now: () => Date;
    nonce: () => string;
}
/** Creates the handler that signs (fresh date and nonce per attempt) and sends one request. */
export declare function sendHandler(options: SendOptions): Handler;
/** Flattens undici's response headers into one string per name (repeats joined with ", "). */
export declare function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string>;
/** The parsed JSON body, or undefined for anything that is not JSON (recorded, never thrown). */
export declare function parseJson(text: string): unknown;
