/**
 * From a predicted (category, level) to a reason message key and the cue words. Each reason
 * group lists the concept features that justify it; the present one with the largest weight
 * toward the level wins. Keys are `reason_<category>_<level>_<group>`, or the generic
 * `reason_<category>_<level>` when no listed concept fired.
 */
import type { Category, Level } from '../types';
import { SILENT_CONCEPTS } from './lexicon';

type Groups = Readonly<Record<string, readonly string[]>>;

export const REASON_GROUPS: Readonly<Record<Category, Readonly<Record<Level, Groups>>>> = {
  tracking: {
    red: {
      ads: ['c:ads', 'c:targeting'],
      profiling: ['c:profiling'],
      location: ['c:location'],
      thirdparty_cookies: ['c:thirdparty_cookie', 'c:thirdparty', 'c:social'],
      crossdevice: ['c:crossdevice'],
      enrichment: ['c:enrichment', 'c:brokers'],
      fingerprinting: ['c:fingerprinting'],
      dnt_ignored: ['c:dnt', '!c:dnt'],
    },
    amber: {
      cookies: ['c:cookie', 'c:remember', 'c:tracker'],
      analytics: ['c:analytics'],
      logs: ['c:logs', 'c:device_data'],
      optout: ['c:optout', 'c:consent'],
    },
    green: {
      necessary_only: ['c:necessary'],
      no_tracking: ['!c:tracker', '!c:thirdparty_cookie', '!c:cookie', '!c:analytics', '!c:profiling', '!c:device_data'],
      anonymised: ['c:anonymised', '!c:personal_data'],
      dnt_honoured: ['c:dnt'],
      no_ads: ['!c:ads', '!c:targeting'],
    },
  },
  sharing: {
    red: {
      sell: ['c:sell'],
      marketing: ['c:marketing', 'c:sponsor', 'c:ads', 'c:targeting'],
      any_purpose: ['c:any_purpose'],
      brokers: ['c:brokers'],
      publish: ['c:publish'],
    },
    amber: {
      processors: ['c:processor'],
      group: ['c:group'],
      authorities: ['c:authorities'],
      merger: ['c:merger'],
      consent: ['c:consent'],
      public: ['c:publish'],
      thirdparty: ['c:thirdparty', 'c:share'],
    },
    green: {
      nosell: ['!c:sell'],
      noshare: ['!c:share', '!c:thirdparty'],
      nomarketing: ['!c:marketing', '!c:ads'],
    },
  },
  transfer: {
    red: {
      nosafeguard: ['c:outside_eea', 'c:no_protection', '!c:adequacy', '!c:safeguard'],
      worldwide: ['c:worldwide'],
      consent_only: ['c:consent'],
      privacy_shield: ['c:privacy_shield'],
      country: ['c:country_risky', 'c:transfer'],
    },
    amber: {
      scc: ['c:scc'],
      adequacy: ['c:adequacy', 'c:country_adequate'],
      bcr: ['c:bcr'],
      dpf: ['c:dpf'],
      cbpr: ['c:cbpr'],
      safeguard: ['c:safeguard'],
    },
    green: {
      eu_only: ['c:eu', 'c:only_here', '!c:outside_eea', '!c:transfer'],
    },
  },
};

/** The reason of a finding that counts only because it carries on the sentence before (neighbours.ts). */
export const CONTINUES_REASON_KEY = 'reason_continues';

/** Every key classifySentence can emit (for the locale test). */
export function allReasonKeys(): string[] {
  const keys: string[] = [CONTINUES_REASON_KEY];
  for (const [category, levels] of Object.entries(REASON_GROUPS)) {
    for (const [level, groups] of Object.entries(levels)) {
      keys.push(`reason_${category}_${level}`);
      for (const group of Object.keys(groups)) keys.push(`reason_${category}_${level}_${group}`);
    }
  }
  return keys.sort();
}

export interface ReasonCandidate {
  /** The concept that was hit (`cookie`), and its feature as the model saw it (`c:cookie` or `!c:cookie`). */
  concept: string;
  feature: string;
  weight: number;
  from: number;
  to: number;
}

/** Picks the best-supported group; `candidates` are the sentence's concept hits with weights. */
export function pickReason(category: Category, level: Level, candidates: readonly ReasonCandidate[]): { key: string; cue: ReasonCandidate | null } {
  const groups = REASON_GROUPS[category][level];
  let best: { group: string; cand: ReasonCandidate } | null = null;
  for (const [group, features] of Object.entries(groups)) {
    for (const cand of candidates) {
      if (!features.includes(cand.feature)) continue;
      if (!best || cand.weight > best.cand.weight) best = { group, cand };
    }
  }
  if (best) return { key: `reason_${category}_${level}_${best.group}`, cue: best.cand };
  // Without a listed concept, the cue is the concept that pushed hardest toward this level; words
  // such as "informatie" or "may" explain nothing, and a concept that pushed away is no cue.
  let strongest: ReasonCandidate | null = null;
  for (const cand of candidates) {
    if (SILENT_CONCEPTS.has(cand.concept) || cand.weight <= 0) continue;
    if (!strongest || cand.weight > strongest.weight) strongest = cand;
  }
  return { key: `reason_${category}_${level}`, cue: strongest };
}
