/**
 * What a run talks to: the URL the user named, or the embedded reference emulator on an
 * ephemeral loopback port, started with the very key pair the run signs with (whatever the
 * environment holds: it never leaves the machine), and a resource group of its own.
 */
import { createClient, credentialsFor, resolveTarget, type Credentials, type EcsClient } from '../client/index.ts';
import { defaultSpec } from '../spec/load.ts';
import type { RunConfig } from './config.ts';

/** The resource group the embedded emulator holds when the user names none. */
export const EMBEDDED_RESOURCE_GROUP = 'rg-kpcembedded0001';

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
export async function openTarget(config: RunConfig, env: NodeJS.ProcessEnv = process.env): Promise<RunTarget> {
  if (config.target !== undefined) {
    const t = resolveTarget({ url: config.target, region: config.region });
    const credentials = credentialsFor(t.loopback, env);
    const url = t.url.origin;
    return {
      url,
      embedded: false,
      loopback: t.loopback,
      resourceGroup: config.resourceGroup,
      credentials,
      close: async () => {},
    };
  }
  const credentials = credentialsFor(true, env);
  const resourceGroup = config.resourceGroup ?? EMBEDDED_RESOURCE_GROUP;
  const { startEmulator } = await import('../../emulator/server.ts');
  const emu = await startEmulator({
    host: '127.0.0.1',
    port: 0,
    accessKeys: { [credentials.accessKeyId]: credentials.accessKeySecret },
    resourceGroups: [resourceGroup],
  });
  return { url: emu.url, embedded: true, loopback: true, resourceGroup, credentials, close: () => emu.close() };
}

/** The signed client a run uses against `target`. */
export function runClient(config: RunConfig, target: RunTarget): EcsClient {
  const connections = Math.max(config.concurrency, 8);
  return createClient({
    target: resolveTarget({ url: target.url, region: config.region }),
    credentials: target.credentials,
    signature: config.signature,
    timeoutMs: config.timeoutMs,
    connections,
    // Adaptive concurrency keeps cases alive under throttling.
    adaptive: config.adaptive ? { max: connections } : false,
    regionEndpoints: defaultSpec().regions,
  });
}
