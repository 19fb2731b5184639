import type { Issue } from '@placewise/model';
import { issue } from './internal/issue.js';
import { findUtf16, stripBom, swapPairs } from './internal/utf16.js';

/** The character encodings {@link decodeText} tells apart. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A file's text and the encoding it was read in. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/**
 * Decodes a file's bytes the way the SSDA903 readers do, for callers reading other files of the same systems
 * (fee spreadsheets, settings lists): UTF-16 when the first bytes say so (a byte-order mark, as Excel's
 * "Unicode text" and .NET's `Encoding.Unicode` write, or a zero byte beside each ASCII character); UTF-8
 * when the bytes are valid UTF-8; otherwise Windows-1252, which Excel's "CSV (Comma delimited)" writes on a
 * UK Windows machine (a £ sign is the byte A3). A leading byte-order mark is dropped. Never throws.
 *
 * @example
 * decodeText(new Uint8Array([0xa3, 0x35, 0x30])); // { text: '£50', encoding: 'windows-1252' }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const utf16 = findUtf16(bytes);
  if (utf16) {
    const little = utf16 === 'utf-16be' ? swapPairs(bytes) : bytes;
    return { text: stripBom(new TextDecoder('utf-16le').decode(little)), encoding: utf16 };
  }
  try {
    return { text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Whether a file's bytes are a spreadsheet workbook rather than text: `xlsx` for a zip archive (Excel's
 * .xlsx, and anything else zipped, such as .ods), `xls` for Excel 97–2003's compound file; `undefined` for
 * anything else. A workbook renamed `.csv` decodes to nonsense, so the readers say what it is instead.
 *
 * @example
 * findWorkbook(new Uint8Array([0x50, 0x4b, 0x03, 0x04])); // 'xlsx'
 */
export function findWorkbook(bytes: Uint8Array): 'xlsx' | 'xls' | undefined {
  const starts = (signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);
  if (starts(ZIP)) return 'xlsx';
  if (starts(COMPOUND_FILE)) return 'xls';
  return undefined;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const ENCODING_NAMES: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian), as its first bytes say',
  'utf-16be': 'UTF-16 (big-endian), as its first bytes say',
  'windows-1252': 'Windows-1252, as it is not valid UTF-8 (Excel’s “CSV (Comma delimited)” writes it)',
};

/**
 * The `file.encoding` note for a file read in anything but UTF-8 (none for UTF-8), as the SSDA903 readers
 * give it, for callers that decode their own files with {@link decodeText}.
 *
 * @example
 * encodingIssues('windows-1252', 'fees.csv')[0]?.code; // 'file.encoding'
 */
export function encodingIssues(encoding: TextEncodingName, file: string | undefined): Issue[] {
  if (encoding === 'utf-8') return [];
  return [issue('file.encoding', `Read as ${ENCODING_NAMES[encoding]}.`, file ? { file } : {})];
}
