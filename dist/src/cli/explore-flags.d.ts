/** `--explore N` and `--seed S` read before the run starts, so a typo costs no suite run; the seed is drawn when absent. */
export declare function parseExploreFlags(explore: string | undefined, seed: string | undefined): {
    runs: number;
    seed: number;
} | undefined;
