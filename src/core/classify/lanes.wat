;; The keyword automaton's byte loop (keyword-lanes.ts), in WebAssembly: the same table, the same colour-code
;; skipping, the same events, byte for byte; only faster, since each byte costs a load, an or, a shift and a
;; compare without JavaScript's bounds checks and tagged numbers. scripts/wasm.ts assembles this file into
;; lanes-wasm.ts; keyword-lanes.ts runs it and keeps the JavaScript loop as the reference it is tested against.
;;
;; Memory (laid out by wasm-lanes.ts): the scanner table (int32 entries, a row per state, a column per byte
;; class, states as their rows' byte offsets, see keyword-lanes.ts ByteTable) at address 0; at $cls each byte's
;; column as a byte offset (class * 4, int32), so a byte's entry is at `state + cls[byte]`: the class lookup
;; waits on the byte alone, and the chain from one load to the next holds an add; the stretch's bytes; each
;; lane's events, pairs of int32 (byte index, table entry) for line feeds (-1) and keyword ends, up to a limit
;; per lane (a window that needs more runs in JavaScript). ESC (-2) starts a colour code that is stepped over.
(module
  (memory (export "memory") 1)
  ;; A lane's automaton state and colour-code state (0, 1 after ESC, 2 inside a CSI, 3 inside an escape sequence's
  ;; intermediates), in and out.
  (global $stateA (export "stateA") (mut i32) (i32.const 0))
  (global $escA (export "escA") (mut i32) (i32.const 0))
  (global $stateB (export "stateB") (mut i32) (i32.const 0))
  (global $escB (export "escB") (mut i32) (i32.const 0))
  ;; Where each lane's events ended, after `lanes`.
  (global $outA (export "outA") (mut i32) (i32.const 0))
  (global $outB (export "outB") (mut i32) (i32.const 0))
  ;; Set when a lane's events would pass its limit: the caller runs the window again in JavaScript.
  (global $overflow (export "overflow") (mut i32) (i32.const 0))

  ;; Steps over a colour code from $p up to $end (stopping before a line feed); $e is the colour-code state.
  ;; Returns the address where the keyword search goes on; the final colour-code state is in $escOut.
  (global $escOut (mut i32) (i32.const 0))
  (func $skip (param $p i32) (param $end i32) (param $e i32) (result i32)
    (local $b i32)
    (block $out
      (loop $next
        (br_if $out (i32.ge_u (local.get $p) (local.get $end)))
        (br_if $out (i32.eqz (local.get $e)))
        (local.set $b (i32.load8_u (local.get $p)))
        (br_if $out (i32.eq (local.get $b) (i32.const 10)))
        (if (i32.eq (local.get $b) (i32.const 27))
          (then (local.set $e (i32.const 1)))
          (else
            ;; ST (`ESC \`) ends a string sequence: 4, which the caller reads as BEL (keyword-lanes.ts TERMINATED).
            (if (i32.and (i32.eq (local.get $e) (i32.const 1)) (i32.eq (local.get $b) (i32.const 0x5c)))
              (then
                (local.set $p (i32.add (local.get $p) (i32.const 1)))
                (local.set $e (i32.const 4))
                (br $out)))
            (if (i32.eq (local.get $e) (i32.const 1))
              (then
                ;; `[` opens a CSI (2), an intermediate (0x20-0x2f) an escape sequence's (3), any other ends it.
                (local.set $e
                  (select (i32.const 2)
                    (select (i32.const 3) (i32.const 0)
                      (i32.le_u (i32.sub (local.get $b) (i32.const 0x20)) (i32.const 0x0f)))
                    (i32.eq (local.get $b) (i32.const 0x5b)))))
              (else
                (if (i32.eq (local.get $e) (i32.const 3))
                  (then
                    ;; Past the intermediates: the final byte (or whatever breaks the sequence) ends it.
                    (if (i32.gt_u (i32.sub (local.get $b) (i32.const 0x20)) (i32.const 0x0f))
                      (then (local.set $e (i32.const 0)))))
                  (else
                    ;; A final byte (0x40-0x7e) ends the CSI; anything outside 0x20-0x3f breaks it.
                    (if (i32.le_u (i32.sub (local.get $b) (i32.const 0x40)) (i32.const 0x3e))
                      (then (local.set $e (i32.const 0)))
                      (else
                        (if (i32.gt_u (i32.sub (local.get $b) (i32.const 0x20)) (i32.const 0x1f))
                          (then (local.set $e (i32.const 0))))))))))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (global.set $escOut (local.get $e))
    (local.get $p))

  ;; One lane over [$p, $end) from ($s, $e); events at $w (up to $limit), each byte index written as address +
  ;; $delta; byte columns at $cls. Returns where the events end; the state and colour-code state come back in
  ;; $stateA and $escA.
  (func $lane (export "lane")
    (param $p i32) (param $end i32) (param $s i32) (param $e i32) (param $w i32)
    (param $limit i32) (param $delta i32) (param $cls i32) (result i32)
    (local $x i32)
    (if (i32.and (i32.ne (local.get $e) (i32.const 0)) (i32.ne (local.get $e) (i32.const 4)))
      (then
        (local.set $p (call $skip (local.get $p) (local.get $end) (local.get $e)))
        (local.set $e (global.get $escOut))))
    (block $done
      (loop $next
        ;; ST read as BEL at its `\` ($p - 1), as keyword-lanes.ts terminate.
        (if (i32.eq (local.get $e) (i32.const 4))
          (then
            (local.set $e (i32.const 0))
            (local.set $x
              (i32.load (i32.add (local.get $s) (i32.load (i32.add (local.get $cls) (i32.const 28))))))
            (if (i32.ge_s (local.get $x) (i32.const 0))
              (then (local.set $s (local.get $x)))
              (else
                (if (i32.ge_u (local.get $w) (local.get $limit))
                  (then
                    (global.set $overflow (i32.const 1))
                    (return (local.get $w))))
                (i32.store (local.get $w) (i32.add (i32.sub (local.get $p) (i32.const 1)) (local.get $delta)))
                (i32.store offset=4 (local.get $w) (local.get $x))
                (local.set $w (i32.add (local.get $w) (i32.const 8)))
                (local.set $s (i32.xor (local.get $x) (i32.const -1)))))))
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $x
          (i32.load
            (i32.add (local.get $s)
              (i32.load (i32.add (local.get $cls) (i32.shl (i32.load8_u (local.get $p)) (i32.const 2)))))))
        (if (i32.ge_s (local.get $x) (i32.const 0))
          (then
            (local.set $s (local.get $x))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br $next)))
        (if (i32.eq (local.get $x) (i32.const -2))
          (then
            (local.set $p (call $skip (i32.add (local.get $p) (i32.const 1)) (local.get $end) (i32.const 1)))
            (local.set $e (global.get $escOut))
            (br $next)))
        (if (i32.ge_u (local.get $w) (local.get $limit))
          (then
            (global.set $overflow (i32.const 1))
            (return (local.get $w))))
        (i32.store (local.get $w) (i32.add (local.get $p) (local.get $delta)))
        (i32.store offset=4 (local.get $w) (local.get $x))
        (local.set $w (i32.add (local.get $w) (i32.const 8)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (if (i32.eq (local.get $x) (i32.const -1))
          (then
            (local.set $e (i32.const 0))
            (local.set $s (i32.const 0)))
          (else (local.set $s (i32.xor (local.get $x) (i32.const -1)))))
        (br $next)))
    (global.set $stateA (local.get $s))
    (global.set $escA (local.get $e))
    (local.get $w))

  ;; Lane A over [$i, $mid) and lane B over [$mid, $end) in one loop while both only move (two independent
  ;; lookups per turn keep the CPU busy); whichever needs more than a move is finished by `lane`, then the
  ;; loop goes on. $mid - 1 must be a line feed and lane B fresh. Events of A at $wa, of B at $wb.
  (func (export "lanes")
    (param $i i32) (param $mid i32) (param $end i32) (param $wa i32) (param $wb i32)
    (param $la i32) (param $lb i32) (param $delta i32) (param $cls i32)
    (local $j i32) (local $s i32) (local $t i32) (local $ea i32) (local $eb i32) (local $x i32) (local $y i32)
    (local.set $j (local.get $mid))
    (local.set $s (global.get $stateA))
    (local.set $ea (global.get $escA))
    (local.set $t (i32.const 0))
    (local.set $eb (i32.const 0))
    (if (i32.and (i32.ne (local.get $ea) (i32.const 0)) (i32.ne (local.get $ea) (i32.const 4)))
      (then
        (local.set $i (call $skip (local.get $i) (local.get $mid) (local.get $ea)))
        (local.set $ea (global.get $escOut))))
    ;; ST (4) in either lane leaves the rest to `lane`, which reads it as BEL.
    (block $done
      (br_if $done (i32.eq (local.get $ea) (i32.const 4)))
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $mid)))
        (br_if $done (i32.ge_u (local.get $j) (local.get $end)))
        (local.set $x
          (i32.load
            (i32.add (local.get $s)
              (i32.load (i32.add (local.get $cls) (i32.shl (i32.load8_u (local.get $i)) (i32.const 2)))))))
        (local.set $y
          (i32.load
            (i32.add (local.get $t)
              (i32.load (i32.add (local.get $cls) (i32.shl (i32.load8_u (local.get $j)) (i32.const 2)))))))
        (if (i32.ge_s (i32.or (local.get $x) (local.get $y)) (i32.const 0))
          (then
            (local.set $s (local.get $x))
            (local.set $t (local.get $y))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $next)))
        ;; Lane A's byte.
        (if (i32.ge_s (local.get $x) (i32.const 0))
          (then
            (local.set $s (local.get $x))
            (local.set $i (i32.add (local.get $i) (i32.const 1))))
          (else
            (if (i32.eq (local.get $x) (i32.const -2))
              (then
                (local.set $i (call $skip (i32.add (local.get $i) (i32.const 1)) (local.get $mid) (i32.const 1)))
                (local.set $ea (global.get $escOut))
                (br_if $done (i32.eq (local.get $ea) (i32.const 4))))
              (else
                (if (i32.ge_u (local.get $wa) (local.get $la))
                  (then
                    (global.set $overflow (i32.const 1))
                    (return)))
                (i32.store (local.get $wa) (i32.add (local.get $i) (local.get $delta)))
                (i32.store offset=4 (local.get $wa) (local.get $x))
                (local.set $wa (i32.add (local.get $wa) (i32.const 8)))
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (if (i32.eq (local.get $x) (i32.const -1))
                  (then
                    (local.set $ea (i32.const 0))
                    (local.set $s (i32.const 0)))
                  (else (local.set $s (i32.xor (local.get $x) (i32.const -1)))))))))
        ;; Lane B's byte.
        (if (i32.ge_s (local.get $y) (i32.const 0))
          (then
            (local.set $t (local.get $y))
            (local.set $j (i32.add (local.get $j) (i32.const 1))))
          (else
            (if (i32.eq (local.get $y) (i32.const -2))
              (then
                (local.set $j (call $skip (i32.add (local.get $j) (i32.const 1)) (local.get $end) (i32.const 1)))
                (local.set $eb (global.get $escOut))
                (br_if $done (i32.eq (local.get $eb) (i32.const 4))))
              (else
                (if (i32.ge_u (local.get $wb) (local.get $lb))
                  (then
                    (global.set $overflow (i32.const 1))
                    (return)))
                (i32.store (local.get $wb) (i32.add (local.get $j) (local.get $delta)))
                (i32.store offset=4 (local.get $wb) (local.get $y))
                (local.set $wb (i32.add (local.get $wb) (i32.const 8)))
                (local.set $j (i32.add (local.get $j) (i32.const 1)))
                (if (i32.eq (local.get $y) (i32.const -1))
                  (then
                    (local.set $eb (i32.const 0))
                    (local.set $t (i32.const 0)))
                  (else (local.set $t (i32.xor (local.get $y) (i32.const -1)))))))))
        (br $next)))
    ;; Whatever is left of either lane, one lane at a time.
    (global.set $outA (call $lane (local.get $i) (local.get $mid) (local.get $s) (local.get $ea)
      (local.get $wa) (local.get $la) (local.get $delta) (local.get $cls)))
    (local.set $s (global.get $stateA))
    (local.set $ea (global.get $escA))
    (global.set $outB (call $lane (local.get $j) (local.get $end) (local.get $t) (local.get $eb)
      (local.get $wb) (local.get $lb) (local.get $delta) (local.get $cls)))
    (global.set $stateB (global.get $stateA))
    (global.set $escB (global.get $escA))
    (global.set $stateA (local.get $s))
    (global.set $escA (local.get $ea)))
)
