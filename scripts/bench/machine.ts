/** The machine a run happened on: figures from different machines are not comparable. */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import type { Machine } from './schema';
import { round } from './stats';

export function chromiumVersion(executable: string): string | null {
  try {
    const out = execFileSync(executable, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 20_000 });
    return /(\d+\.\d+\.\d+\.\d+)/.exec(out)?.[1] ?? (out.trim() || null);
  } catch {
    return null;
  }
}

export function describeMachine(chromiumExecutable: string): Machine {
  const cpu = cpus();
  return {
    cpuModel: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: round(totalmem() / 1024 ** 3, 1),
    platform: `${platform()} ${release()}`,
    node: process.version,
    chromium: chromiumVersion(chromiumExecutable),
    loadAverage: loadavg().map((v) => round(v, 2)),
  };
}
