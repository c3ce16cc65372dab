import { compileKernels, instantiate, type WasmModule } from '../../wasm/module.js';
import { SECOND_WASM } from './second.wasm.js';

/**
 * What stays fixed while a model's one-column feature ablations are
 * evaluated, besides the pre-activations (`SecondLayerData`): the layers'
 * shapes and kernels.
 */
export interface SecondLayerShape {
  /** Rows. */
  n: number;
  /** First layer units. */
  h: number;
  /** Second layer units. */
  h2: number;
  /** Whether the first layer's activation is a ReLU (else linear). */
  relu: boolean;
  /** Whether to apply the second layer's ReLU to the rows (else the caller applies its activation). */
  relu2: boolean;
  /** The first layer's kernel, inputs × h, row-major. */
  w1: Float32Array;
  /** The second layer's kernel, h × h2. */
  w2: Float32Array;
}

/** The shape with the first Dense layer's (n × h) and the second's (n × h2) pre-activation on every row. */
export interface SecondLayerData extends Omit<SecondLayerShape, 'n'> {
  z1: Float32Array;
  z2: Float32Array;
}

/**
 * The second Dense layer's pre-activation after one input column changes by
 * `d` in a row (see second.wat): `z2 + d · m + Σ |zn_k| · W2[k]` over the
 * first-layer units whose ReLU changes side. `m`, the rows' `(mask ⊙ w) ·
 * W2`, is loaded per column and row range with `loadM`.
 */
export interface SecondLayerKernel {
  /** Starts a stack of `rows` output rows; `update` calls fill it in order. */
  begin(rows: number): void;
  /** Takes the `m` rows of the range that the next `update` calls read. */
  loadM(m: Float32Array): void;
  /**
   * Rows `start + rows[p]` (p < count) of input column `column`, changed by
   * `deltas[p]`: their second-layer values go on the stack.
   */
  update(
    start: number,
    column: number,
    rows: Int32Array,
    deltas: Float32Array,
    count: number,
  ): void;
  /** The stack, rows × h2, valid until the next `begin` or `loadM`. */
  stack(): Float32Array;
  /** Its own copy of the first layer's pre-activation, n × h, to fill or read; valid until the next `begin`. */
  z1(): Float32Array;
  /** Its own copy of the second layer's pre-activation, n × h2, likewise. */
  z2(): Float32Array;
}

/** The fastest kernel this Node offers: WebAssembly SIMD, else JavaScript (equal to the bit). */
export function secondLayerKernel(data: SecondLayerData, simd = true): SecondLayerKernel {
  const kernel = emptySecondLayerKernel({ ...data, n: data.z2.length / data.h2 }, simd);
  kernel.z1().set(data.z1);
  kernel.z2().set(data.z2);
  return kernel;
}

/**
 * The kernel with its pre-activations zero, for the caller to fill through
 * `z1()` and `z2()` in place: no second copy of either outside it.
 */
export function emptySecondLayerKernel(shape: SecondLayerShape, simd = true): SecondLayerKernel {
  if (simd && module !== undefined) return new WasmKernel(module, shape);
  return new JsKernel(shape);
}

const module = compileKernels(SECOND_WASM);

const f32 = Math.fround;

class JsKernel implements SecondLayerKernel {
  private readonly data: SecondLayerData;
  private m: Float32Array = new Float32Array(0);
  private out = new Float32Array(0);
  private at = 0;

  constructor({ n, ...shape }: SecondLayerShape) {
    const z1 = new Float32Array(n * shape.h);
    const z2 = new Float32Array(n * shape.h2);
    this.data = { ...shape, z1, z2 };
  }

  begin(rows: number): void {
    this.out = new Float32Array(rows * this.data.h2);
    this.at = 0;
  }

  loadM(m: Float32Array): void {
    this.m = m;
  }

  update(
    start: number,
    column: number,
    rows: Int32Array,
    deltas: Float32Array,
    count: number,
  ): void {
    const { h, h2, relu, relu2, w1, w2, z1, z2 } = this.data;
    const { m, out } = this;
    const w = column * h;
    for (let p = 0; p < count; p++) {
      const r = rows[p];
      const d = deltas[p];
      const o = (this.at + p) * h2;
      const base = (start + r) * h2;
      const mr = r * h2;
      for (let u = 0; u < h2; u++) out[o + u] = f32(z2[base + u] + f32(d * m[mr + u]));
      const zr = (start + r) * h;
      for (let k = 0; relu && k < h; k++) {
        const z = z1[zr + k];
        const zn = f32(z + f32(d * w1[w + k]));
        if (z > 0 !== zn > 0) {
          const e = Math.abs(zn);
          const row = k * h2;
          for (let u = 0; u < h2; u++) out[o + u] = f32(out[o + u] + f32(e * w2[row + u]));
        }
      }
      for (let u = 0; relu2 && u < h2; u++) out[o + u] = Math.max(out[o + u], 0);
    }
    this.at += count;
  }

