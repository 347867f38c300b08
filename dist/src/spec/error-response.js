/** The documented message with its placeholders filled in. */
export function renderMessage(row, vars = {}) {
    let msg = row.message;
    if (vars.Name !== undefined)
        msg = msg.replace('<Name>', vars.Name).replace(/"PublicKeyBody"|"RegionId"|"KeyPairNames"/, `"${vars.Name}"`);
    if (vars.sts !== undefined)
        msg = msg.replace('<sts>', vars.sts);
    return msg;
}
/** The HTTP status and JSON body for an error row, shaped like the real service's errors. */
export function errorResponse(row, ctx) {
    return {
        status: row.status,
        body: {
            RequestId: ctx.requestId,
            HostId: ctx.hostId,
            Code: row.code,
            Message: ctx.message ?? renderMessage(row, ctx.vars),
            Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(row.code)}&product=Ecs&requestId=${ctx.requestId}`,
        },
    };
}
