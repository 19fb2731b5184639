import { constants, type Stats } from 'node:fs';
import { access, lstat, readFile, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { Issue } from '@placewise/model';
import { decodeText, encodingIssues, findWorkbook } from '@placewise/ssda903';
import { CliExit, type CliIo } from '../io.js';
import { describeIssue } from './issue-lines.js';

/** The file argument that means standard input. */
export const STDIN = '-';

/** What a path argument must be: a file to read, a file or folder to read, a file or folder to write. */
export type PathKind = 'input-file' | 'input-any' | 'output-file' | 'output-dir';

const fail = (code: string, message: string): CliExit => new CliExit(2, message, { code });

/** One line for a failed file-system call, by its errno code; never the file's content. */
export function describeFsError(path: string, error: unknown): CliExit {
  const errno = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (errno) {
    case 'ENOENT':
      return fail('file.not-found', `Cannot read ${path}: no such file or directory.`);
    case 'EISDIR':
      return fail('file.is-directory', `${path} is a directory, not a file.`);
    case 'ENOTDIR':
      return fail('file.not-found', `Cannot read ${path}: a part of the path is not a directory.`);
    case 'EACCES':
    case 'EPERM':
      return fail('file.permission-denied', `Cannot open ${path}: permission denied.`);
    case 'ELOOP':
      return fail('file.symlink-loop', `Cannot read ${path}: too many symbolic links.`);
    case 'ENOSPC':
    case 'EROFS':
      return fail('output.unwritable', `Cannot write ${path} (${errno}).`);
    default:
      return fail('file.unreadable', `Cannot use ${path} (${errno ?? 'unreadable'}).`);
  }
}

async function statOrFail(path: string): Promise<Stats> {
  try {
    return await stat(path);
  } catch (error) {
    const link = await lstat(path).catch(() => undefined);
    if (link?.isSymbolicLink() && (error as NodeJS.ErrnoException).code === 'ENOENT')
      throw fail('file.dangling-symlink', `${path} is a symbolic link to a file that does not exist.`);
    throw describeFsError(path, error);
  }
}

/**
 * Checks a path the user named to be read, before anything is read: it exists, is readable, and is a
 * regular file (or, for `input-any`, a folder). A FIFO, socket or device is refused rather than waited on.
 */
export async function checkInputPath(path: string, kind: 'input-file' | 'input-any'): Promise<void> {
  if (path === STDIN) return;
  const info = await statOrFail(path);
  if (info.isDirectory()) {
    if (kind === 'input-file') throw fail('file.is-directory', `${path} is a directory, not a file.`);
  } else if (!info.isFile()) {
    throw fail(
      'file.not-regular',
      `${path} is not a regular file (a named pipe, socket or device); to pipe data in, pass - and use standard input.`,
    );
  }
  await access(path, constants.R_OK).catch((error: unknown) => {
    throw describeFsError(path, error);
  });
}

/**
 * Checks a path the user named to be written: a file output must not be a folder and its folder must exist
 * and be writable; a folder output must not be a file, and it (or the nearest folder above it) writable.
 */
export async function checkOutputPath(path: string, kind: 'output-file' | 'output-dir'): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (info) {
    if (kind === 'output-file' && info.isDirectory())
      throw fail('output.is-directory', `Cannot write ${path}: it is a directory.`);
    if (kind === 'output-dir' && !info.isDirectory())
      throw fail('output.not-directory', `Cannot write into ${path}: it is a file, not a directory.`);
    if (kind === 'output-file' && !info.isFile())
      throw fail('output.not-regular', `Cannot write ${path}: it is not a regular file.`);
    await access(path, constants.W_OK).catch(() => {
      throw fail('output.unwritable', `Cannot write ${path}: permission denied.`);
    });
    return;
  }
  let parent = dirname(resolve(path));
  let parentInfo = await stat(parent).catch(() => undefined);
  if (kind === 'output-file' && !parentInfo)
    throw fail('output.unwritable', `Cannot write ${path}: its directory does not exist.`);
  while (!parentInfo && dirname(parent) !== parent) {
    parent = dirname(parent);
    parentInfo = await stat(parent).catch(() => undefined);
  }
  if (!parentInfo?.isDirectory())
    throw fail('output.unwritable', `Cannot write ${path}: a part of the path is a file.`);
  await access(parent, constants.W_OK).catch(() => {
    throw fail('output.unwritable', `Cannot write ${path}: permission denied.`);
  });
}

/** All of the process's standard input. */
async function readProcessStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return new Uint8Array(Buffer.concat(chunks));
}

/** The bytes of a file the user named, or of standard input for `-`, ending the command with exit 2 if it cannot. */
export async function readInputBytes(path: string, io: Pick<CliIo, 'stdin'>): Promise<Uint8Array> {
  if (path === STDIN) return (io.stdin ?? readProcessStdin)();
  await checkInputPath(path, 'input-file');
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw describeFsError(path, error);
  }
}

/**
 * The text of a file the user named (or `-`), decoded as the SSDA903 readers decode a return (`decodeText`:
 * UTF-16 by its first bytes, else UTF-8, else Windows-1252, as Excel writes a CSV on a UK machine), with a
 * `file.encoding` note when it was not UTF-8, naming the file by its base name as the readers of its records
 * name it, so one file has one name in a command's output. A spreadsheet workbook (.xlsx, .xls) ends the
 * command with exit 2 (`file.workbook`), as its bytes are not text; that message gives the path as typed.
 */
export async function readInputDecoded(
  path: string,
  io: Pick<CliIo, 'stdin'>,
): Promise<{ text: string; issues: Issue[] }> {
  const bytes = await readInputBytes(path, io);
  const workbook = findWorkbook(bytes);
  if (workbook)
    throw new CliExit(
      2,
      `${displayName(path)} is an Excel workbook (.${workbook}), not CSV or JSON text: save the sheet as CSV (comma-separated) and give that.`,
      { code: 'file.workbook' },
    );
  const { text, encoding } = decodeText(bytes);
  return { text, issues: encodingIssues(encoding, basename(displayName(path))) };
}

/** {@link readInputDecoded}'s text, its note written on stderr when `io` has one. */
export async function readInputText(
  path: string,
  io: Pick<CliIo, 'stdin'> & Partial<Pick<CliIo, 'stderr'>>,
): Promise<string> {
  const { text, issues } = await readInputDecoded(path, io);
  for (const issue of issues) io.stderr?.(`${describeIssue(issue)}\n`);
  return text;
}

/** How a path is named in messages: `standard input` for `-`. */
export const displayName = (path: string): string => (path === STDIN ? 'standard input' : path);
