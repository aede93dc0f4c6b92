;; The numeric core's WebAssembly kernel: a float64 matrix product with 128-bit SIMD (f64x2).
;; Each pass of the k loop updates a 4×4 block of the output held in eight f64x2 registers; every
;; output entry is the sum over k in increasing order of a[i][k]·b[k][j], one multiply and one
;; add at a time (no fused multiply-add), exactly as the scalar kernel in products.ts computes it,
;; so both give the same bits. src/model/wasm/kernels.ts holds the compiled bytes:
;; `npm run build:wasm` regenerates it, and a unit test checks that it matches this file.
(module
  (memory (export "memory") 1)
  ;; out[n×m] = a[n×p] · b[p×m], row-major float64 at byte offsets a, b, out;
  ;; n and m multiples of 4, the three areas disjoint.
  (func (export "matmul") (param $a i32) (param $b i32) (param $out i32) (param $n i32) (param $p i32) (param $m i32)
    (local $i i32) (local $j i32) (local $k i32)
    (local $ra i32) (local $bo i32) (local $rowbytes i32) (local $pbytes i32)
    (local $c00 v128) (local $c01 v128) (local $c10 v128) (local $c11 v128)
    (local $c20 v128) (local $c21 v128) (local $c30 v128) (local $c31 v128)
    (local $b0 v128) (local $b1 v128) (local $x v128) (local $o i32)
    (local.set $rowbytes (i32.shl (local.get $m) (i32.const 3)))
    (local.set $pbytes (i32.shl (local.get $p) (i32.const 3)))
    (local.set $i (i32.const 0))
    (block $iend (loop $iloop
      (br_if $iend (i32.ge_u (local.get $i) (local.get $n)))
      (local.set $j (i32.const 0))
      (block $jend (loop $jloop
        (br_if $jend (i32.ge_u (local.get $j) (local.get $m)))
        (local.set $c00 (v128.const i64x2 0 0)) (local.set $c01 (v128.const i64x2 0 0))
        (local.set $c10 (v128.const i64x2 0 0)) (local.set $c11 (v128.const i64x2 0 0))
        (local.set $c20 (v128.const i64x2 0 0)) (local.set $c21 (v128.const i64x2 0 0))
        (local.set $c30 (v128.const i64x2 0 0)) (local.set $c31 (v128.const i64x2 0 0))
        ;; ra = a + i*p*8 ; bo = b + j*8
        (local.set $ra (i32.add (local.get $a) (i32.mul (local.get $i) (local.get $pbytes))))
        (local.set $bo (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 3))))
        (local.set $k (i32.const 0))
        (block $kend (loop $kloop
          (br_if $kend (i32.ge_u (local.get $k) (local.get $p)))
          (local.set $b0 (v128.load (local.get $bo)))
          (local.set $b1 (v128.load offset=16 (local.get $bo)))
          (local.set $x (f64x2.splat (f64.load (local.get $ra))))
          (local.set $c00 (f64x2.add (local.get $c00) (f64x2.mul (local.get $x) (local.get $b0))))
          (local.set $c01 (f64x2.add (local.get $c01) (f64x2.mul (local.get $x) (local.get $b1))))
          (local.set $x (f64x2.splat (f64.load (i32.add (local.get $ra) (local.get $pbytes)))))
          (local.set $c10 (f64x2.add (local.get $c10) (f64x2.mul (local.get $x) (local.get $b0))))
          (local.set $c11 (f64x2.add (local.get $c11) (f64x2.mul (local.get $x) (local.get $b1))))
          (local.set $x (f64x2.splat (f64.load (i32.add (local.get $ra) (i32.shl (local.get $pbytes) (i32.const 1))))))
          (local.set $c20 (f64x2.add (local.get $c20) (f64x2.mul (local.get $x) (local.get $b0))))
          (local.set $c21 (f64x2.add (local.get $c21) (f64x2.mul (local.get $x) (local.get $b1))))
          (local.set $x (f64x2.splat (f64.load (i32.add (local.get $ra) (i32.mul (local.get $pbytes) (i32.const 3))))))
          (local.set $c30 (f64x2.add (local.get $c30) (f64x2.mul (local.get $x) (local.get $b0))))
          (local.set $c31 (f64x2.add (local.get $c31) (f64x2.mul (local.get $x) (local.get $b1))))
          (local.set $ra (i32.add (local.get $ra) (i32.const 8)))
          (local.set $bo (i32.add (local.get $bo) (local.get $rowbytes)))
          (local.set $k (i32.add (local.get $k) (i32.const 1)))
          (br $kloop)))
        ;; store: o = out + (i*m + j)*8
        (local.set $o (i32.add (local.get $out) (i32.shl (i32.add (i32.mul (local.get $i) (local.get $m)) (local.get $j)) (i32.const 3))))
        (v128.store (local.get $o) (local.get $c00))
        (v128.store offset=16 (local.get $o) (local.get $c01))
        (local.set $o (i32.add (local.get $o) (local.get $rowbytes)))
        (v128.store (local.get $o) (local.get $c10))
        (v128.store offset=16 (local.get $o) (local.get $c11))
        (local.set $o (i32.add (local.get $o) (local.get $rowbytes)))
        (v128.store (local.get $o) (local.get $c20))
        (v128.store offset=16 (local.get $o) (local.get $c21))
        (local.set $o (i32.add (local.get $o) (local.get $rowbytes)))
        (v128.store (local.get $o) (local.get $c30))
        (v128.store offset=16 (local.get $o) (local.get $c31))
        (local.set $j (i32.add (local.get $j) (i32.const 4)))
        (br $jloop)))
      (local.set $i (i32.add (local.get $i) (i32.const 4)))
      (br $iloop)))
  )
  ;; b[i][j] = d[i]·b[i][j] in place for the n×m row-major b (m even): diag(d)·b, each entry one
  ;; multiply, as mat.ts's diagMulInto computes it (the vanilla cell's transition diag(f′) W).
  (func (export "scale_rows") (param $b i32) (param $d i32) (param $n i32) (param $m i32)
    (local $i i32) (local $o i32) (local $end i32) (local $x v128)
    (local.set $o (local.get $b))
    (local.set $i (i32.const 0))
    (block $iend (loop $iloop
      (br_if $iend (i32.ge_u (local.get $i) (local.get $n)))
      (local.set $x (f64x2.splat (f64.load (i32.add (local.get $d) (i32.shl (local.get $i) (i32.const 3))))))
      (local.set $end (i32.add (local.get $o) (i32.shl (local.get $m) (i32.const 3))))
      (block $jend (loop $jloop
        (br_if $jend (i32.ge_u (local.get $o) (local.get $end)))
        (v128.store (local.get $o) (f64x2.mul (local.get $x) (v128.load (local.get $o))))
        (local.set $o (i32.add (local.get $o) (i32.const 16)))
        (br $jloop)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $iloop)))
  )
  ;; max |a_i| over the count entries at a (count even): NaN when any entry is NaN, else the
  ;; largest magnitude, 0 for none: mat.ts's maxAbs. The maximum by pmax (one instruction; it
  ;; passes a NaN over), the NaNs counted apart (x ≠ x).
  (func (export "max_abs") (param $a i32) (param $count i32) (result f64)
    (local $end i32) (local $m v128) (local $nan v128) (local $x v128)
    (local.set $m (v128.const i64x2 0 0))
    (local.set $nan (v128.const i64x2 0 0))
    (local.set $end (i32.add (local.get $a) (i32.shl (local.get $count) (i32.const 3))))
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $a) (local.get $end)))
      (local.set $x (f64x2.abs (v128.load (local.get $a))))
      (local.set $m (f64x2.pmax (local.get $m) (local.get $x)))
      (local.set $nan (v128.or (local.get $nan) (f64x2.ne (local.get $x) (local.get $x))))
      (local.set $a (i32.add (local.get $a) (i32.const 16)))
      (br $next)))
    (if (v128.any_true (local.get $nan)) (then (return (f64.const nan))))
    (f64.max (f64x2.extract_lane 0 (local.get $m)) (f64x2.extract_lane 1 (local.get $m)))
  )
)
