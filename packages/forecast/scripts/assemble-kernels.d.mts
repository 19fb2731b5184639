/** The module's bytes for a .wat text (see assemble-kernels.mjs). */
export function assembleKernels(wat: string): Promise<Uint8Array>;
