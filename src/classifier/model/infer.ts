/** Scores a sentence's features with the linear model: per category P(none/red/amber/green). */
import { CATEGORIES, type Category, type Level } from '../types';
import { isLexical, visitFeatures, type FeatureSink, type SentenceContext, type VisitedSentence } from './features';
import { LEVEL_CLASSES, type ModelFile } from './model-file';

export interface CategoryScores {
  category: Category;
  /** P(the sentence carries a finding in this category). */
  relevance: number;
  level: Level;
  /** Probabilities of each level (they sum with P(none) to 1). */
  probs: Record<Level, number>;
  threshold: number;
}

export interface LoadedModel {
  file: ModelFile;
  index: Map<string, number>;
  weights: Record<Category, Int8Array>;
  /** Turns a sentence into ids, looking words and word pairs up by stem (see VectorSink). */
  sink: VectorSink;
}

interface LexicalIndex {
  words: Map<string, number>;
  negatedWords: Map<string, number>;
  bigrams: Map<string, Map<string, number>>;
  negatedBigrams: Map<string, Map<string, number>>;
}

function lexicalIndexOf(features: readonly string[]): LexicalIndex {
  const lexical: LexicalIndex = { words: new Map(), negatedWords: new Map(), bigrams: new Map(), negatedBigrams: new Map() };
  features.forEach((name, i) => {
    if (name.startsWith('w:')) lexical.words.set(name.slice(2), i);
    else if (name.startsWith('!w:')) lexical.negatedWords.set(name.slice(3), i);
    else if (name.startsWith('b:') || name.startsWith('!b:')) {
      const negated = name.startsWith('!');
      const from = negated ? 3 : 2;
      // Stems are letters, digits, '#', '^', '-', "'" and '.': the first '_' splits the pair.
      const cut = name.indexOf('_', from);
      const first = name.slice(from, cut);
      const pairs = negated ? lexical.negatedBigrams : lexical.bigrams;
      let next = pairs.get(first);
      if (!next) pairs.set(first, (next = new Map()));
      next.set(name.slice(cut + 1), i);
    }
  });
  return lexical;
}

export function decodeWeights(base64: string): Int8Array {
  const bin = atob(base64);
  const out = new Int8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = (bin.charCodeAt(i) << 24) >> 24;
  return out;
}

export function loadModel(file: ModelFile): LoadedModel {
  const index = new Map<string, number>();
  file.features.forEach((f, i) => index.set(f, i));
  const weights = {} as Record<Category, Int8Array>;
  for (const c of CATEGORIES) weights[c] = decodeWeights(file.categories[c].weights);
  return { file, index, weights, sink: new VectorSink(index, lexicalIndexOf(file.features)) };
}

/** Weight of one feature toward `level` in `category` (0 when the feature is unknown). */
export function weightOf(model: LoadedModel, category: Category, feature: string, level: Level): number {
  const i = model.index.get(feature);
  if (i === undefined) return 0;
  const w = model.weights[category][i * 3 + LEVEL_CLASSES.indexOf(level)] ?? 0;
  return w / model.file.scale;
}

/** Logits of red, amber, green relative to none, before temperature. */
export interface FeatureVector {
  ids: number[];
  values: number[];
}

// The two functions below run three times per sentence: plain loops, no closures or spreads
// (they were a fifth of the bytes an analysis allocates). Sums keep their order, so results
// are the same to the last bit.
export function categoryLogits(model: LoadedModel, category: Category, vec: FeatureVector): number[] {
  const cm = model.file.categories[category];
  const w = model.weights[category];
  const scale = model.file.scale;
  let red = (cm.bias[0] ?? 0) / scale;
  let amber = (cm.bias[1] ?? 0) / scale;
  let green = (cm.bias[2] ?? 0) / scale;
  const { ids, values } = vec;
  for (let n = 0; n < ids.length; n++) {
    const v = (values[n] ?? 1) / scale;
    const j = (ids[n] ?? 0) * 3;
    red += (w[j] ?? 0) * v;
    amber += (w[j + 1] ?? 0) * v;
    green += (w[j + 2] ?? 0) * v;
  }
  return [red, amber, green];
}

