;; The forecast bootstrap's inner loops in WebAssembly: `integrate`'s projection steps (integrate.ts), then
;; the step operator's products and series, the resampling picks and the flow sums, each described below.
;; `scripts/write-kernels.mjs` assembles this file into `kernels-wasm.ts`; tests check the two agree and that
;; both ways give the same bits. WebAssembly's f64 add, multiply and divide are IEEE 754 double arithmetic
;; rounded to nearest, as JavaScript's are, its f64x2 forms do the same in each lane, and it has no fused
;; multiply-add: with the sums added in the same order the results are the same numbers, bit for bit.
;;
;; Every pointer is a byte offset into the memory the caller gives; f64 arrays are 8 bytes an entry, i32
;; arrays 4. The arrays are integrate's own (see `IntegrateWorkspace`):
;;   rows    (steps + 1) × m live states' counts, row 0 already written
;;   column  m × m, column by column: column[j·m + i] is the step's transition from live state i to j,
;;           except that each group of four columns below `grouped` is interleaved row by row, the four
;;           columns' entries of row i at column[j·m + 4i …] for the group's first column j
;;   first, last  each column's first and last row that can hold other than zero; for each group of four
;;           columns from 0 to `grouped`, the group's at its first column
;;   inflow  m, the step's inflow into each live state
;;   live    m, each live state's index among the n states
;;   result  (steps + 1) × n, row 0 and every state not live already written
;; The rows may be the result's own (every state live): the same value is then written twice to one place.
;;
;; `multiply` and `addTerm` are `stepOperator`'s product and series term (step-operator.ts), on n × n
;; matrices stored row by row, with each row's range of columns that can hold other than zero in `ranges`
;; (i32 pairs, first and last at ranges[at + 2i] and ranges[at + 2i + 1]; `aAt`, `bAt`, `outAt` and `at`
;; count entries of it, not bytes). Those reads are written out where they are needed rather than called:
;; Node's WebAssembly compiler does not inline calls, and a call each was a third of a product's time.
;;
;; `pick`, `sumFlows` and `sumFlowPair` are the bootstrap's resampling (`createPicker`, random.ts) and its sums
;; of the picked children's flows (sum-flows.ts), on the picks, packed flows and totals the bootstrap places
;; in this memory. Every pick and count is an i32 as in JavaScript; every double operation is JavaScript's own.
(module
  (import "env" "memory" (memory 1))
  (func (export "steps")
    (param $m i32) (param $n i32) (param $steps i32) (param $grouped i32)
    (param $rows i32) (param $column i32) (param $first i32) (param $last i32)
    (param $inflow i32) (param $live i32) (param $result i32)
    (local $k i32)
    (local $from i32) (local $to i32) (local $out i32)
    (local $j i32) (local $io i32) (local $hio i32)
    (local $c0 i32) (local $c1 i32) (local $stride i32)
    (local $s0 f64) (local $s01 v128) (local $s23 v128) (local $xs v128)
    (local.set $stride (i32.shl (local.get $m) (i32.const 3)))
    (local.set $k (i32.const 1))
    (block $stepsDone
      (loop $stepLoop
        (br_if $stepsDone (i32.gt_s (local.get $k) (local.get $steps)))
        ;; from: row k − 1 of the live rows; to: row k; out: row k of the result.
        (local.set $from
          (i32.add (local.get $rows)
            (i32.mul (i32.sub (local.get $k) (i32.const 1)) (local.get $stride))))
        (local.set $to (i32.add (local.get $from) (local.get $stride)))
        (local.set $out
          (i32.add (local.get $result)
            (i32.shl (i32.mul (local.get $k) (local.get $n)) (i32.const 3))))
        ;; Four columns at a time, over the rows any of them needs: a group's column entries are interleaved
        ;; row by row (see `column` above), so each row's four are two f64x2 loads, and the sums s0, s1 and
        ;; s2, s3 are the two lanes of s01 and s23. Each lane adds x × column as the scalar sum did (f64x2
        ;; multiplies and adds lane by lane, unfused): the same bits.
        (local.set $j (i32.const 0))
        (block $groupsDone
          (loop $groupLoop
            (br_if $groupsDone (i32.ge_s (local.get $j) (local.get $grouped)))
            (local.set $s01 (v128.load (i32.add (local.get $inflow) (i32.shl (local.get $j) (i32.const 3)))))
            (local.set $s23
              (v128.load offset=16 (i32.add (local.get $inflow) (i32.shl (local.get $j) (i32.const 3)))))
            (local.set $c0 (i32.add (local.get $column) (i32.mul (local.get $j) (local.get $stride))))
            (local.set $io
              (i32.shl (i32.load (i32.add (local.get $first) (i32.shl (local.get $j) (i32.const 2)))) (i32.const 3)))
            (local.set $hio
              (i32.shl (i32.load (i32.add (local.get $last) (i32.shl (local.get $j) (i32.const 2)))) (i32.const 3)))
            (block $rowsDone
              (loop $rowLoop
                (br_if $rowsDone (i32.gt_s (local.get $io) (local.get $hio)))
                (local.set $xs (f64x2.splat (f64.load (i32.add (local.get $from) (local.get $io)))))
                (local.set $c1 (i32.add (local.get $c0) (i32.shl (local.get $io) (i32.const 2))))
                (local.set $s01 (f64x2.add (local.get $s01) (f64x2.mul (local.get $xs) (v128.load (local.get $c1)))))
                (local.set $s23
                  (f64x2.add (local.get $s23) (f64x2.mul (local.get $xs) (v128.load offset=16 (local.get $c1)))))
                (local.set $io (i32.add (local.get $io) (i32.const 8)))
                (br $rowLoop)))
            (v128.store (i32.add (local.get $to) (i32.shl (local.get $j) (i32.const 3))) (local.get $s01))
            (v128.store offset=16 (i32.add (local.get $to) (i32.shl (local.get $j) (i32.const 3))) (local.get $s23))
            ;; The result's row: out[live[j]] = s (written out here, not called: Node's WebAssembly compiler
            ;; does not inline calls, and a call per store cost more than the store).
            (f64.store
              (i32.add (local.get $out) (i32.shl (i32.load (i32.add (local.get $live) (i32.shl (local.get $j) (i32.const 2)))) (i32.const 3)))
              (f64x2.extract_lane 0 (local.get $s01)))
            (f64.store
              (i32.add (local.get $out) (i32.shl (i32.load offset=4 (i32.add (local.get $live) (i32.shl (local.get $j) (i32.const 2)))) (i32.const 3)))
              (f64x2.extract_lane 1 (local.get $s01)))
            (f64.store
              (i32.add (local.get $out) (i32.shl (i32.load offset=8 (i32.add (local.get $live) (i32.shl (local.get $j) (i32.const 2)))) (i32.const 3)))
              (f64x2.extract_lane 0 (local.get $s23)))
            (f64.store
              (i32.add (local.get $out) (i32.shl (i32.load offset=12 (i32.add (local.get $live) (i32.shl (local.get $j) (i32.const 2)))) (i32.const 3)))
              (f64x2.extract_lane 1 (local.get $s23)))
            (local.set $j (i32.add (local.get $j) (i32.const 4)))
            (br $groupLoop)))
        ;; The columns left over, one at a time.
        (block $restDone
          (loop $restLoop
            (br_if $restDone (i32.ge_s (local.get $j) (local.get $m)))
            (local.set $s0 (f64.load (i32.add (local.get $inflow) (i32.shl (local.get $j) (i32.const 3)))))
            (local.set $c0 (i32.add (local.get $column) (i32.mul (local.get $j) (local.get $stride))))
            (local.set $io
              (i32.shl (i32.load (i32.add (local.get $first) (i32.shl (local.get $j) (i32.const 2)))) (i32.const 3)))
            (local.set $hio
              (i32.shl (i32.load (i32.add (local.get $last) (i32.shl (local.get $j) (i32.const 2)))) (i32.const 3)))
            (block $rowsDone1
              (loop $rowLoop1
                (br_if $rowsDone1 (i32.gt_s (local.get $io) (local.get $hio)))
                (local.set $s0 (f64.add (local.get $s0)
                  (f64.mul (f64.load (i32.add (local.get $from) (local.get $io)))
                    (f64.load (i32.add (local.get $c0) (local.get $io))))))
                (local.set $io (i32.add (local.get $io) (i32.const 8)))
                (br $rowLoop1)))
            (f64.store (i32.add (local.get $to) (i32.shl (local.get $j) (i32.const 3))) (local.get $s0))
            (f64.store
              (i32.add (local.get $out) (i32.shl (i32.load (i32.add (local.get $live) (i32.shl (local.get $j) (i32.const 2)))) (i32.const 3)))
              (local.get $s0))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $restLoop)))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $stepLoop))))
  ;; out = a × b over the rows' ranges, zeros of a skipped, and out's ranges written (see multiplyInto).
  (func $multiply (export "multiply")
    (param $out i32) (param $a i32) (param $b i32) (param $n i32)
    (param $ranges i32) (param $aAt i32) (param $bAt i32) (param $outAt i32)
    (local $i i32) (local $rowBytes i32) (local $ai i32) (local $outRow i32)
    (local $k i32) (local $end i32) (local $aik f64) (local $bRow i32)
    (local $lo i32) (local $hi i32) (local $lowest i32) (local $highest i32)
    (local $jo i32) (local $hio i32) (local $x i32) (local $aiks v128)
    (local.set $rowBytes (i32.shl (local.get $n) (i32.const 3)))
    ;; out ← 0
    (local.set $x (i32.const 0))
    (block $zeroDone
      (loop $zeroLoop
        (br_if $zeroDone (i32.ge_u (local.get $x) (i32.mul (local.get $rowBytes) (local.get $n))))
        (f64.store (i32.add (local.get $out) (local.get $x)) (f64.const 0))
        (local.set $x (i32.add (local.get $x) (i32.const 8)))
        (br $zeroLoop)))
    (local.set $i (i32.const 0))
    (block $rowsDone
      (loop $rowLoop
        (br_if $rowsDone (i32.ge_s (local.get $i) (local.get $n)))
        (local.set $ai (i32.add (local.get $a) (i32.mul (local.get $i) (local.get $rowBytes))))
        (local.set $outRow (i32.add (local.get $out) (i32.mul (local.get $i) (local.get $rowBytes))))
        (local.set $lowest (local.get $n))
        (local.set $highest (i32.const -1))
        (local.set $k (i32.load
          (i32.add (local.get $ranges) (i32.shl (i32.add (local.get $aAt) (i32.shl (local.get $i) (i32.const 1))) (i32.const 2)))))
        (local.set $end (i32.load offset=4
          (i32.add (local.get $ranges) (i32.shl (i32.add (local.get $aAt) (i32.shl (local.get $i) (i32.const 1))) (i32.const 2)))))
        (block $termsDone
          (loop $termLoop
            (br_if $termsDone (i32.gt_s (local.get $k) (local.get $end)))
            (local.set $aik (f64.load (i32.add (local.get $ai) (i32.shl (local.get $k) (i32.const 3)))))
            (if (f64.ne (local.get $aik) (f64.const 0))
              (then
                (local.set $bRow (i32.add (local.get $b) (i32.mul (local.get $k) (local.get $rowBytes))))
                (local.set $lo (i32.load
                  (i32.add (local.get $ranges) (i32.shl (i32.add (local.get $bAt) (i32.shl (local.get $k) (i32.const 1))) (i32.const 2)))))
                (local.set $hi (i32.load offset=4
                  (i32.add (local.get $ranges) (i32.shl (i32.add (local.get $bAt) (i32.shl (local.get $k) (i32.const 1))) (i32.const 2)))))
                (if (i32.lt_s (local.get $lo) (local.get $lowest)) (then (local.set $lowest (local.get $lo))))
                (if (i32.gt_s (local.get $hi) (local.get $highest)) (then (local.set $highest (local.get $hi))))
                (local.set $jo (i32.shl (local.get $lo) (i32.const 3)))
                (local.set $hio (i32.shl (local.get $hi) (i32.const 3)))
                ;; Two columns at a time, each lane the scalar out[j] += aik × b[j] (f64x2 adds and multiplies
                ;; lane by lane, unfused): the same bits. The odd column left over, alone.
                (local.set $aiks (f64x2.splat (local.get $aik)))
                (block $pairsDone
                  (loop $pairLoop
                    (br_if $pairsDone (i32.ge_s (local.get $jo) (local.get $hio)))
                    (v128.store (i32.add (local.get $outRow) (local.get $jo))
                      (f64x2.add (v128.load (i32.add (local.get $outRow) (local.get $jo)))
                        (f64x2.mul (local.get $aiks) (v128.load (i32.add (local.get $bRow) (local.get $jo))))))
                    (local.set $jo (i32.add (local.get $jo) (i32.const 16)))
                    (br $pairLoop)))
                (if (i32.eq (local.get $jo) (local.get $hio))
                  (then
                    (f64.store (i32.add (local.get $outRow) (local.get $jo))
                      (f64.add (f64.load (i32.add (local.get $outRow) (local.get $jo)))
                        (f64.mul (local.get $aik) (f64.load (i32.add (local.get $bRow) (local.get $jo))))))))))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $termLoop)))
        (call $setRange (local.get $ranges) (local.get $outAt) (local.get $i) (local.get $lowest) (local.get $highest))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $rowLoop))))

  ;; One series term over each row's range (`at` in ranges): term ← term / k, transition += term,
  ;; phi += term / (k + 1); returns the term's largest absolute entry.
  (func $addTerm
    (param $term i32) (param $transition i32) (param $phi i32) (param $n i32)
    (param $ranges i32) (param $at i32) (param $k f64)
    (result f64)
    (local $i i32) (local $rowBytes i32) (local $row i32) (local $xo i32) (local $endo i32)
    (local $v f64) (local $largest f64) (local $next f64)
    (local $vs v128) (local $ks v128) (local $nexts v128) (local $largests v128)
    (local.set $rowBytes (i32.shl (local.get $n) (i32.const 3)))
    (local.set $next (f64.add (local.get $k) (f64.const 1)))
    (local.set $ks (f64x2.splat (local.get $k)))
    (local.set $nexts (f64x2.splat (local.get $next)))
    (local.set $i (i32.const 0))
    (block $rowsDone
      (loop $rowLoop
        (br_if $rowsDone (i32.ge_s (local.get $i) (local.get $n)))
        (local.set $row (i32.mul (local.get $i) (local.get $rowBytes)))
        (local.set $xo (i32.add (local.get $row)
          (i32.shl (i32.load (i32.add (local.get $ranges) (i32.shl (i32.add (local.get $at) (i32.shl (local.get $i) (i32.const 1))) (i32.const 2)))) (i32.const 3))))
        (local.set $endo (i32.add (local.get $row)
          (i32.shl (i32.load offset=4 (i32.add (local.get $ranges) (i32.shl (i32.add (local.get $at) (i32.shl (local.get $i) (i32.const 1))) (i32.const 2)))) (i32.const 3))))
        ;; Two entries at a time, each lane the scalar's divisions and additions (f64x2 lane by lane): the
        ;; same bits. Each lane keeps its largest, and the largest of them all is the same number whatever
        ;; the order it was met in. The odd entry left over, alone.
        (block $pairsDone
          (loop $pairLoop
            (br_if $pairsDone (i32.ge_s (local.get $xo) (local.get $endo)))
            (local.set $vs (f64x2.div (v128.load (i32.add (local.get $term) (local.get $xo))) (local.get $ks)))
            (v128.store (i32.add (local.get $term) (local.get $xo)) (local.get $vs))
            (v128.store (i32.add (local.get $transition) (local.get $xo))
              (f64x2.add (v128.load (i32.add (local.get $transition) (local.get $xo))) (local.get $vs)))
            (v128.store (i32.add (local.get $phi) (local.get $xo))
              (f64x2.add (v128.load (i32.add (local.get $phi) (local.get $xo)))
                (f64x2.div (local.get $vs) (local.get $nexts))))
            (local.set $largests (f64x2.pmax (local.get $largests) (f64x2.abs (local.get $vs))))
            (local.set $xo (i32.add (local.get $xo) (i32.const 16)))
            (br $pairLoop)))
        (if (i32.eq (local.get $xo) (local.get $endo))
          (then
            (local.set $v (f64.div (f64.load (i32.add (local.get $term) (local.get $xo))) (local.get $k)))
            (f64.store (i32.add (local.get $term) (local.get $xo)) (local.get $v))
            (f64.store (i32.add (local.get $transition) (local.get $xo))
              (f64.add (f64.load (i32.add (local.get $transition) (local.get $xo))) (local.get $v)))
            (f64.store (i32.add (local.get $phi) (local.get $xo))
              (f64.add (f64.load (i32.add (local.get $phi) (local.get $xo)))
                (f64.div (local.get $v) (local.get $next))))
            (if (f64.gt (f64.abs (local.get $v)) (local.get $largest))
              (then (local.set $largest (f64.abs (local.get $v)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $rowLoop)))
    (if (f64.gt (f64x2.extract_lane 0 (local.get $largests)) (local.get $largest))
      (then (local.set $largest (f64x2.extract_lane 0 (local.get $largests)))))
    (if (f64.gt (f64x2.extract_lane 1 (local.get $largests)) (local.get $largest))
      (then (local.set $largest (f64x2.extract_lane 1 (local.get $largests)))))
    (local.get $largest))

  ;; stepOperator's series (see step-operator.ts), k = 1 to 18, stopping once a term's largest entry falls
  ;; below 1e-18: term ← term × scaled / k, added to transition and (÷ (k + 1)) to phi. One call rather than
  ;; two a term: each call from JavaScript into WebAssembly costs about what a small product does.
  (func (export "series")
    (param $transition i32) (param $phi i32) (param $term i32) (param $spare i32) (param $scaled i32)
    (param $n i32) (param $ranges i32) (param $factorAt i32) (param $scaledAt i32) (param $productAt i32)
    (local $k i32) (local $swap i32) (local $r i32) (local $from i32) (local $to i32)
    (local.set $k (i32.const 1))
    (block $seriesDone
      (loop $seriesLoop
        (br_if $seriesDone (i32.gt_s (local.get $k) (i32.const 18)))
        (call $multiply (local.get $spare) (local.get $term) (local.get $scaled) (local.get $n)
          (local.get $ranges) (local.get $factorAt) (local.get $scaledAt) (local.get $productAt))
        (local.set $swap (local.get $term))
        (local.set $term (local.get $spare))
        (local.set $spare (local.get $swap))
        ;; The product is the next product's left factor: its ranges over the factor's.
        (local.set $from (i32.add (local.get $ranges) (i32.shl (local.get $productAt) (i32.const 2))))
        (local.set $to (i32.add (local.get $ranges) (i32.shl (local.get $factorAt) (i32.const 2))))
        (local.set $r (i32.const 0))
        (block $copyDone
          (loop $copyLoop
            (br_if $copyDone (i32.ge_s (local.get $r) (i32.shl (local.get $n) (i32.const 3))))
            (i32.store (i32.add (local.get $to) (local.get $r)) (i32.load (i32.add (local.get $from) (local.get $r))))
            (local.set $r (i32.add (local.get $r) (i32.const 4)))
            (br $copyLoop)))
        (br_if $seriesDone
          (f64.lt
            (call $addTerm (local.get $term) (local.get $transition) (local.get $phi) (local.get $n)
              (local.get $ranges) (local.get $factorAt) (f64.convert_i32_s (local.get $k)))
            (f64.const 1e-18)))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $seriesLoop))))

  ;; The bootstrap's picker (`createPicker`, random.ts): `draws` picks among `items` counted into `times`
  ;; (i32, zeroed first) from generator state `state`; returns the state after the last draw. mulberry32 in
  ;; i32 arithmetic (i32.mul is Math.imul, i32.add wraps as `| 0` does) and the pick floor(r / 2³² × items)
  ;; in the same double operations as JavaScript's.
  (func (export "pick")
    (param $times i32) (param $items i32) (param $draws i32) (param $state i32)
    (result i32)
    (local $i i32) (local $t i32) (local $at i32) (local $scale f64)
    (memory.fill (local.get $times) (i32.const 0) (i32.shl (local.get $items) (i32.const 2)))
    (local.set $scale (f64.convert_i32_u (local.get $items)))
    (block $drawsDone
      (loop $drawLoop
        (br_if $drawsDone (i32.ge_s (local.get $i) (local.get $draws)))
        (local.set $state (i32.add (local.get $state) (i32.const 0x6d2b79f5)))
        (local.set $t (local.get $state))
        (local.set $t
          (i32.mul (i32.xor (local.get $t) (i32.shr_u (local.get $t) (i32.const 15)))
            (i32.or (local.get $t) (i32.const 1))))
        (local.set $t
          (i32.xor (local.get $t)
            (i32.add (local.get $t)
              (i32.mul (i32.xor (local.get $t) (i32.shr_u (local.get $t) (i32.const 7)))
                (i32.or (local.get $t) (i32.const 61))))))
        (local.set $t (i32.xor (local.get $t) (i32.shr_u (local.get $t) (i32.const 14))))
        (local.set $at
          (i32.add (local.get $times)
            (i32.shl
              (i32.trunc_f64_u
                (f64.floor
                  (f64.mul (f64.div (f64.convert_i32_u (local.get $t)) (f64.const 4294967296))
                    (local.get $scale))))
              (i32.const 2))))
        (i32.store (local.get $at) (i32.add (i32.load (local.get $at)) (i32.const 1)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $drawLoop)))
    (local.get $state))

  ;; `sumFlows` (sum-flows.ts) over packed flows in this memory: for each of `slots` slots, its entries
  ;; (`starts`, i32, slots + 1 of them) of `children` (i32) and `amounts` (f64), each child counted
  ;; `times[child]` times (i32), in four running sums a, b, c, d added as a + b + (c + d) into `flat` (f64).
  (func (export "sumFlows")
    (param $starts i32) (param $children i32) (param $amounts i32) (param $slots i32)
    (param $times i32) (param $flat i32)
    (local $s i32) (local $p i32) (local $end i32) (local $c i32) (local $am i32)
    (local $a f64) (local $b f64) (local $cc f64) (local $d f64)
    (block $slotsDone
      (loop $slotLoop
        (br_if $slotsDone (i32.ge_s (local.get $s) (local.get $slots)))
        (local.set $a (f64.const 0))
        (local.set $b (f64.const 0))
        (local.set $cc (f64.const 0))
        (local.set $d (f64.const 0))
        (local.set $p (i32.load (i32.add (local.get $starts) (i32.shl (local.get $s) (i32.const 2)))))
        (local.set $end (i32.load offset=4
          (i32.add (local.get $starts) (i32.shl (local.get $s) (i32.const 2)))))
        (local.set $c (i32.add (local.get $children) (i32.shl (local.get $p) (i32.const 2))))
        (local.set $am (i32.add (local.get $amounts) (i32.shl (local.get $p) (i32.const 3))))
        (block $fourDone
          (loop $fourLoop
            (br_if $fourDone (i32.ge_u (i32.add (local.get $p) (i32.const 3)) (local.get $end)))
            (local.set $a (f64.add (local.get $a)
              (f64.mul
                (f64.convert_i32_u (i32.load (i32.add (local.get $times) (i32.shl (i32.load (local.get $c)) (i32.const 2)))))
                (f64.load (local.get $am)))))
            (local.set $b (f64.add (local.get $b)
              (f64.mul
                (f64.convert_i32_u (i32.load (i32.add (local.get $times) (i32.shl (i32.load offset=4 (local.get $c)) (i32.const 2)))))
                (f64.load offset=8 (local.get $am)))))
            (local.set $cc (f64.add (local.get $cc)
              (f64.mul
                (f64.convert_i32_u (i32.load (i32.add (local.get $times) (i32.shl (i32.load offset=8 (local.get $c)) (i32.const 2)))))
                (f64.load offset=16 (local.get $am)))))
            (local.set $d (f64.add (local.get $d)
              (f64.mul
                (f64.convert_i32_u (i32.load (i32.add (local.get $times) (i32.shl (i32.load offset=12 (local.get $c)) (i32.const 2)))))
                (f64.load offset=24 (local.get $am)))))
            (local.set $p (i32.add (local.get $p) (i32.const 4)))
            (local.set $c (i32.add (local.get $c) (i32.const 16)))
            (local.set $am (i32.add (local.get $am) (i32.const 32)))
            (br $fourLoop)))
        (block $restDone
          (loop $restLoop
            (br_if $restDone (i32.ge_u (local.get $p) (local.get $end)))
            (local.set $a (f64.add (local.get $a)
              (f64.mul
                (f64.convert_i32_u (i32.load (i32.add (local.get $times) (i32.shl (i32.load (local.get $c)) (i32.const 2)))))
                (f64.load (local.get $am)))))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (local.set $c (i32.add (local.get $c) (i32.const 4)))
            (local.set $am (i32.add (local.get $am) (i32.const 8)))
            (br $restLoop)))
        (f64.store (i32.add (local.get $flat) (i32.shl (local.get $s) (i32.const 3)))
          (f64.add (f64.add (local.get $a) (local.get $b)) (f64.add (local.get $cc) (local.get $d))))
        (local.set $s (i32.add (local.get $s) (i32.const 1)))
        (br $slotLoop))))

  ;; `sumFlowPair` (sum-flows.ts): `sumFlows` for two samples in one pass, `times` into `flat` and
  ;; `timesNext` into `flatNext`, two entries at a time: a, b for the first sample (a + b), c, d for the next.
  (func (export "sumFlowPair")
    (param $starts i32) (param $children i32) (param $amounts i32) (param $slots i32)
    (param $times i32) (param $timesNext i32) (param $flat i32) (param $flatNext i32)
    ;; first, second: the two entries' children as byte offsets into either sample's times.
    (local $s i32) (local $p i32) (local $end i32) (local $c i32) (local $am i32)
    (local $first i32) (local $second i32) (local $amount f64) (local $amountNext f64)
    (local $a f64) (local $b f64) (local $cc f64) (local $d f64)
    (block $slotsDone
      (loop $slotLoop
        (br_if $slotsDone (i32.ge_s (local.get $s) (local.get $slots)))
        (local.set $a (f64.const 0))
        (local.set $b (f64.const 0))
        (local.set $cc (f64.const 0))
        (local.set $d (f64.const 0))
        (local.set $p (i32.load (i32.add (local.get $starts) (i32.shl (local.get $s) (i32.const 2)))))
        (local.set $end (i32.load offset=4
          (i32.add (local.get $starts) (i32.shl (local.get $s) (i32.const 2)))))
        (local.set $c (i32.add (local.get $children) (i32.shl (local.get $p) (i32.const 2))))
        (local.set $am (i32.add (local.get $amounts) (i32.shl (local.get $p) (i32.const 3))))
        (block $twoDone
          (loop $twoLoop
            (br_if $twoDone (i32.ge_u (i32.add (local.get $p) (i32.const 1)) (local.get $end)))
            (local.set $first (i32.shl (i32.load (local.get $c)) (i32.const 2)))
            (local.set $second (i32.shl (i32.load offset=4 (local.get $c)) (i32.const 2)))
            (local.set $amount (f64.load (local.get $am)))
            (local.set $amountNext (f64.load offset=8 (local.get $am)))
            (local.set $a (f64.add (local.get $a)
              (f64.mul (f64.convert_i32_u (i32.load (i32.add (local.get $times) (local.get $first))))
                (local.get $amount))))
            (local.set $b (f64.add (local.get $b)
              (f64.mul (f64.convert_i32_u (i32.load (i32.add (local.get $times) (local.get $second))))
                (local.get $amountNext))))
            (local.set $cc (f64.add (local.get $cc)
              (f64.mul (f64.convert_i32_u (i32.load (i32.add (local.get $timesNext) (local.get $first))))
                (local.get $amount))))
            (local.set $d (f64.add (local.get $d)
              (f64.mul (f64.convert_i32_u (i32.load (i32.add (local.get $timesNext) (local.get $second))))
                (local.get $amountNext))))
            (local.set $p (i32.add (local.get $p) (i32.const 2)))
            (local.set $c (i32.add (local.get $c) (i32.const 8)))
            (local.set $am (i32.add (local.get $am) (i32.const 16)))
            (br $twoLoop)))
        (if (i32.lt_u (local.get $p) (local.get $end))
          (then
            (local.set $first (i32.shl (i32.load (local.get $c)) (i32.const 2)))
            (local.set $amount (f64.load (local.get $am)))
            (local.set $a (f64.add (local.get $a)
              (f64.mul (f64.convert_i32_u (i32.load (i32.add (local.get $times) (local.get $first))))
                (local.get $amount))))
            (local.set $cc (f64.add (local.get $cc)
              (f64.mul (f64.convert_i32_u (i32.load (i32.add (local.get $timesNext) (local.get $first))))
                (local.get $amount))))))
        (f64.store (i32.add (local.get $flat) (i32.shl (local.get $s) (i32.const 3)))
          (f64.add (local.get $a) (local.get $b)))
        (f64.store (i32.add (local.get $flatNext) (i32.shl (local.get $s) (i32.const 3)))
          (f64.add (local.get $cc) (local.get $d)))
        (local.set $s (i32.add (local.get $s) (i32.const 1)))
        (br $slotLoop))))

  ;; ranges[at + 2i] = lo, ranges[at + 2i + 1] = hi
  (func $setRange (param $ranges i32) (param $at i32) (param $i i32) (param $lo i32) (param $hi i32)
    (local $p i32)
    (local.set $p
      (i32.add (local.get $ranges)
        (i32.shl (i32.add (local.get $at) (i32.shl (local.get $i) (i32.const 1))) (i32.const 2))))
    (i32.store (local.get $p) (local.get $lo))
    (i32.store offset=4 (local.get $p) (local.get $hi))))
