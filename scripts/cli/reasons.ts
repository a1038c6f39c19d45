/** Reason texts for findings, from the extension's own message catalogue. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export type ReasonText = (key: string, cue: string) => string;

/** `npm run` starts scripts in the package root, where the catalogue lives. */
function loadMessages(lang: 'en' | 'nl', root: string): Record<string, Message> {
  const path = resolve(root, 'public/_locales', lang, 'messages.json');
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, Message>;
  } catch {
    // A missing or broken catalogue degrades to message keys, never to a crash.
    return {};
  }
}

/** `reasonText(key, cue)`: the message in `lang` with its placeholders filled; the key if absent. */
export function reasonTexts(lang: 'en' | 'nl', root = process.cwd()): ReasonText {
  const messages = loadMessages(lang, root);
  return (key, cue) => {
    const entry = messages[key];
    if (entry === undefined || typeof entry.message !== 'string') return key;
    const named = entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
      const placeholder = entry.placeholders?.[name] ?? entry.placeholders?.[name.toLowerCase()];
      return placeholder ? placeholder.content : whole;
    });
    return named.replace(/\$1/g, cue);
  };
}
