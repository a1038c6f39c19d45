/**
 * Reads one input of the CLI (a file or stdin) as UTF-8 text, refusing what is not
 * text: a missing file, a directory, binary data, an empty file, an oversized file.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';

export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export class InputError extends Error {}

export interface Input {
  /** The name reported in the output: the path as given, or `-` for stdin. */
  source: string;
  text: string;
  html: boolean;
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}

function decode(source: string, bytes: Buffer): string {
  if (bytes.length === 0) throw new InputError(`${source}: empty input`);
  if (bytes.length > MAX_INPUT_BYTES) throw new InputError(`${source}: larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
  // Text never holds NUL bytes; binary files nearly always do in their first block.
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`${source}: binary data, not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${source}: not valid UTF-8 text`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new InputError(`${source}: empty input`);
  return text;
}

function looksLikeHtml(source: string, text: string): boolean {
  const ext = extname(source).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return true;
  return source === '-' && /^\s*(?:<!doctype html|<html[\s>])/i.test(text);
}

export function readInput(source: string): Input {
  let bytes: Buffer;
  try {
    if (source === '-') bytes = readFileSync(0);
    else {
      const stat = statSync(source);
      if (stat.isDirectory()) throw new InputError(`${source}: is a directory`);
      if (!stat.isFile()) throw new InputError(`${source}: not a regular file`);
      if (stat.size > MAX_INPUT_BYTES) throw new InputError(`${source}: larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
      bytes = readFileSync(source);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${source}: ${describe(error)}`);
  }
  const text = decode(source, bytes);
  return { source, text, html: looksLikeHtml(source, text) };
}
