import type { Command } from 'commander';
import type { CliIo } from '../io.js';

/** Registers `placewise sufficiency forecast` on the `sufficiency` command. Not yet written. */
export function registerForecast(_sufficiency: Command, _io: CliIo): void {}
