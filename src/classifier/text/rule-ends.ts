/**
 * Candidate sentence ends without wink-nlp: a stop (. ! ? …), optional closing quotes or
 * brackets, then white space and something that can start a sentence. Same output as
 * winkSentenceEnds, so ./boundaries filters both alike. It exists because wink's English
 * model costs ~180 ms of worker cold start (issue 7); see the engine report for figures.
 */

const CANDIDATE = /[.!?…]+["'’”)\]]*(?=\s+["'‘“(\[•]?[\p{Lu}\p{N}])/gu;

export function ruleSentenceEnds(text: string): number[] {
  const ends: number[] = [];
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(text); match !== null; match = CANDIDATE.exec(text)) {
    ends.push(match.index + match[0].length);
  }
  ends.push(text.length);
  return ends;
}
