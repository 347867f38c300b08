/**
 * A small seeded PRNG (mulberry32): uniform in [0, 1), the same sequence for the same
 * seed. Shared by the emulator's faults and the generators' samples, which must both be
 * repeatable from a seed. A leaf: imports nothing.
 */
export declare function mulberry32(seed: number): () => number;
