import type { Issue } from '@placewise/model';
import { CliExit, type CliIo } from '../io.js';
import { displayName, readInputBytes } from './files.js';
import { describeIssue } from './issue-lines.js';

/** Key files are often saved with a trailing line break; it is not part of the key. */
function keyBytes(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0x0a || bytes[end - 1] === 0x0d)) end--;
  return bytes.slice(0, end);
}

/**
 * The council's secret key from `--key-file` (or `-`), without trailing line breaks; exit 2 if it is empty.
 * The key is its bytes as they are, so that pseudonyms stay the same from run to run; what an editor may have
 * added around it (a byte-order mark, UTF-16, spaces at either end) is kept, and said on stderr
 * (`key.encoding`, `key.spaces`), since the same key saved without it gives other pseudonyms and children
 * would no longer link across years. The key itself is never written.
 */
export async function readKeyFile(file: string, io: CliIo): Promise<Uint8Array> {
  const key = keyBytes(await readInputBytes(file, io));
  if (key.length === 0) throw new CliExit(2, 'The key file is empty.', { code: 'file.empty' });
  for (const issue of keyNotes(key, displayName(file))) io.stderr(`${describeIssue(issue)}\n`);
  return key;
}

/** What an editor may have added to a key, each as a warning located at the key file. */
export function keyNotes(key: Uint8Array, file: string): Issue[] {
  const notes: Issue[] = [];
  const note = (code: string, message: string) =>
    notes.push({ code, severity: 'warning', message, location: { file } });
  const bom = key[0] === 0xef && key[1] === 0xbb && key[2] === 0xbf;
  const utf16 =
    key[0] === 0xff && key[1] === 0xfe
      ? 'little-endian'
      : key[0] === 0xfe && key[1] === 0xff
        ? 'big-endian'
        : undefined;
  if (bom)
    note(
      'key.encoding',
      'The key file starts with a UTF-8 byte-order mark, which is read as part of the key: the same key saved without it (as most tools save it) gives other pseudonyms.',
    );
  else if (utf16)
    note(
      'key.encoding',
      `The key file is saved as UTF-16 (${utf16}), whose bytes are the key: the same key saved as UTF-8 gives other pseudonyms.`,
    );
  const first = key[bom ? 3 : 0];
  const last = key[key.length - 1];
  if (first === 0x20 || first === 0x09 || last === 0x20 || last === 0x09)
    note(
      'key.spaces',
      'The key starts or ends with a space or a tab, which is read as part of the key: a copy without it gives other pseudonyms.',
    );
  return notes;
}
