import type { Command } from 'commander';
import type { CliIo } from '../io.js';

/** Registers the `geo` command(s). Not yet written: see the open issue that names it. */
export function registerGeo(_program: Command, _io: CliIo): void {}
