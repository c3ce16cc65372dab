// The little of the WebAssembly API the kernels use (the project's TypeScript libs do not declare it).

/** A compiled WebAssembly module. */
export interface WasmModule {
  readonly kind: 'module';
}

interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (module: WasmModule) => { exports: unknown };
}

const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

/**
 * Compiles a kernel module from its base64 bytes, or undefined where this
 * runtime cannot validate it (every Node >= 16.4 validates SIMD; anything
 * else gets the kernels' JavaScript twins).
 */
export function compileKernels(base64: string): WasmModule | undefined {
  const bytes = Buffer.from(base64, 'base64');
  return wasm.validate(bytes) ? new wasm.Module(bytes) : undefined;
}

/** A fresh instance of a compiled module: its own memory. */
export function instantiate<Exports>(module: WasmModule): Exports {
  return new wasm.Instance(module).exports as Exports;
}
