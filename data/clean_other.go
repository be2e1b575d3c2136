//go:build !amd64 || purego

package data

// useScan32: no vector scan on this platform.
const useScan32 = false

// scanClean32 vouches for nothing here.
func scanClean32(_ string, i int) (next, pairAt int) { return i, -1 }