/** P(none), P(red), P(amber), P(green) from relative logits at temperature `t`. */
export function softmaxWithNone(z: readonly number[], t: number): number[] {
  const r = z[0] ?? 0, a = z[1] ?? 0, g = z[2] ?? 0;
  const m = Math.max(0, r, a, g);
  const none = Math.exp(-m / t), red = Math.exp((r - m) / t), amber = Math.exp((a - m) / t), green = Math.exp((g - m) / t);
  const total = none + red + amber + green;
  return [none / total, red / total, amber / total, green / total];
}

/** The model's feature indices present in `names`, with their values. */
export function featureVector(model: LoadedModel, names: readonly string[], lexicalScale: number): FeatureVector {
  const vec: FeatureVector = { ids: [], values: [] };
  for (const n of names) {
    const i = model.index.get(n);
    if (i === undefined) continue;
    vec.ids.push(i);
    vec.values.push(isLexical(n) ? lexicalScale : 1);
  }
  return vec;
}

/** Collects one sentence's model ids; one per model, reused, so a sentence allocates no closures. */
class VectorSink implements FeatureSink {
  vec: FeatureVector = { ids: [], values: [] };
  private lexicalAt: number[] = [];
  // Per-feature stamp of the sentence that last used it: dedupes without a Set per sentence.
  private readonly seen: Uint32Array;
  private sentence = 0;

  constructor(private readonly index: Map<string, number>, private readonly lexical: LexicalIndex) {
    this.seen = new Uint32Array(index.size);
  }

  start(): void {
    this.vec = { ids: [], values: [] };
    this.lexicalAt = [];
    this.sentence++;
    if (this.sentence === 0xffffffff) {
      this.seen.fill(0);
      this.sentence = 1;
    }
  }

  finish(lexicalScale: number): FeatureVector {
    for (const at of this.lexicalAt) this.vec.values[at] = lexicalScale;
    return this.vec;
  }

  feature(name: string): void {
    this.take(this.index.get(name), false);
  }

  word(stem: string, negated: boolean): void {
    this.take((negated ? this.lexical.negatedWords : this.lexical.words).get(stem), true);
  }

  bigram(previous: string, stem: string, negated: boolean): void {
    this.take((negated ? this.lexical.negatedBigrams : this.lexical.bigrams).get(previous)?.get(stem), true);
  }

  private take(id: number | undefined, lexical: boolean): void {
    if (id === undefined || this.seen[id] === this.sentence) return;
    this.seen[id] = this.sentence;
    if (lexical) this.lexicalAt.push(this.vec.ids.length);
    this.vec.ids.push(id);
    this.vec.values.push(1);
  }
}

/**
 * The model's features of one sentence, in the order `featureVector(extractFeatures(…).names)`
 * gives them (so the sums agree to the last bit), without building word and pair names.
 */
export function sentenceVector(model: LoadedModel, text: string, lang: string, context: SentenceContext = {}): { vec: FeatureVector; visited: VisitedSentence } {
  const sink = model.sink;
  sink.start();
  const visited = visitFeatures(text, lang, context, sink);
  return { vec: sink.finish(visited.lexicalScale), visited };
}

/** The level from P(none, red, amber, green): red past its share, else the likelier of the rest. */
export function levelOf(p: readonly number[], redShare: number): Level {
  const red = p[1] ?? 0, amber = p[2] ?? 0, green = p[3] ?? 0;
  const relevant = red + amber + green;
  if (relevant > 0 && red / relevant >= redShare) return 'red';
  if (red > amber && red > green) return 'red';
  return green > amber ? 'green' : 'amber';
}

/** What a category's calibration makes of its logits; the engine and evaluation both read logits this way. */
export function calibratedScore(z: readonly number[], cal: { temperature: number; threshold: number; redShare: number }): Omit<CategoryScores, 'category'> {
  const p = softmaxWithNone(z, cal.temperature);
  const probs = { red: p[1] ?? 0, amber: p[2] ?? 0, green: p[3] ?? 0 };
  return { relevance: 1 - (p[0] ?? 0), level: levelOf(p, cal.redShare), probs, threshold: cal.threshold };
}

export function scoreVector(model: LoadedModel, vec: FeatureVector): CategoryScores[] {
  return CATEGORIES.map((category) => ({ category, ...calibratedScore(categoryLogits(model, category, vec), model.file.categories[category]) }));
}
