// The one way kernels.wat becomes bytes, shared by write-kernels.mjs and the test that checks the committed
// bytes are the .wat's: wabt's assembler, with SIMD on and no names section.
import createWabt from 'wabt';

/** The module's bytes for a .wat text. */
export async function assembleKernels(wat) {
  const wabt = await createWabt();
  const parsed = wabt.parseWat('kernels.wat', wat, { simd: true });
  try {
    parsed.resolveNames();
    parsed.validate();
    return Uint8Array.from(parsed.toBinary({ log: false, write_debug_names: false }).buffer);
  } finally {
    parsed.destroy();
  }
}
