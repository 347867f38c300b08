export interface Credentials {
    accessKeyId: string;
    accessKeySecret: string;
    /** STS token; present only for temporary credentials. */
    securityToken?: string;
}
export declare const ENV_ACCESS_KEY_ID = "ALIBABA_CLOUD_ACCESS_KEY_ID";
export declare const ENV_ACCESS_KEY_SECRET = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
export declare const ENV_SECURITY_TOKEN = "ALIBABA_CLOUD_SECURITY_TOKEN";
/**
 * Fixed credentials for loopback targets (the emulator): they sign real requests, so the
 * emulator can verify signatures, but they open nothing anywhere else.
 */
export declare const DUMMY_CREDENTIALS: Readonly<Credentials>;
/** Reads credentials from the environment; undefined when none are set, a fault when half are. */
export declare function credentialsFromEnv(env?: NodeJS.ProcessEnv): Credentials | undefined;
/**
 * The credentials to sign with: the environment's, or the loopback pair where that is safe
 * (an emulator on this machine). Anywhere else, none set is a configuration fault.
 */
export declare function credentialsFor(loopback: boolean, env?: NodeJS.ProcessEnv): Credentials;
