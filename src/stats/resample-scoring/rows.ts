import type { ResampleBlock } from '../resamples.js';
import { compileKernels, instantiate, type WasmModule } from '../../wasm/module.js';
import { ROWS_WASM } from './rows.wasm.js';

/**
 * The inner loop of every bootstrap kernel: one example's weights over the
 * resamples of a block (a row of `ResampleBlock.weights`) added to,
 * subtracted from, or scaled into accumulators. Accumulators come from
 * `int32`/`float64` and are valid until the next `load`.
 */
export interface RowOps {
  /** Takes a block's weights; the accumulators handed out before are invalid after. */
  load(block: ResampleBlock, int32s: number, float64s: number): void;
  /** The `int32s` integer accumulators of the current block. */
  readonly int32: Int32Array;
  /** The `float64s` float accumulators of the current block. */
  readonly float64: Float64Array;
  /** `int32[at + j] += w[example][j]` for every resample j of the block. */
  add(example: number, at: number): void;
  /** `int32[at + j] -= w[example][j]`. */
  sub(example: number, at: number): void;
  /** `float64[at + j] += w[example][j] * d`. */
  axpy(example: number, d: number, at: number): void;
}

/** The fastest row kernels this Node offers: WebAssembly SIMD, else JavaScript. */
export function rowOps(simd = true): RowOps {
  if (simd && module !== undefined) return new WasmRows(module);
  return new JsRows();
}

const module = compileKernels(ROWS_WASM);

class JsRows implements RowOps {
  private size = 0;
  private weights: Uint16Array = new Uint16Array(0);
  int32: Int32Array = new Int32Array(0);
  float64: Float64Array = new Float64Array(0);

  load(block: ResampleBlock, int32s: number, float64s: number): void {
    this.size = block.size;
    this.weights = block.weights;
    if (this.int32.length < int32s) this.int32 = new Int32Array(int32s);
    if (this.float64.length < float64s) this.float64 = new Float64Array(float64s);
  }

  add(example: number, at: number): void {
    const { size, weights, int32 } = this;
    const offset = example * size;
    for (let j = 0; j < size; j++) int32[at + j] += weights[offset + j];
  }

  sub(example: number, at: number): void {
    const { size, weights, int32 } = this;
    const offset = example * size;
    for (let j = 0; j < size; j++) int32[at + j] -= weights[offset + j];
  }

  axpy(example: number, d: number, at: number): void {
    const { size, weights, float64 } = this;
    const offset = example * size;
    for (let j = 0; j < size; j++) float64[at + j] += weights[offset + j] * d;
  }
}

interface RowExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  add_row(src: number, size: number, dst: number): void;
  sub_row(src: number, size: number, dst: number): void;
  axpy_row(src: number, size: number, d: number, dst: number): void;
}

/**
 * The same loops in WebAssembly (rows.wat), 3–7× faster: the block's
 * weights are copied into the instance's memory once per block, followed by
 * the accumulators.
 */
class WasmRows implements RowOps {
  private readonly exports: RowExports;
  private size = 0;
  private rowBytes = 0;
  private int32Address = 0;
  private float64Address = 0;
  int32: Int32Array = new Int32Array(0);
  float64: Float64Array = new Float64Array(0);

  constructor(module: WasmModule) {
    this.exports = instantiate<RowExports>(module);
  }

  load(block: ResampleBlock, int32s: number, float64s: number): void {
    const { memory } = this.exports;
    const weightBytes = align(block.weights.byteLength);
    this.int32Address = weightBytes;
    this.float64Address = weightBytes + align(4 * int32s);
    const needed = this.float64Address + 8 * float64s;
    if (needed > memory.buffer.byteLength) {
      memory.grow(Math.ceil((needed - memory.buffer.byteLength) / 65536));
    }
    new Uint16Array(memory.buffer, 0, block.weights.length).set(block.weights);
    this.int32 = new Int32Array(memory.buffer, this.int32Address, int32s);
    this.float64 = new Float64Array(memory.buffer, this.float64Address, float64s);
    this.size = block.size;
    this.rowBytes = 2 * block.size;
  }

  add(example: number, at: number): void {
    this.exports.add_row(example * this.rowBytes, this.size, this.int32Address + 4 * at);
  }

  sub(example: number, at: number): void {
    this.exports.sub_row(example * this.rowBytes, this.size, this.int32Address + 4 * at);
  }

  axpy(example: number, d: number, at: number): void {
    this.exports.axpy_row(example * this.rowBytes, this.size, d, this.float64Address + 8 * at);
  }
}

/** Rounds a byte count up to 16 (one SIMD vector). */
function align(bytes: number): number {
  return Math.ceil(bytes / 16) * 16;
}
