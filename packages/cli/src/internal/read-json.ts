import { readFile } from 'node:fs/promises';
import { CliExit } from '../io.js';

/** Reads and parses a JSON file, ending the command with exit 2 and a message naming only the file if it cannot. */
export async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CliExit(2, `Cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'}).`);
  }
  try {
    return JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the input, which may hold personal data: name the file only.
    throw new CliExit(2, `${file} is not valid JSON.`);
  }
}
