/**
 * Where analysis time goes: V8's sampling profiler (node:inspector) over repeated
 * analyses of one text, self time summed per source file (per package for
 * dependencies). Robust to refactors of the pipeline, unlike timing named stages.
 */
import { Session, type Profiler } from 'node:inspector/promises';
import { analyze } from '../../src/classifier';
import type { ProfileShare } from './schema';
import { round } from './stats';

const OTHER = /^\((?:garbage collector|program|idle|root)\)$/;

/** A readable name for a profiled frame: `src/…` path, dependency package, or V8's own label. */
export function sourceOf(url: string, functionName: string): string {
  if (!url) return OTHER.test(functionName) ? functionName : '(native / regexp)';
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (dependency) return dependency[1] ?? url;
  const own = /\/((?:src|scripts)\/.*)$/.exec(url);
  return own?.[1] ?? '(node internals)';
}

/** Self-time shares, largest first; shares below 1 % are folded into "(rest)". */
export function sharesOf(profile: Profiler.Profile): ProfileShare[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  let all = 0;
  profile.samples?.forEach((id, i) => {
    const node = byNode.get(id);
    const dt = profile.timeDeltas?.[i] ?? 0;
    if (!node || node.callFrame.functionName === '(idle)') return;
    const source = sourceOf(node.callFrame.url, node.callFrame.functionName);
    totals.set(source, (totals.get(source) ?? 0) + dt);
    all += dt;
  });
  const shares = [...totals].map(([source, us]) => ({ source, share: all > 0 ? us / all : 0 })).sort((a, b) => b.share - a.share);
  const kept = shares.filter((s) => s.share >= 0.01).map((s) => ({ source: s.source, share: round(s.share, 3) }));
  const rest = shares.filter((s) => s.share < 0.01).reduce((sum, s) => sum + s.share, 0);
  return rest > 0 ? [...kept, { source: '(rest)', share: round(rest, 3) }] : kept;
}

export async function profileAnalysis(text: string, runs: number): Promise<ProfileShare[]> {
  analyze({ text }); // warm: the profile is of steady-state analysis
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    for (let i = 0; i < runs; i++) analyze({ text });
    const { profile } = await session.post('Profiler.stop');
    return sharesOf(profile);
  } finally {
    session.disconnect();
  }
}
