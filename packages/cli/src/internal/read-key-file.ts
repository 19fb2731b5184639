import { CliExit, type CliIo } from '../io.js';
import { readInputBytes } from './files.js';

/** Key files are often saved with a trailing line break; it is not part of the key. */
function keyBytes(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0x0a || bytes[end - 1] === 0x0d)) end--;
  return bytes.slice(0, end);
}

/** The council's secret key from `--key-file` (or `-`), without trailing line breaks; exit 2 if it is empty. */
export async function readKeyFile(file: string, io: CliIo): Promise<Uint8Array> {
  const key = keyBytes(await readInputBytes(file, io));
  if (key.length === 0) throw new CliExit(2, 'The key file is empty.', { code: 'file.empty' });
  return key;
}
