/** The fault to answer with, if one is drawn. */
export function drawFault(rates, random) {
    if (rates === undefined)
        return undefined;
    if (rates.throttle > 0 && random() < rates.throttle)
        return { code: 'Throttling.User' };
    if (rates.error5xx > 0 && random() < rates.error5xx) {
        return { code: random() < 0.5 ? 'InternalError' : 'ServiceUnavailable' };
    }
    return undefined;
}
export { mulberry32 } from '../../src/random.js';
