/** Finds the lexicon's concepts in a token sequence; compiled once, on first use. */
import { LEXICON } from './lexicon';
import type { Token } from './tokens';

type WordPattern = { kind: 'exact' | 'prefix' | 'suffix' | 'contains'; text: string };
interface Phrase { concept: string; words: WordPattern[] }

export interface ConceptHit {
  concept: string;
  /** Token index range [from, to). */
  from: number;
  to: number;
}

interface Index {
  exact: Map<string, Phrase[]>;
  prefix3: Map<string, Phrase[]>;
  scan: Phrase[];
}

let index: Index | null = null;

function parseWord(raw: string): WordPattern {
  const lead = raw.startsWith('*');
  const trail = raw.endsWith('*') && raw.length > 1;
  const text = raw.replace(/^\*|\*$/g, '');
  if (lead && trail) return { kind: 'contains', text };
  if (lead) return { kind: 'suffix', text };
  if (trail) return { kind: 'prefix', text };
  return { kind: 'exact', text };
}

function push(map: Map<string, Phrase[]>, key: string, phrase: Phrase): void {
  const list = map.get(key);
  if (list) list.push(phrase);
  else map.set(key, [phrase]);
}

function buildIndex(): Index {
  const built: Index = { exact: new Map(), prefix3: new Map(), scan: [] };
  for (const concept of Object.keys(LEXICON).sort()) {
    for (const raw of LEXICON[concept] ?? []) {
      const words = raw.toLowerCase().split(/\s+/).filter(Boolean).map(parseWord);
      const first = words[0];
      if (!first) continue;
      const phrase = { concept, words };
      if (first.kind === 'exact') push(built.exact, first.text, phrase);
      else if (first.kind === 'prefix' && first.text.length >= 3) push(built.prefix3, first.text.slice(0, 3), phrase);
      else built.scan.push(phrase);
    }
  }
  return built;
}

function wordMatches(p: WordPattern, word: string): boolean {
  switch (p.kind) {
    case 'exact': return word === p.text;
    case 'prefix': return word.startsWith(p.text);
    case 'suffix': return word.endsWith(p.text) && word !== p.text;
    case 'contains': return word.includes(p.text) && word !== p.text;
  }
}

/** Whether the phrase's later words follow at `at` (candidates already match the first word). */
function phraseAt(phrase: Phrase, tokens: readonly Token[], at: number): boolean {
  for (let k = 1; k < phrase.words.length; k++) {
    const t = tokens[at + k];
    const p = phrase.words[k];
    if (!t || !p || !wordMatches(p, t.norm)) return false;
  }
  return true;
}

// Policies repeat their vocabulary: the phrases whose first word matches a word type are
// looked up once per type rather than scanning every wildcard phrase at every token.
const CANDIDATE_LIMIT = 50_000;
const candidateMemo = new Map<string, Phrase[]>();

function candidatesFor(built: Index, word: string): Phrase[] {
  let list = candidateMemo.get(word);
  if (list) return list;
  list = [...(built.exact.get(word) ?? [])];
  for (const phrase of [...(built.prefix3.get(word.slice(0, 3)) ?? []), ...built.scan]) {
    const first = phrase.words[0];
    if (first && wordMatches(first, word)) list.push(phrase);
  }
  if (candidateMemo.size >= CANDIDATE_LIMIT) candidateMemo.clear();
  candidateMemo.set(word, list);
  return list;
}

/** Every concept occurrence; for a concept matched twice at one start, the longest phrase. */
export function findConcepts(tokens: readonly Token[]): ConceptHit[] {
  index ??= buildIndex();
  const hits: ConceptHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const list = candidatesFor(index, tokens[i]?.norm ?? '');
    if (list.length) matchList(list, tokens, i, hits, hits.length);
  }
  passOnParticles(tokens, hits);
  return hits;
}

// Dutch splits "doorgeven" around its object: "Wij geven uw gegevens door aan derden". Phrases
// match adjacent words only, so the particle is found here: "door" ending the sentence or
// followed by "aan / naar", a few words after a form of geven / sturen / zenden / spelen.
const PASS_ON_VERBS: ReadonlySet<string> = new Set(['geef', 'geeft', 'geven', 'gaf', 'gaven', 'stuur', 'stuurt', 'sturen', 'stuurde', 'stuurden', 'zend', 'zendt', 'zenden', 'zond', 'zonden', 'speelt', 'spelen', 'speelde', 'speelden']);
const PASS_ON_REACH = 8;

function passOnParticles(tokens: readonly Token[], hits: ConceptHit[]): void {
  const found = hits.length;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]?.norm !== 'door') continue;
    const next = tokens[i + 1]?.norm;
    if (next !== undefined && next !== 'aan' && next !== 'naar') continue;
    let verb = false;
    for (let k = Math.max(0, i - PASS_ON_REACH); k < i && !verb; k++) verb = PASS_ON_VERBS.has(tokens[k]?.norm ?? '');
    if (verb && !hits.some((h) => h.concept === 'share' && h.from <= i && i < h.to)) hits.push({ concept: 'share', from: i, to: i + 1 });
  }
  if (hits.length > found) hits.sort((a, b) => a.from - b.from);
}

/** Adds the phrases of `list` that match at `at`; one hit per concept and start, the longest. */
function matchList(list: readonly Phrase[] | undefined, tokens: readonly Token[], at: number, hits: ConceptHit[], firstHit: number): void {
  if (!list) return;
  for (const phrase of list) {
    if (!phraseAt(phrase, tokens, at)) continue;
    const to = at + phrase.words.length;
    let k = firstHit;
    while (k < hits.length && hits[k]?.concept !== phrase.concept) k++;
    const existing = hits[k];
    if (!existing) hits.push({ concept: phrase.concept, from: at, to });
    else if (existing.to < to) existing.to = to;
  }
}
