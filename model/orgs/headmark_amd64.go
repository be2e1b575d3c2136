//go:build amd64 && !purego

package orgs

// headMarkBlocks returns the index in p of the first "Đ" (bytes C4 90) or
// "đo" (C4 91 6F, or "đO", C4 91 4F) that starts in the blocks of 16 bytes it tests, or the
// end of those blocks: it tests blocks from the start while a block and
// the two bytes after it are in p, every position of a block at once
// (SSE2, in headmark_amd64.s).
//
//go:noescape
func headMarkBlocks(p string) int

// nextHeadMark returns the index of the first "Đ" (bytes C4 90) or "đo"
// (C4 91 6F, or "đO") at or after i in p, or len(p). The three bytes are tested at
// every position of a block at once, where the generic search stops at
// each 0xC4 (about 170 in a generated article for 59 marks: "ă", "ĩ" and
// "đ" before other letters); the last bytes of p one at a time.
func nextHeadMark(p string, i int) int {
	i += headMarkBlocks(p[i:])
	for ; i+1 < len(p); i++ {
		if p[i] == 0xC4 && (p[i+1] == 0x90 || p[i+1] == 0x91 && i+2 < len(p) && p[i+2]|0x20 == 'o') {
			return i
		}
	}
	return len(p)
}
