import { redactExchange } from './redact.js';
/** Composes interceptors so the first one listed is the outermost: compose(a, b)(base) = a(b(base)). */
export function compose(...interceptors) {
    return (base) => interceptors.reduceRight((next, interceptor) => interceptor(next), base);
}
/** Rewrites every exchange with `map`. */
export function mapExchange(map) {
    return (next) => async (call) => map(await next(call));
}
/** Replaces secrets, signatures and tokens in every exchange that passes outwards. */
export function redact(secrets) {
    const list = secrets.filter((s) => s !== '');
    return mapExchange((ex) => redactExchange(ex, list));
}
/** Hands every finished call's exchange to `onExchange`; place it outside redact. */
export function record(onExchange) {
    return (next) => async (call) => {
        const ex = await next(call);
        onExchange(ex);
        return ex;
    };
}
