/**
 * Where requests go. A target is resolved once, up front, so a typo in a URL or region is a
 * configuration fault before any case runs, not a network error in the middle of a run.
 */
import { isLoopbackAddress } from '../loopback.ts';
import { KpcError } from '../errors.ts';

export interface Target {
  /** Origin only: path is always '/'. */
  url: URL;
  /** Host header value (host[:port]), also the signed `host`. */
  host: string;
  region: string;
  /** True for 127.0.0.0/8, ::1 and localhost: safe for dummy credentials. */
  loopback: boolean;
}

// Alibaba region ids: two letters, then dash-separated lowercase words (cn-hangzhou, ap-southeast-1).
const REGION = /^[a-z]{2}(-[a-z0-9]+)+$/;

/** Resolves an explicit URL, or the public ECS endpoint of the region, into a validated target. */
export function resolveTarget(input: { url?: string; region: string }): Target {
  const region = input.region;
  if (!REGION.test(region)) {
    throw new KpcError(
      'KPC_CONFIG',
      `region ${JSON.stringify(region)} is not a region id (expected lowercase like cn-hangzhou or ap-southeast-1)`,
    );
  }
  const url = input.url === undefined ? new URL(`https://ecs.${region}.aliyuncs.com/`) : parseTargetUrl(input.url);
  return { url, host: url.host, region, loopback: isLoopbackAddress(url.hostname) };
}

function parseTargetUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new KpcError('KPC_CONFIG', `target URL is not a valid absolute URL: ${describe(raw)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new KpcError('KPC_CONFIG', `target URL must use http or https, not ${url.protocol.replace(/:$/, '')}`);
  }
  if (url.username !== '' || url.password !== '') {
    // Never echo the URL here: the user part is probably a secret.
    throw new KpcError('KPC_CONFIG', 'target URL must not contain credentials; use ALIBABA_CLOUD_ACCESS_KEY_ID/SECRET');
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    throw new KpcError(
      'KPC_CONFIG',
      "target URL must be an origin such as http://127.0.0.1:8080 (RPC calls always use path '/'), " +
        `got ${describe(raw)}`,
    );
  }
  return url;
}

// Quote for messages, but never echo anything that looks like user:password@.
function describe(raw: string): string {
  return JSON.stringify(raw.replace(/\/\/[^/@]*@/, '//<redacted>@'));
}

// ecs.<region>.aliyuncs.com, or the SDK's ecs-<region>.aliyuncs.com form.
const ALIBABA_ENDPOINT = /^ecs[.-]([a-z]{2}(?:-[a-z0-9]+)+)\.aliyuncs\.com$/;

/**
 * The target a call goes to. Against an Alibaba Cloud regional endpoint, a call for
 * another known region goes to that region's own endpoint, as the official SDK (one
 * client per region) would send it; an unknown region stays on the given endpoint so the
 * service can refuse it. Any other target (an emulator) serves every region itself.
 */
export function targetForRegion(target: Target, region: string | undefined, knownRegions: readonly string[]): Target {
  const m = ALIBABA_ENDPOINT.exec(target.url.hostname);
  if (!m || region === undefined || region === m[1] || !knownRegions.includes(region)) return target;
  const url = new URL(target.url.href);
  url.hostname = `ecs.${region}.aliyuncs.com`;
  return { url, host: url.host, region, loopback: false };
}
