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
export function renderMessage(row: ErrorRow, vars: MessageVars = {}): string {
  let msg = row.message;
  if (vars.Name !== undefined)
    msg = msg.replace('<Name>', vars.Name).replace(/"PublicKeyBody"|"RegionId"|"KeyPairNames"/, `"${vars.Name}"`);
  if (vars.sts !== undefined) msg = msg.replace('<sts>', vars.sts);
  return msg;
}

/** The HTTP status and JSON body for an error row, shaped like the real service's errors. */
export function errorResponse(
  row: ErrorRow,
  ctx: { requestId: string; hostId: string; vars?: MessageVars; message?: string },
): { status: number; body: ErrorBody } {
  return {
    status: row.status,
    body: {
      RequestId: ctx.requestId,
      HostId: ctx.hostId,
      Code: row.code,
      Message: ctx.message ?? renderMessage(row, ctx.vars),
      Recommend:
        `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(row.code)}` +
        `&product=Ecs&requestId=${ctx.requestId}`,
    },
  };
}
