import type { Command } from 'commander';
import type { CliIo } from '../io.js';

/** Registers the `ssda903` command(s). Not yet written: see the open issue that names it. */
export function registerSsda903(_program: Command, _io: CliIo): void {}
