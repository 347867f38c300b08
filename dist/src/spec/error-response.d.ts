import type { ErrorRow } from './types.ts';
/**
 * One function turns an error-table row into the response a faithful service sends.
 * The emulator answers with it; the suite expects the same row's status and code.
 */
export interface ErrorBody {
    RequestId: string;
    HostId: string;
    Code: string;
    Message: string;
    Recommend: string;
}
/** Placeholders the documented messages carry, such as `<Name>` and `<sts>`. */
export interface MessageVars {
    Name?: string;
    sts?: string;
}
/** The documented message with its placeholders filled in. */
export declare function renderMessage(row: ErrorRow, vars?: MessageVars): string;
/** The HTTP status and JSON body for an error row, shaped like the real service's errors. */
export declare function errorResponse(row: ErrorRow, ctx: {
    requestId: string;
    hostId: string;
    vars?: MessageVars;
    message?: string;
}): {
    status: number;
    body: ErrorBody;
};
