/**
 * Access-key credentials, read the way the Alibaba tools read them, so a user who already
 * drives the official CLI or SDK needs no extra setup.
 */
import { KpcError } from '../errors.ts';

export interface Credentials {
  accessKeyId: string;
  accessKeySecret: string;
  /** STS token; present only for temporary credentials. */
  securityToken?: string;
}

export const ENV_ACCESS_KEY_ID = 'ALIBABA_CLOUD_ACCESS_KEY_ID';
export const ENV_ACCESS_KEY_SECRET = 'ALIBABA_CLOUD_ACCESS_KEY_SECRET';
export const ENV_SECURITY_TOKEN = 'ALIBABA_CLOUD_SECURITY_TOKEN';

/**
 * Fixed credentials for loopback targets (the emulator): they sign real requests, so the
 * emulator can verify signatures, but they open nothing anywhere else.
 */
export const DUMMY_CREDENTIALS: Readonly<Credentials> = Object.freeze({
  accessKeyId: 'LTAI-KPC-LOOPBACK',
  accessKeySecret: 'kpc-loopback-secret-not-a-real-key',
});

/** Reads credentials from the environment; undefined when none are set, a fault when half are. */
export function credentialsFromEnv(env: NodeJS.ProcessEnv = process.env): Credentials | undefined {
  // An exported-but-empty variable is as good as unset: shells make that easy to do by accident.
  const id = nonEmpty(env[ENV_ACCESS_KEY_ID]);
  const secret = nonEmpty(env[ENV_ACCESS_KEY_SECRET]);
  const token = nonEmpty(env[ENV_SECURITY_TOKEN]);
  if (id === undefined && secret === undefined) {
    if (token !== undefined) {
      throw new KpcError(
        'KPC_CONFIG',
        `${ENV_SECURITY_TOKEN} is set but ${ENV_ACCESS_KEY_ID} and ${ENV_ACCESS_KEY_SECRET} are not: ` +
          'an STS token needs its key pair',
      );
    }
    return undefined;
  }
  if (id === undefined) throw missing(ENV_ACCESS_KEY_ID, ENV_ACCESS_KEY_SECRET);
  if (secret === undefined) throw missing(ENV_ACCESS_KEY_SECRET, ENV_ACCESS_KEY_ID);
  return token === undefined
    ? { accessKeyId: id, accessKeySecret: secret }
    : { accessKeyId: id, accessKeySecret: secret, securityToken: token };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

// Names the variables only: the values are secrets and never reach a message.
function missing(name: string, present: string): KpcError {
  return new KpcError('KPC_CONFIG', `${present} is set but ${name} is not: set both, or neither`);
}

/**
 * The credentials to sign with: the environment's, or the loopback pair where that is safe
 * (an emulator on this machine). Anywhere else, none set is a configuration fault.
 */
export function credentialsFor(loopback: boolean, env: NodeJS.ProcessEnv = process.env): Credentials {
  const fromEnv = credentialsFromEnv(env);
  if (fromEnv) return fromEnv;
  if (loopback) return DUMMY_CREDENTIALS;
  throw new KpcError('KPC_CONFIG', `no credentials: set ${ENV_ACCESS_KEY_ID} and ${ENV_ACCESS_KEY_SECRET}`);
}
