/**
 * A small summariser of V8 `.cpuprofile` files (what `node --cpu-prof` writes): self time
 * per function and per area (a package, a folder of ours, node internals, idle, GC),
 * so the README can show where a missed goal's time goes without a profiler UI.
 */

/** The parts of a .cpuprofile the summary needs. */
export interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }>;
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Self time of one function or area, ms. */
export interface Hot {
  name: string;
  ms: number;
  share: number;
}

/** A profile summarised: wall span, busy (not idle) time, top functions and areas by self time. */
export interface ProfileSummary {
  spanMs: number;
  busyMs: number;
  functions: Hot[];
  areas: Hot[];
}

/** Which area a script URL belongs to: `(idle)`, `node:internal`, a package name, or a folder of ours. */
export function areaOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + '/node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const m = /\/(src\/[^/]+|emulator|suites|generators|bench|bin)\//.exec(url);
  return m ? m[1]! : 'other';
}

function shortUrl(url: string): string {
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) return url.slice(nm + '/node_modules/'.length);
  const m = /\/(src|emulator|suites|generators|bench|bin)\/.*/.exec(url);
  return m ? m[0].slice(1) : url.replace(/^file:\/\//, '');
}

function top(map: Map<string, number>, total: number, n: number): Hot[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => ({
      name,
      ms: Math.round(us / 100) / 10,
      share: total === 0 ? 0 : Math.round((us / total) * 1000) / 1000,
    }));
}

/** Summarises one profile: the `n` hottest functions and areas by self time (idle excluded from shares). */
export function summarise(p: CpuProfile, n = 12): ProfileSummary {
  const byId = new Map(p.nodes.map((x) => [x.id, x]));
  const self = new Map<number, number>();
  for (let i = 0; i < p.samples.length; i++)
    self.set(p.samples[i]!, (self.get(p.samples[i]!) ?? 0) + (p.timeDeltas[i] ?? 0));
  const fns = new Map<string, number>();
  const areas = new Map<string, number>();
  let busy = 0;
  for (const [id, us] of self) {
    const cf = byId.get(id)?.callFrame;
    if (!cf) continue;
    const area = areaOf(cf.url, cf.functionName);
    if (area === '(idle)') continue;
    busy += us;
    areas.set(area, (areas.get(area) ?? 0) + us);
    // Line numbers of our TypeScript are tsx's output lines, not the source's: leave them out.
    const where = cf.url.endsWith('.ts') ? shortUrl(cf.url) : `${shortUrl(cf.url)}:${cf.lineNumber + 1}`;
    const name = cf.url === '' ? cf.functionName : `${cf.functionName || '(anonymous)'} ${where}`;
    fns.set(name, (fns.get(name) ?? 0) + us);
  }
  return {
    spanMs: Math.round((p.endTime - p.startTime) / 1000),
    busyMs: Math.round(busy / 1000),
    functions: top(fns, busy, n),
    areas: top(areas, busy, n),
  };
}
