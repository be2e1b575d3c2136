//go:build amd64 && !purego

package data

// scanClean32 is scanClean's loop on AVX2, 32 bytes a step, for text with
// at least 32 bytes from i on: it returns the start of the first 16-byte
// block it could not vouch for (the end of the blocks when it vouched for
// all), where the caller's check ends, and pairAt, before any stepping
// back.
//
//go:noescape
func scanClean32(s string, i int) (next, stop, pairAt int)

// hasAVX2 reports whether the processor and the system support AVX2.
func hasAVX2() bool

// useScan32: scanClean hands over to scanClean32.
var useScan32 = hasAVX2()
