import { Issue } from '@placewise/model';
import * as z from 'zod';

/**
 * The JSON error object the CLI prints on stdout with `--json` and the HTTP service answers with:
 * `{ "error": { "code", "message" }, "issues": [...] }` (see the CLI README). `code` is stable
 * (`file.not-found`, `cli.missing-option`, `input.invalid`…); `message` is one line naming no personal value.
 *
 * @example
 * const body = JsonError.parse(JSON.parse(stdout)); // body.error.code, e.g. 'file.not-found'
 */
export const JsonError = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
  issues: z.array(Issue),
});
/** @see {@link JsonError} */
export type JsonError = z.infer<typeof JsonError>;

/** Builds the JSON error object; the message is kept to its first line (a colon that led to the rest becomes a full stop). */
export function toJsonError(code: string, message: string, issues: readonly Issue[] = []): JsonError {
  const line = message.split('\n')[0]?.trim().replace(/:$/, '.') || code;
  return { error: { code, message: line }, issues: [...issues] };
}

/**
 * Adds the error to a JSON document a command already printed (a report holding its own `issues`), so
 * stdout stays one JSON document; anything that is not a JSON object gives way to the bare error object.
 */
export function mergeJsonError(printed: string, error: JsonError): Record<string, unknown> {
  let doc: unknown;
  try {
    doc = printed.trim() ? JSON.parse(printed) : undefined;
  } catch {
    doc = undefined;
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return { ...error };
  const own = (doc as { issues?: unknown }).issues;
  return { error: error.error, ...doc, issues: Array.isArray(own) ? own : error.issues };
}
