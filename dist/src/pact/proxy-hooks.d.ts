import type { Session } from '../engine/index.ts';
import { type ResignOptions } from './resign.ts';
import { type StateEnv } from './state-setup.ts';
export interface FilterRequest {
    path: string;
    url: string;
    headers: Record<string, string | string[] | undefined>;
}
export interface FilterResponse {
    statusCode: number;
    writableFinished: boolean;
    on(event: 'close', fn: () => void): void;
    status(code: number): {
        json(body: unknown): void;
    };
    write?: (chunk: unknown, ...rest: unknown[]) => boolean;
    end?: (chunk?: unknown, ...rest: unknown[]) => unknown;
    getHeader?: (name: string) => unknown;
}
type Next = (e?: unknown) => void;
/** Where the hooks report what they refused or could not do. */
export interface HookLog {
    refusals: string[];
    stateErrors: string[];
}
/**
 * Filters one request: state-setup calls pass; API calls are re-signed, and an import is
 * ledgered before it leaves, or answered with 409 when its name belongs to someone else.
 * Resolves 'pass' when the request should go on to the provider.
 */
export declare function filterRequest(req: FilterRequest, res: FilterResponse, signing: ResignOptions, session: Session, log: HookLog): Promise<'pass' | 'answered'>;
/** filterRequest as Express middleware, for the Verifier's requestFilter. */
export declare function requestFilter(signing: ResignOptions, session: Session, log: HookLog): (req: FilterRequest, res: FilterResponse, next: Next) => void;
/** State handlers by name: known sentences set their state up; '' is the no-state of stateless interactions. */
export declare function stateHandlers(env: StateEnv, log: HookLog): Record<string, unknown>;
export {};
