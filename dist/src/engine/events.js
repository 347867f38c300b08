/** Calls every listener in turn; a listener that throws is reported through `onError` and never stops the run. */
export function fanOut(listeners, onError = () => { }) {
    return async (event) => {
        for (const l of listeners) {
            try {
                await l(event);
            }
            catch (e) {
                onError(e, event);
            }
        }
    };
}