  stack(): Float32Array {
    return this.out;
  }

  z1(): Float32Array {
    return this.data.z1;
  }

  z2(): Float32Array {
    return this.data.z2;
  }
}

interface KernelExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  update(
    z1: number,
    z2: number,
    m: number,
    w: number,
    w2: number,
    rows: number,
    deltas: number,
    count: number,
    out: number,
    h: number,
    h2: number,
    relu: number,
    relu2: number,
  ): void;
}

/**
 * The kernel in WebAssembly: the kernels copied into the instance's memory
 * once, then the pre-activations (filled through `z1()` and `z2()`), then
 * room for the m of up to all n rows, one segment's rows and deltas, and
 * the stack (grown as needed). It keeps no reference to the arrays it
 * copied: the caller's may be freed.
 */
class WasmKernel implements SecondLayerKernel {
  private readonly exports: KernelExports;
  private readonly shape: Pick<SecondLayerShape, 'n' | 'h' | 'h2' | 'relu' | 'relu2'>;
  private readonly w1At: number;
  private readonly w2At: number;
  private readonly z1At: number;
  private readonly z2At: number;
  private readonly mAt: number;
  private readonly rowsAt: number;
  private readonly deltasAt: number;
  private readonly stackAt: number;
  private rows = 0;
  private at = 0;

  constructor(module: WasmModule, data: SecondLayerShape) {
    const { n, h, h2, relu, relu2 } = data;
    this.shape = { n, h, h2, relu, relu2 };
    this.exports = instantiate<KernelExports>(module);
    this.w1At = 0;
    this.w2At = this.w1At + align(data.w1.byteLength);
    this.z1At = this.w2At + align(data.w2.byteLength);
    this.z2At = this.z1At + align(4 * n * h);
    this.mAt = this.z2At + align(4 * n * h2);
    this.rowsAt = this.mAt + align(4 * n * data.h2);
    this.deltasAt = this.rowsAt + align(4 * n);
    this.stackAt = this.deltasAt + align(4 * n);
    this.reserve(this.stackAt);
    const buffer = this.exports.memory.buffer;
    new Float32Array(buffer, this.w1At, data.w1.length).set(data.w1);
    new Float32Array(buffer, this.w2At, data.w2.length).set(data.w2);
  }

  begin(rows: number): void {
    this.rows = rows;
    this.at = 0;
    this.reserve(this.stackAt + 4 * rows * this.shape.h2);
  }

  loadM(m: Float32Array): void {
    new Float32Array(this.exports.memory.buffer, this.mAt, m.length).set(m);
  }

  update(
    start: number,
    column: number,
    rows: Int32Array,
    deltas: Float32Array,
    count: number,
  ): void {
    const { h, h2, relu, relu2 } = this.shape;
    const buffer = this.exports.memory.buffer;
    new Int32Array(buffer, this.rowsAt, count).set(rows.subarray(0, count));
    new Float32Array(buffer, this.deltasAt, count).set(deltas.subarray(0, count));
    this.exports.update(
      this.z1At + 4 * start * h,
      this.z2At + 4 * start * h2,
      this.mAt,
      this.w1At + 4 * column * h,
      this.w2At,
      this.rowsAt,
      this.deltasAt,
      count,
      this.stackAt + 4 * this.at * h2,
      h,
      h2,
      relu ? 1 : 0,
      relu2 ? 1 : 0,
    );
    this.at += count;
  }

  stack(): Float32Array {
    return new Float32Array(this.exports.memory.buffer, this.stackAt, this.rows * this.shape.h2);
  }

  z1(): Float32Array {
    return new Float32Array(this.exports.memory.buffer, this.z1At, this.shape.n * this.shape.h);
  }

  z2(): Float32Array {
    return new Float32Array(this.exports.memory.buffer, this.z2At, this.shape.n * this.shape.h2);
  }

  private reserve(bytes: number): void {
    const { memory } = this.exports;
    if (bytes > memory.buffer.byteLength) {
      memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / 65536));
    }
  }
}

/** Rounds a byte count up to 16 (one SIMD vector). */
function align(bytes: number): number {
  return Math.ceil(bytes / 16) * 16;
}
