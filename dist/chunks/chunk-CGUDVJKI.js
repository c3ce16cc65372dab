import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));

// src/stats/rng.ts
var Rng = class _Rng {
  s0;
  s1;
  s2;
  s3;
  spareNormal;
  constructor(seed) {
    let x = seed >>> 0;
    const next = () => {
      x = x + 2654435769 >>> 0;
      let z = x;
      z = Math.imul(z ^ z >>> 16, 2246822507) >>> 0;
      z = Math.imul(z ^ z >>> 13, 3266489909) >>> 0;
      return (z ^ z >>> 16) >>> 0;
    };
    this.s0 = next() | 0;
    this.s1 = next() | 0;
    this.s2 = next() | 0;
    this.s3 = next() | 0;
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }
  /** A stream for one purpose: `Rng.stream(seed, 'permute', 'age', 3)`. */
  static stream(seed, ...labels) {
    let h = 2166136261;
    const mix = (text) => {
      for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 16777619) >>> 0;
      }
      h ^= 255;
      h = Math.imul(h, 16777619) >>> 0;
    };
    mix(String(seed));
    for (const label of labels) mix(String(label));
    return new _Rng(h);
  }
  /** A uniform 32-bit unsigned integer. */
  nextUint32() {
    const s1 = this.s1;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result >>> 0;
  }
  /** A uniform double in [0, 1) with 53 random bits. */
  next() {
    const high = this.nextUint32() >>> 5;
    const low = this.nextUint32() >>> 6;
    return (high * 67108864 + low) / 9007199254740992;
  }
  /** A uniform integer in [0, n), without modulo bias. */
  int(n) {
    if (!(n > 0) || n > 4294967296) throw new RangeError(`Rng.int: bad range ${n}`);
    const limit = 4294967296 - 4294967296 % n;
    let x = this.nextUint32();
    while (x >= limit) x = this.nextUint32();
    return x % n;
  }
  /** A standard normal draw (Marsaglia's polar method). */
  normal() {
    if (this.spareNormal !== void 0) {
      const spare = this.spareNormal;
      this.spareNormal = void 0;
      return spare;
    }
    let u;
    let v;
    let s;
    do {
      u = 2 * this.next() - 1;
      v = 2 * this.next() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const factor = Math.sqrt(-2 * Math.log(s) / s);
    this.spareNormal = v * factor;
    return u * factor;
  }
  /** Fisher–Yates shuffle of `0..n-1`. */
  permutation(n) {
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const tmp = order[i];
      order[i] = order[j];
      order[j] = tmp;
    }
    return order;
  }
};
function rotl(x, k) {
  return x << k | x >>> 32 - k;
}

export {
  Rng
};
