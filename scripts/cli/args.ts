/** Command-line arguments of `npm run analyze`. */

export interface CliOptions {
  json: boolean;
  url: string | undefined;
  /** Language of the reason texts. */
  lang: 'en' | 'nl';
  /** Files to analyse; `-` is stdin; empty means every file in seeds/. */
  files: string[];
}

export class UsageError extends Error {}

export const USAGE = 'usage: npm run -s analyze -- [--json] [--url URL] [--lang en|nl] [FILE... | -]';

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { json: false, url: undefined, lang: 'en', files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--json') options.json = true;
    else if (arg === '--url' || arg === '--lang') {
      const value = argv[++i];
      if (value === undefined || value === '') throw new UsageError(`${arg} needs a value; ${USAGE}`);
      if (arg === '--url') options.url = value;
      else if (value === 'en' || value === 'nl') options.lang = value;
      else throw new UsageError(`--lang must be en or nl, not "${value}"`);
    } else if (arg === '--') continue;
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}; ${USAGE}`);
    else options.files.push(arg);
  }
  return options;
}
