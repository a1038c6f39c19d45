/**
 * `npm run analyze`: the engine from the command line (issue 3, "The command line").
 * Prints a table, or with --json exactly one JSON object per input; bad input gets one
 * line on stderr and a non-zero exit, never a stack trace or partial output.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, UsageError } from './cli/args';
import { toJson } from './cli/json-output';
import { InputError, readInput } from './cli/read-input';
import { reasonTexts } from './cli/reasons';
import { analyzeInput, type Result } from './cli/run';
import { renderTable } from './cli/table';

function seedFiles(): string[] {
  return readdirSync('seeds')
    .filter((name) => /\.(?:txt|md|html?)$/i.test(name))
    .sort()
    .map((name) => join('seeds', name));
}

function main(argv: readonly string[]): number {
  const options = parseArgs(argv);
  const files = options.files.length > 0 ? options.files : seedFiles();
  if (files.length === 0) throw new InputError('no input files (seeds/ is empty)');
  // Read and analyse everything before printing, so a bad input leaves stdout empty.
  const results: Result[] = files.map((file) => analyzeInput(readInput(file), options.url));
  const reason = reasonTexts(options.lang);
  if (options.json) {
    const objects = results.map((result) =>
      toJson(result.source, result.analysis, reason, {
        isPolicy: result.isPolicy,
        truncated: result.truncated,
        ...(result.extracted !== undefined ? { text: result.extracted } : {}),
      }),
    );
    // One file: exactly one (pretty) object; several: one compact object per line.
    const output = objects.length === 1 ? JSON.stringify(objects[0], null, 2) : objects.map((o) => JSON.stringify(o)).join('\n');
    process.stdout.write(`${output}\n`);
  } else {
    process.stdout.write(`${renderTable(results, reason, process.stdout.isTTY === true && !process.env.NO_COLOR)}\n`);
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  const known = error instanceof InputError || error instanceof UsageError;
  const message = known ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`analyze: ${message.split('\n')[0]}\n`);
  process.exitCode = known ? 2 : 1;
}
