/** Calls one hook on every reporter, isolating failures. */
export async function emit(reporters, hook, args, onError = () => { }) {
    for (const r of reporters) {
        const fn = r[hook];
        try {
            await fn?.apply(r, args);
        }
        catch (e) {
            onError(r.name, hook, e);
        }
    }
}
/** The engine listener that feeds reporters: run start and every finished case. */
export function reporterListener(reporters, reportDir, onError) {
    return (e) => {
        if (e.type === 'run-start')
            return emit(reporters, 'onRunStart', [{ cases: e.cases, reportDir, targetUrl: e.target }], onError);
        if (e.type === 'case-end')
            return emit(reporters, 'onCaseResult', [e.result], onError);
        if (e.type === 'exchange')
            return emit(reporters, 'onExchange', [e], onError);
        return undefined;
    };
}
