/**
 * `npm run eval -- --record` keeps the figures in eval-results.json, and `npm run bench` renders
 * them into BENCHMARKS.md beside the speed figures. The model file's hash travels with them, so
 * a page can say when the model has changed since the figures were measured.
 */
import { createHash } from 'node:crypto';
import { cpus } from 'node:os';
import { CATEGORIES, type Category } from '../../src/classifier/types';
import type { SeedRun } from './seed-spread';

export const EVAL_RECORD_FILE = 'eval-results.json';
export const MODEL_FILE = 'src/classifier/model/model.json';

export interface SplitRecord {
  /** "(b) leave-one-seed-out on the five real Dutch seeds", as the eval prints it. */
  name: string;
  sentences: number;
  f1: Record<Category, number>;
  macroF1: number;
  baselineMacroF1: number;
  /** Document lights right, "14/15"; null where a split has no reference lights. */
  lights: string | null;
}

export interface EvalRecord {
  date: string;
  command: string;
  seconds: number;
  machine: { cpuModel: string; cores: number; node: string };
  /** First 16 hex digits of the SHA-256 of the shipped model file the run was made with. */
  model: string;
  corpusSentences: number;
  splits: SplitRecord[];
  /** (c) lights right by the full pipeline with the shipped model (trained on the seeds too). */
  pipelineLights: string | null;
  trainingSeeds: SeedRun[];
}

export function modelHash(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 16);
}

/** One split's line of the record from the eval's per-category rows (language "all"). */
export function splitRecord(name: string, sentences: number, rows: readonly { category: Category; lang: string; f1: number }[], macroF1: number, baselineMacroF1: number, lights: string | null): SplitRecord {
  const f1 = {} as Record<Category, number>;
  for (const c of CATEGORIES) f1[c] = rows.find((r) => r.category === c && r.lang === 'all')?.f1 ?? 0;
  return { name, sentences, f1, macroF1, baselineMacroF1, lights };
}

export function machineOf(): EvalRecord['machine'] {
  const cpu = cpus();
  return { cpuModel: cpu[0]?.model.trim() ?? 'unknown', cores: cpu.length, node: process.version };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** What is wrong with a parsed eval-results.json; empty when it can be rendered. */
export function evalRecordProblems(value: unknown): string[] {
  if (!isRecord(value)) return ['not an object'];
  const problems: string[] = [];
  for (const key of ['date', 'command', 'model'] as const) if (typeof value[key] !== 'string') problems.push(`${key}: not a string`);
  for (const key of ['seconds', 'corpusSentences'] as const) if (!isNumber(value[key])) problems.push(`${key}: not a number`);
  if (!isRecord(value.machine) || !isNumber(value.machine.cores)) problems.push('machine: no core count');
  if (!Array.isArray(value.splits) || value.splits.length === 0) problems.push('splits: none');
  else {
    value.splits.forEach((s: unknown, i) => {
      if (!isRecord(s) || typeof s.name !== 'string' || !isNumber(s.macroF1) || !isNumber(s.baselineMacroF1) || !isRecord(s.f1)) problems.push(`splits[${i}]: incomplete`);
      else for (const c of CATEGORIES) if (!isNumber(s.f1[c])) problems.push(`splits[${i}].f1.${c}: not a number`);
    });
  }
  if (!Array.isArray(value.trainingSeeds)) problems.push('trainingSeeds: not a list');
  else value.trainingSeeds.forEach((r: unknown, i) => {
    if (!isRecord(r) || !['trainingSeed', 'macroF1', 'lightsOk', 'translatedMacroF1', 'translatedLightsOk'].every((k) => isNumber(r[k]))) problems.push(`trainingSeeds[${i}]: incomplete`);
  });
  return problems;
}
