;; The second Dense layer's pre-activation after a one-column change of the
;; input (src/ablation/second-layer-kernel/second.ts): per listed row r with input change
;; d (the change of the column's scaled value),
;;   out = z2[r] + d · m[r] + Σ_k |zn_k| · w2[k]   over the units k of the first
;;         layer whose ReLU changes side, zn = z1[r] + d · w
;; where m[r] = (mask[r] ⊙ w) · W2 is precomputed per column and row range.
;; All arithmetic is f32, one rounding per multiply and per add, in the
;; order the JavaScript fallback uses: its results are equal bit for bit.
;; SIMD over 4 units of the second layer (and 4 of the first for the side
;; test), the tail one by one. With relu2 the second layer's ReLU is applied.
;; Regenerate second.wasm.ts with `node scripts/kernels-wasm.mjs`.
(module
  (memory (export "memory") 1)

  ;; dst[i] = base[i] + a · src[i] for i < n
  (func $init (param $dst i32) (param $base i32) (param $src i32) (param $a f32) (param $n i32)
    (local $vend i32) (local $end i32) (local $av v128)
    (local.set $av (f32x4.splat (local.get $a)))
    (local.set $end (i32.add (local.get $dst) (i32.shl (local.get $n) (i32.const 2))))
    (local.set $vend (i32.add (local.get $dst) (i32.shl (i32.and (local.get $n) (i32.const -4)) (i32.const 2))))
    (block $done (loop $v
      (br_if $done (i32.ge_u (local.get $dst) (local.get $vend)))
      (v128.store (local.get $dst)
        (f32x4.add (v128.load (local.get $base)) (f32x4.mul (local.get $av) (v128.load (local.get $src)))))
      (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
      (local.set $base (i32.add (local.get $base) (i32.const 16)))
      (local.set $src (i32.add (local.get $src) (i32.const 16)))
      (br $v)))
    (block $done2 (loop $s
      (br_if $done2 (i32.ge_u (local.get $dst) (local.get $end)))
      (f32.store (local.get $dst)
        (f32.add (f32.load (local.get $base)) (f32.mul (local.get $a) (f32.load (local.get $src)))))
      (local.set $dst (i32.add (local.get $dst) (i32.const 4)))
      (local.set $base (i32.add (local.get $base) (i32.const 4)))
      (local.set $src (i32.add (local.get $src) (i32.const 4)))
      (br $s))))

  ;; dst[i] += a · src[i] for i < n
  (func $axpy (param $dst i32) (param $src i32) (param $a f32) (param $n i32)
    (local $vend i32) (local $end i32) (local $av v128)
    (local.set $av (f32x4.splat (local.get $a)))
    (local.set $end (i32.add (local.get $dst) (i32.shl (local.get $n) (i32.const 2))))
    (local.set $vend (i32.add (local.get $dst) (i32.shl (i32.and (local.get $n) (i32.const -4)) (i32.const 2))))
    (block $done (loop $v
      (br_if $done (i32.ge_u (local.get $dst) (local.get $vend)))
      (v128.store (local.get $dst)
        (f32x4.add (v128.load (local.get $dst)) (f32x4.mul (local.get $av) (v128.load (local.get $src)))))
      (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
      (local.set $src (i32.add (local.get $src) (i32.const 16)))
      (br $v)))
    (block $done2 (loop $s
      (br_if $done2 (i32.ge_u (local.get $dst) (local.get $end)))
      (f32.store (local.get $dst)
        (f32.add (f32.load (local.get $dst)) (f32.mul (local.get $a) (f32.load (local.get $src)))))
      (local.set $dst (i32.add (local.get $dst) (i32.const 4)))
      (local.set $src (i32.add (local.get $src) (i32.const 4)))
      (br $s))))

;; Adds |zn| · w2[k] to dst when unit k's ReLU changes side (z and zn on
  ;; either side of 0).
  (func $flip (param $dst i32) (param $w2 i32) (param $row2 i32) (param $k i32)
    (param $z f32) (param $zn f32) (param $h2 i32)
    (if (i32.xor (f32.gt (local.get $z) (f32.const 0)) (f32.gt (local.get $zn) (f32.const 0)))
      (then (call $axpy
        (local.get $dst)
        (i32.add (local.get $w2) (i32.mul (local.get $k) (local.get $row2)))
        (f32.abs (local.get $zn))
        (local.get $h2)))))

  ;; dst[i] = max(dst[i], 0) for i < n
  (func $relu (param $dst i32) (param $n i32)
    (local $vend i32) (local $end i32)
    (local.set $end (i32.add (local.get $dst) (i32.shl (local.get $n) (i32.const 2))))
    (local.set $vend (i32.add (local.get $dst) (i32.shl (i32.and (local.get $n) (i32.const -4)) (i32.const 2))))
    (block $done (loop $v
      (br_if $done (i32.ge_u (local.get $dst) (local.get $vend)))
      (v128.store (local.get $dst) (f32x4.max (v128.load (local.get $dst)) (v128.const f32x4 0 0 0 0)))
      (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
      (br $v)))
    (block $done2 (loop $s
      (br_if $done2 (i32.ge_u (local.get $dst) (local.get $end)))
      (f32.store (local.get $dst) (f32.max (f32.load (local.get $dst)) (f32.const 0)))
      (local.set $dst (i32.add (local.get $dst) (i32.const 4)))
      (br $s))))

  ;; For p < count: r = rows[p] (i32), d = deltas[p] (f32); writes out row p (h2 values).
  ;; z1, z2 and m point at row 0 of the rows' range; w is the column's kernel row (h
  ;; values); w2 is the second layer's kernel, h × h2. relu = 0: the first layer is
  ;; linear and no unit changes side. relu2 = 1: the rows end with the second
  ;; layer's ReLU applied.
  (func (export "update")
    (param $z1 i32) (param $z2 i32) (param $m i32) (param $w i32) (param $w2 i32)
    (param $rows i32) (param $deltas i32) (param $count i32) (param $out i32)
    (param $h i32) (param $h2 i32) (param $relu i32) (param $relu2 i32)
    (local $p i32) (local $r i32) (local $d f32) (local $dst i32) (local $zrow i32)
    (local $k i32) (local $row2 i32) (local $hv i32)
    (local $dv v128) (local $zv v128) (local $znv v128) (local $flips v128)
    (local.set $row2 (i32.shl (local.get $h2) (i32.const 2)))
    (local.set $hv (i32.and (local.get $h) (i32.const -4)))
    (block $rows_done (loop $row
      (br_if $rows_done (i32.ge_u (local.get $p) (local.get $count)))
      (local.set $r (i32.load (i32.add (local.get $rows) (i32.shl (local.get $p) (i32.const 2)))))
      (local.set $d (f32.load (i32.add (local.get $deltas) (i32.shl (local.get $p) (i32.const 2)))))
      (local.set $dv (f32x4.splat (local.get $d)))
      (local.set $dst (i32.add (local.get $out) (i32.mul (local.get $p) (local.get $row2))))
      (call $init
        (local.get $dst)
        (i32.add (local.get $z2) (i32.mul (local.get $r) (local.get $row2)))
        (i32.add (local.get $m) (i32.mul (local.get $r) (local.get $row2)))
        (local.get $d)
        (local.get $h2))
      (if (local.get $relu) (then
        (local.set $zrow (i32.add (local.get $z1) (i32.mul (local.get $r) (i32.shl (local.get $h) (i32.const 2)))))
        ;; Four units at a time: most rows change side in none of them.
        (local.set $k (i32.const 0))
        (block $vec_done (loop $vec
          (br_if $vec_done (i32.ge_u (local.get $k) (local.get $hv)))
          (local.set $zv (v128.load (i32.add (local.get $zrow) (i32.shl (local.get $k) (i32.const 2)))))
          (local.set $znv (f32x4.add (local.get $zv)
            (f32x4.mul (local.get $dv) (v128.load (i32.add (local.get $w) (i32.shl (local.get $k) (i32.const 2)))))))
          (local.set $flips (v128.xor
            (f32x4.gt (local.get $zv) (v128.const f32x4 0 0 0 0))
            (f32x4.gt (local.get $znv) (v128.const f32x4 0 0 0 0))))
          (if (v128.any_true (local.get $flips)) (then
            (call $flip (local.get $dst) (local.get $w2) (local.get $row2) (local.get $k)
              (f32x4.extract_lane 0 (local.get $zv)) (f32x4.extract_lane 0 (local.get $znv)) (local.get $h2))
            (call $flip (local.get $dst) (local.get $w2) (local.get $row2) (i32.add (local.get $k) (i32.const 1))
              (f32x4.extract_lane 1 (local.get $zv)) (f32x4.extract_lane 1 (local.get $znv)) (local.get $h2))
            (call $flip (local.get $dst) (local.get $w2) (local.get $row2) (i32.add (local.get $k) (i32.const 2))
              (f32x4.extract_lane 2 (local.get $zv)) (f32x4.extract_lane 2 (local.get $znv)) (local.get $h2))
            (call $flip (local.get $dst) (local.get $w2) (local.get $row2) (i32.add (local.get $k) (i32.const 3))
              (f32x4.extract_lane 3 (local.get $zv)) (f32x4.extract_lane 3 (local.get $znv)) (local.get $h2))))
          (local.set $k (i32.add (local.get $k) (i32.const 4)))
          (br $vec)))
        (block $units_done (loop $unit
          (br_if $units_done (i32.ge_u (local.get $k) (local.get $h)))
          (call $flip (local.get $dst) (local.get $w2) (local.get $row2) (local.get $k)
            (f32.load (i32.add (local.get $zrow) (i32.shl (local.get $k) (i32.const 2))))
            (f32.add (f32.load (i32.add (local.get $zrow) (i32.shl (local.get $k) (i32.const 2))))
              (f32.mul (local.get $d) (f32.load (i32.add (local.get $w) (i32.shl (local.get $k) (i32.const 2))))))
            (local.get $h2))
          (local.set $k (i32.add (local.get $k) (i32.const 1)))
          (br $unit)))))
      (if (local.get $relu2) (then (call $relu (local.get $dst) (local.get $h2))))
      (local.set $p (i32.add (local.get $p) (i32.const 1)))
      (br $row)))))
