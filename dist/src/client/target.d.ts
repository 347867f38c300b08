export interface Target {
    /** Origin only: path is always '/'. */
    url: URL;
    /** Host header value (host[:port]), also the signed `host`. */
    host: string;
    region: string;
    /** True for 127.0.0.0/8, ::1 and localhost: safe for dummy credentials. */
    loopback: boolean;
}
/** Resolves an explicit URL, or the public ECS endpoint of the region, into a validated target. */
export declare function resolveTarget(input: {
    url?: string;
    region: string;
}): Target;
/** True when a URL hostname names this machine (127.0.0.0/8, ::1, localhost). */
export declare function isLoopbackHost(hostname: string): boolean;
/**
 * The target a call goes to. Against an Alibaba Cloud regional endpoint, a call for
 * another known region goes to that region's own endpoint, as the official SDK (one
 * client per region) would send it; an unknown region stays on the given endpoint so the
 * service can refuse it. Any other target (an emulator) serves every region itself.
 */
export declare function targetForRegion(target: Target, region: string | undefined, knownRegions: readonly string[]): Target;
