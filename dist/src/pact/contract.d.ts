/** The consumer: any client of the ECS key-pair API built the way ours is. */
export declare const CONSUMER = "ecs-keypair-client";
/** The provider: any implementation of the API (the cloud, an emulator). */
export declare const PROVIDER = "ecs-keypair-api";
/** The committed pact file. */
export declare const DEFAULT_PACT_FILE: string;
/** The region every interaction of the contract names; `verify --region` maps it to another. */
export declare const CONTRACT_REGION = "cn-hangzhou";
/** Stands in for the run token: it starts every name the contract makes up. */
export declare const CONTRACT_TOKEN = "kpcpact";
/** The resource group the "resource group ID exists" state provides; `verify --resource-group` maps it. */
export declare const CONTRACT_RESOURCE_GROUP = "rg-kpcpact-existing";
/** The key pairs a region may hold (the quota state fills a region to it). */
export declare const REGION_QUOTA = 500;
/** The example RequestId the mock server answers with (the real ones are uppercase UUIDs). */
export declare const EXAMPLE_REQUEST_ID = "5A3E0D2C-7B1F-4C6A-9E8D-1F2A3B4C5D6E";
