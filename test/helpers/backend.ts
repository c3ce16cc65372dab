import { useBackend } from '../../src/backend/resolve.js';

/** Starts the bundled WebAssembly backend, as a run on a runner without tfjs-node does. */
export async function useWasm(): Promise<void> {
  await useBackend('wasm', { searchFrom: [] });
}
