;; Row kernels of the bootstrap (src/stats/resample-scoring/rows.ts): one example's
;; Uint16 resample weights (a row of a ResampleBlock, `size` values from
;; byte address `src`) added to, subtracted from, or multiplied by `d` and
;; added to `size` accumulators at byte address `dst`. SIMD over 4 (i32) or
;; 2 (f64) resamples, the tail one by one. Every lane does what the scalar
;; code does (an exact integer add, or one f64 multiply then one add), so
;; the results equal the JavaScript fallback's bit for bit.
;; Regenerate rows.wasm.ts with `node scripts/kernels-wasm.mjs`.
(module
  (memory (export "memory") 1)
  ;; dst[j] += src[j] (i32 += u16) for j < size
  (func (export "add_row") (param $src i32) (param $size i32) (param $dst i32)
    (local $end i32) (local $vend i32)
    (local.set $end (i32.add (local.get $src) (i32.shl (local.get $size) (i32.const 1))))
    (local.set $vend (i32.add (local.get $src) (i32.shl (i32.and (local.get $size) (i32.const -4)) (i32.const 1))))
    (block $done (loop $v
      (br_if $done (i32.ge_u (local.get $src) (local.get $vend)))
      (v128.store (local.get $dst) (i32x4.add (v128.load (local.get $dst)) (v128.load16x4_u (local.get $src))))
      (local.set $src (i32.add (local.get $src) (i32.const 8)))
      (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
      (br $v)))
    (block $done2 (loop $s
      (br_if $done2 (i32.ge_u (local.get $src) (local.get $end)))
      (i32.store (local.get $dst) (i32.add (i32.load (local.get $dst)) (i32.load16_u (local.get $src))))
      (local.set $src (i32.add (local.get $src) (i32.const 2)))
      (local.set $dst (i32.add (local.get $dst) (i32.const 4)))
      (br $s))))
  ;; dst[j] -= src[j] (i32 -= u16) for j < size
  (func (export "sub_row") (param $src i32) (param $size i32) (param $dst i32)
    (local $end i32) (local $vend i32)
    (local.set $end (i32.add (local.get $src) (i32.shl (local.get $size) (i32.const 1))))
    (local.set $vend (i32.add (local.get $src) (i32.shl (i32.and (local.get $size) (i32.const -4)) (i32.const 1))))
    (block $done (loop $v
      (br_if $done (i32.ge_u (local.get $src) (local.get $vend)))
      (v128.store (local.get $dst) (i32x4.sub (v128.load (local.get $dst)) (v128.load16x4_u (local.get $src))))
      (local.set $src (i32.add (local.get $src) (i32.const 8)))
      (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
      (br $v)))
    (block $done2 (loop $s
      (br_if $done2 (i32.ge_u (local.get $src) (local.get $end)))
      (i32.store (local.get $dst) (i32.sub (i32.load (local.get $dst)) (i32.load16_u (local.get $src))))
      (local.set $src (i32.add (local.get $src) (i32.const 2)))
      (local.set $dst (i32.add (local.get $dst) (i32.const 4)))
      (br $s))))
  ;; dst[j] += src[j] * d (f64 += u16 * f64)
  (func (export "axpy_row") (param $src i32) (param $size i32) (param $d f64) (param $dst i32)
    (local $end i32) (local $vend i32) (local $dv v128)
    (local.set $dv (f64x2.splat (local.get $d)))
    (local.set $end (i32.add (local.get $src) (i32.shl (local.get $size) (i32.const 1))))
    (local.set $vend (i32.add (local.get $src) (i32.shl (i32.and (local.get $size) (i32.const -2)) (i32.const 1))))
    (block $done (loop $v
      (br_if $done (i32.ge_u (local.get $src) (local.get $vend)))
      (v128.store (local.get $dst)
        (f64x2.add (v128.load (local.get $dst))
          (f64x2.mul (f64x2.convert_low_i32x4_u (v128.load16x4_u (local.get $src))) (local.get $dv))))
      (local.set $src (i32.add (local.get $src) (i32.const 4)))
      (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
      (br $v)))
    (block $done2 (loop $s
      (br_if $done2 (i32.ge_u (local.get $src) (local.get $end)))
      (f64.store (local.get $dst) (f64.add (f64.load (local.get $dst)) (f64.mul (f64.convert_i32_u (i32.load16_u (local.get $src))) (local.get $d))))
      (local.set $src (i32.add (local.get $src) (i32.const 2)))
      (local.set $dst (i32.add (local.get $dst) (i32.const 8)))
      (br $s))))
)
