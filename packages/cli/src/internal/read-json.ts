import { CliExit, type CliIo } from '../io.js';
import { displayName, readInputText } from './files.js';

/**
 * Reads and parses a JSON file (or standard input for `-`; UTF-8 with or without a byte-order mark, or UTF-16
 * as .NET's `Encoding.Unicode` writes it, with a note on stderr), ending the command with exit 2 and a message
 * naming only the file if it cannot.
 */
export async function readJson(
  file: string,
  io: Pick<CliIo, 'stdin'> & Partial<Pick<CliIo, 'stderr'>> = {},
): Promise<unknown> {
  const text = await readInputText(file, io);
  try {
    return JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the input, which may hold personal data: name the file only.
    throw new CliExit(2, `${displayName(file)} is not valid JSON.`, { code: 'file.not-json' });
  }
}
