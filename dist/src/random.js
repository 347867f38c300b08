/**
 * A small seeded PRNG (mulberry32): uniform in [0, 1), the same sequence for the same
 * seed. Shared by the emulator's faults and the generators' samples, which must both be
 * repeatable from a seed. A leaf: imports nothing.
 */
export function mulberry32(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
