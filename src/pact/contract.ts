/**
 * The fixed facts of the Pact contract: who the parties are, where the file lives, and the
 * deterministic values that stand in for a run's variables. The pact is committed, so
 * everything in it must come out the same on every generation.
 */
import { packagePath } from '../package-root.ts';

/** The consumer: any client of the ECS key-pair API built the way ours is. */
export const CONSUMER = 'ecs-keypair-client';

/** The provider: any implementation of the API (the cloud, an emulator). */
export const PROVIDER = 'ecs-keypair-api';

/** The committed pact file. */
export const DEFAULT_PACT_FILE = packagePath('pacts', `${CONSUMER}-${PROVIDER}.json`);

/** The region every interaction of the contract names; `verify --region` maps it to another. */
export const CONTRACT_REGION = 'cn-hangzhou';

/** Stands in for the run token: it starts every name the contract makes up. */
export const CONTRACT_TOKEN = 'kpcpact';

/** The resource group the "resource group ID exists" state provides; `verify --resource-group` maps it. */
export const CONTRACT_RESOURCE_GROUP = 'rg-kpcpact-existing';

/** The example RequestId the mock server answers with (the real ones are uppercase UUIDs). */
export const EXAMPLE_REQUEST_ID = '5A3E0D2C-7B1F-4C6A-9E8D-1F2A3B4C5D6E';
