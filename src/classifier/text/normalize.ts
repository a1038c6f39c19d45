/**
 * Typographic normalisation on a copy of the text, with a map back to the original.
 * The segmenter and the language/policy scorers read the copy; every span the engine
 * reports is mapped back so the extension can highlight the original page text.
 */

export interface NormalizedText {
  /** The cleaned copy. */
  text: string;
  /**
   * `toOriginal[i]` is the original offset of `text[i]`; one extra entry maps the end.
   * `null` when nothing changed (the common case for clean text): offsets are identical.
   */
  toOriginal: Uint32Array | null;
}

/** Characters dropped from the copy: soft hyphen and zero-width/format characters. */
const DROPPED = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x180e]);

/** One-to-many replacements (ligatures) and one-to-one ones (spaces, quotes, bullets). */
const REPLACED: ReadonlyMap<number, string> = new Map<number, string>([
  [0xfb00, 'ff'], [0xfb01, 'fi'], [0xfb02, 'fl'], [0xfb03, 'ffi'], [0xfb04, 'ffl'], [0xfb05, 'st'], [0xfb06, 'st'],
  [0x00a0, ' '], [0x2007, ' '], [0x202f, ' '], [0x2002, ' '], [0x2003, ' '], [0x2009, ' '], [0x200a, ' '], [0x3000, ' '],
  [0x0009, ' '], [0x000b, ' '], [0x000c, '\n'], [0x2028, '\n'], [0x2029, '\n'], [0x0085, '\n'],
  [0x2018, "'"], [0x2019, "'"], [0x201a, "'"], [0x201b, "'"], [0x2032, "'"],
  [0x201c, '"'], [0x201d, '"'], [0x201e, '"'], [0x201f, '"'], [0x00ab, '"'], [0x00bb, '"'], [0x2033, '"'],
  [0x25e6, '•'], [0x25aa, '•'], [0x25cf, '•'], [0x25a0, '•'], [0x25a1, '•'], [0x2023, '•'], [0x2043, '•'],
  [0x27a2, '•'], [0x2713, '•'], [0x2714, '•'], [0x00b7, '•'], [0x2219, '•'], [0xf0b7, '•'], [0x25cb, '•'],
]);

const hex = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`;
/** Every character the copy changes; scanning with one regex keeps clean runs fast. */
const SPECIAL = new RegExp(`[\\r${[...DROPPED, ...REPLACED.keys()].map(hex).join('')}]`, 'g');

export function normalizeText(original: string): NormalizedText {
  SPECIAL.lastIndex = 0;
  if (!SPECIAL.test(original)) return { text: original, toOriginal: null };
  const parts: string[] = [];
  // Ligatures expand, so the map may outgrow the input: grow it when needed.
  let map = new Uint32Array(original.length + 16);
  let length = 0;
  const reserve = (extra: number): void => {
    if (length + extra + 1 <= map.length) return;
    const grown = new Uint32Array((length + extra) * 2 + 16);
    grown.set(map);
    map = grown;
  };
  let runStart = 0;
  SPECIAL.lastIndex = 0;
  for (let match = SPECIAL.exec(original); match !== null; match = SPECIAL.exec(original)) {
    const at = match.index;
    const code = original.charCodeAt(at);
    // CRLF → LF (drop the CR); a lone CR becomes LF.
    const replacement = code === 13 ? (original.charCodeAt(at + 1) === 10 ? '' : '\n') : DROPPED.has(code) ? '' : (REPLACED.get(code) ?? '');
    reserve(at - runStart + replacement.length);
    for (let i = runStart; i < at; i++) map[length++] = i;
    if (at > runStart) parts.push(original.slice(runStart, at));
    for (let k = 0; k < replacement.length; k++) map[length++] = at;
    if (replacement.length > 0) parts.push(replacement);
    runStart = at + 1;
  }
  reserve(original.length - runStart);
  for (let i = runStart; i < original.length; i++) map[length++] = i;
  if (original.length > runStart) parts.push(original.slice(runStart));
  map[length] = original.length;
  return { text: parts.join(''), toOriginal: map.subarray(0, length + 1) };
}

/** Maps a half-open span of the normalised copy back to the original text. */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): [number, number] {
  const map = norm.toOriginal;
  if (map === null) return [start, end];
  const from = map[start] ?? 0;
  // The end is one past the original position of the last kept character.
  const to = end > start ? (map[end - 1] ?? from) + 1 : from;
  return [from, to];
}
