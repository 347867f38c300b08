import { type Emulator, type EmulatorOptions } from './app.ts';
import type { EmulatorState } from './core/types.ts';
/** Options of startEmulator: the emulator's, plus where to listen. */
export interface StartOptions extends EmulatorOptions {
    /** Default 127.0.0.1. */
    host?: string;
    /** Default 0 (any free port). */
    port?: number;
    /** Larger request bodies get 413 (default 1 MiB). */
    maxBodyBytes?: number;
}
/** A listening emulator. */
export interface RunningEmulator {
    /** `http://HOST:PORT` */
    url: string;
    host: string;
    port: number;
    emulator: Emulator;
    state(): EmulatorState;
    /** Stops listening, drops connections, waits for pending state writes. */
    close(): Promise<void>;
}
/** Default request body limit. */
export declare const MAX_BODY_BYTES: number;
/** Starts the emulator on host:port; resolves once it is listening. */
export declare function startEmulator(options?: StartOptions): Promise<RunningEmulator>;
