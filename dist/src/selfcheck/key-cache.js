import { generateKey, keySpecId } from '../keys/index.js';
/** A fresh, empty key cache. */
export function createKeyCache(make = generateKey) {
    const pools = new Map();
    const cursors = new Map();
    let generated = 0;
    return {
        factory(spec) {
            const id = keySpecId(spec);
            const i = cursors.get(id) ?? 0;
            cursors.set(id, i + 1);
            const pool = pools.get(id) ?? [];
            pools.set(id, pool);
            let key = pool[i];
            if (key === undefined) {
                generated++;
                key = make(spec);
                pool[i] = key;
                // A failed generation must not be served again.
                key.catch(() => pool.splice(i, 1));
            }
            return key;
        },
        reset: () => cursors.clear(),
        get generated() {
            return generated;
        },
    };
}
