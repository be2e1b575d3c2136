//go:build amd64 && !purego

package data

// scanClean32 is scanCleanVec's loop on AVX2, 32 bytes a step, for text with
// at least 32 bytes from i on, vouching also for the punctuation of
// U+2010–U+2027 and U+2030–U+203F: it returns the start of the first
// 16-byte block it could not vouch for (the end of the blocks when it vouched for
// all), where the caller's check ends, and pairAt, before any stepping
// back.
//
//go:noescape
func scanClean32(s string, i int) (next, stop, pairAt int)

// hasAVX2 reports whether the processor and the system support AVX2.
func hasAVX2() bool

// useScan32: scanCleanVec hands over to scanClean32.
var useScan32 = hasAVX2()

// newlines32 stores in dst the offsets of the newlines of s from from on,
// in order, while dst has room (it needs room for 32 at a time), and
// returns how many it stored and where to go on (len(s) when it read to
// the end).
//
//go:noescape
func newlines32(s string, from int, dst []int) (n, next int)
