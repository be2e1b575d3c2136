//go:build amd64 && !purego

package data

// scanClean32 goes on with scanClean's check 32 bytes at a time (AVX2),
// from a block boundary i with the two bytes before it already vouched
// for. It returns the start of the first 16-byte block it could not vouch
// for (or of the last one under 32 bytes from the end), and pairAt as
// scanClean computes it over the blocks it vouched for. It reads s[i-2:].
//
//go:noescape
func scanClean32(s string, i int) (next, pairAt int)

// hasAVX2 reports whether the processor and the system support AVX2.
func hasAVX2() bool

// useScan32: scanClean hands over to scanClean32.
var useScan32 = hasAVX2()
