//go:build !amd64 || purego

package orgs

// nextHeadMark returns the index of the first "Đ" (bytes C4 90) or "đo"
// (C4 91 6F, or "đO") at or after i in p, or len(p).
func nextHeadMark(p string, i int) int { return nextHeadMarkGeneric(p, i) }
