/** Where the broker is and how to authenticate; secrets are never printed. */
export interface BrokerAuth {
    baseUrl: string;
    token?: string;
    username?: string;
    password?: string;
}
/** Verifier options that fetch the provider's pacts from a broker and publish the results. */
export interface BrokerSource {
    auth: BrokerAuth;
    verifierOptions: Record<string, unknown>;
}
/** Reads the broker settings; a missing base URL or half a basic-auth pair is a usage error. */
export declare function brokerAuthFromEnv(env: NodeJS.ProcessEnv, flag: string): BrokerAuth;
/** The Authorization header for the broker, if any. */
export declare function authorizationHeader(a: BrokerAuth): string | undefined;
/** Verifier options: the provider's pacts for the main branch and what is deployed or released, results published. */
export declare function brokerSource(auth: BrokerAuth, o: {
    providerVersion: string;
    branch?: string;
    buildUrl?: string;
}): BrokerSource;
