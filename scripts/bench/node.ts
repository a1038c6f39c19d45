/**
 * Analysis in Node, warm: each text analysed and, in the same loop, tokenised and
 * sentence-split by bare wink-nlp, so the ratio shares the machine's noise.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyze } from '../../src/classifier';
import type { BenchText } from './corpus';
import type { TextResult } from './schema';
import { ratio, round, statOf, timeMs } from './stats';

export interface NodeBenchOptions {
  runs: number;
  warmup: number;
}

type Wink = ReturnType<typeof winkNLP>;

function bareTokenise(nlp: Wink, text: string): number {
  const doc = nlp.readDoc(text);
  return doc.sentences().out().length + doc.tokens().out().length;
}

export function benchText(nlp: Wink, { name, text }: BenchText, { runs, warmup }: NodeBenchOptions): TextResult {
  let sentences = 0;
  for (let i = 0; i < warmup; i++) {
    sentences = analyze({ text }).sentences.length;
    bareTokenise(nlp, text);
  }
  const analysis: number[] = [];
  const tokenise: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate the order so neither side always runs right after a GC of the other's garbage.
    if (i % 2 === 0) {
      analysis.push(timeMs(() => analyze({ text })));
      tokenise.push(timeMs(() => bareTokenise(nlp, text)));
    } else {
      tokenise.push(timeMs(() => bareTokenise(nlp, text)));
      analysis.push(timeMs(() => analyze({ text })));
    }
  }
  const analysisMs = statOf(analysis);
  const tokenizeMs = statOf(tokenise);
  return {
    name,
    chars: text.length,
    sentences,
    analysisMs,
    tokenizeMs,
    ratio: ratio(analysisMs, tokenizeMs),
    sentencesPerSecond: round(sentences / (analysisMs.median / 1000), 0),
  };
}

export function runNodeBench(texts: readonly BenchText[], options: NodeBenchOptions): { runs: number; texts: TextResult[]; profile: null } {
  // The same pipeline the engine builds (tokens + sentence boundaries only).
  const nlp = winkNLP(model, ['sbd']);
  // JIT warm-up on every text first: otherwise the first texts measured pay for compiling the engine.
  for (let round = 0; round < 2; round++) {
    for (const { text } of texts) {
      analyze({ text });
      bareTokenise(nlp, text);
    }
  }
  return { runs: options.runs, texts: texts.map((text) => benchText(nlp, text, options)), profile: null };
}
