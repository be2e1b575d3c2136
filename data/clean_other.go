//go:build !amd64 || purego

package data

// useScan32: no vector scan on this platform.
const useScan32 = false

// scanClean32 is never called here.
func scanClean32(_ string, i int) (next, stop, pairAt int) { panic("no vector scan") }

// newlines32 is never called here.
func newlines32(_ string, _ int, _ []int) (n, next int) { panic("no vector scan") }
