/**
 * What a run talks to: the URL the user named, or the embedded reference emulator on an
 * ephemeral loopback port, started with the very key pair the run signs with (whatever the
 * environment holds: it never leaves the machine), and a resource group of its own.
 */
import { type Credentials, type EcsClient } from '../client/index.ts';
import type { RunConfig } from './config.ts';
/** The resource group the embedded emulator holds when the user names none. */
export declare const EMBEDDED_RESOURCE_GROUP = "rg-kpcembedded0001";
/** A target a run can talk to. */
export interface RunTarget {
    url: string;
    embedded: boolean;
    loopback: boolean;
    /** An existing resource group (the user's, or the embedded emulator's). */
    resourceGroup: string | undefined;
    credentials: Credentials;
    close(): Promise<void>;
}
/** Opens the run's target: checks the URL, or starts the embedded emulator. */
export declare function openTarget(config: RunConfig, env?: NodeJS.ProcessEnv): Promise<RunTarget>;
/** The signed client a run uses against `target`. */
export declare function runClient(config: RunConfig, target: RunTarget): EcsClient;
