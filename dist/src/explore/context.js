/** The token plus a fresh counter: the unique core of a name (as the engine makes it). */
export function uniqueCore(ctx) {
    return ctx.session.nextCore();
}
/** Sends one call through the session. */
export function send(ctx, label, action, params) {
    ctx.requests.n++;
    return ctx.session.call(label, action, params);
}
