/** How long a nonce is remembered: the 15-minute window of the signature rules. */
export const NONCE_WINDOW_MS = 15 * 60 * 1000;
const MINUTE_MS = 60 * 1000;
const EMPTY_REGION = Object.freeze({ keyPairs: [], created: 0 });
/** A state with no key pairs, the given resource groups and no nonces. */
export function emptyState(resourceGroups = []) {
    return { regions: {}, resourceGroups: [...new Set(resourceGroups)], nonces: {} };
}
/** A region's state (empty when the region was never written). */
export function regionOf(state, region) {
    return Object.hasOwn(state.regions, region) ? (state.regions[region] ?? EMPTY_REGION) : EMPTY_REGION;
}
/** Every key pair of every region, with its region. */
export function allKeyPairs(state) {
    return Object.entries(state.regions).flatMap(([region, r]) => r.keyPairs.map((keyPair) => ({ region, keyPair })));
}
/** The number of key pairs across all regions. */
export function keyPairCount(state) {
    return Object.values(state.regions).reduce((n, r) => n + r.keyPairs.length, 0);
}
function withRegion(state, region, next) {
    const regions = { ...state.regions };
    Object.defineProperty(regions, region, { value: next, enumerable: true, writable: true, configurable: true });
    return { ...state, regions };
}
/** Adds a key pair at the end of a region's list and counts it as created. */
export function addKeyPair(state, region, record) {
    const r = regionOf(state, region);
    return withRegion(state, region, { ...r, keyPairs: [...r.keyPairs, record], created: r.created + 1 });
}
/** Removes the key pairs `remove` selects; returns the same state when none matched. */
export function removeKeyPairs(state, region, remove) {
    const r = regionOf(state, region);
    const kept = r.keyPairs.filter((k) => !remove(k));
    if (kept.length === r.keyPairs.length)
        return state;
    return withRegion(state, region, { ...r, keyPairs: kept });
}
/** Empties one region, or every region when `region` is undefined; resource groups are set anew. */
export function resetState(state, resourceGroups, region) {
    if (region === undefined)
        return { ...emptyState(resourceGroups), nonces: state.nonces };
    return withRegion(state, region, EMPTY_REGION);
}
/** Adds a resource group (no change when it exists). */
export function addResourceGroup(state, id) {
    return state.resourceGroups.includes(id) ? state : { ...state, resourceGroups: [...state.resourceGroups, id] };
}
function nonceKey(accessKeyId, nonce) {
    return `${accessKeyId}\n${nonce}`;
}
function minuteOf(now) {
    return Math.floor(now.getTime() / MINUTE_MS);
}
/** Oldest minute bucket still inside the window (one extra minute: buckets are coarse). */
function oldestLiveMinute(now) {
    return minuteOf(now) - NONCE_WINDOW_MS / MINUTE_MS - 1;
}
// Each minute's nonces are split into SHARDS buckets by a hash of the key, so recording one
// copies a 64th of a minute's nonces instead of all of them: the book stays an immutable
// value and a request's cost stays flat as the request rate grows.
const SHARDS = 64;
function shardOf(key) {
    let h = 0;
    for (let i = 0; i < key.length; i++)
        h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
    return String((h >>> 0) % SHARDS);
}
/** True when the nonce was used by this key within the window. */
export function nonceSeen(book, accessKeyId, nonce, now) {
    const key = nonceKey(accessKeyId, nonce);
    const shard = shardOf(key);
    const oldest = oldestLiveMinute(now);
    return Object.entries(book).some(([minute, shards]) => Number(minute) >= oldest && Object.hasOwn(shards[shard] ?? {}, key));
}
/** Records a nonce at `now` and drops buckets that left the window. */
export function recordNonce(book, accessKeyId, nonce, now) {
    const key = nonceKey(accessKeyId, nonce);
    const shard = shardOf(key);
    const oldest = oldestLiveMinute(now);
    const current = String(minuteOf(now));
    const next = {};
    for (const [minute, shards] of Object.entries(book))
        if (Number(minute) >= oldest)
            next[minute] = shards;
    const bucket = { ...(next[current]?.[shard] ?? {}) };
    Object.defineProperty(bucket, key, { value: true, enumerable: true, writable: true, configurable: true });
    next[current] = { ...(next[current] ?? {}), [shard]: bucket };
    return next;
}
/** The number of nonces still remembered. */
export function nonceCount(book) {
    return Object.values(book).reduce((n, shards) => Object.values(shards).reduce((m, b) => m + Object.keys(b).length, n), 0);
}
