package data

import (
	"sync"

	"github.com/bantin/bantin/internal/uring"
)

// stageSize is the room each file of a batch gets when read through the
// ring. News articles are a few KB; a longer file is read again the plain
// way (readFile), so the size only trades memory for rare second reads.
const stageSize = 64 << 10

// prefetcher reads the plain-text files of a batch at once through an
// io_uring (see package uring): one system call for 32 files instead of
// four per file. Where the ring is unavailable it does nothing and every
// file is read by readFile, which is also what any file the ring could
// not read whole falls back to, so errors and refusals keep their exact
// messages.
type prefetcher struct {
	ring  *uring.Reader
	tried bool   // NewReader was called
	stage []byte // Batch × stageSize, reused for every batch
	paths []string
	bufs  [][]byte
	res   []uring.Result
	which []int // job index of each file queued
}

// fetch reads the .txt jobs it can and returns, for each job, its whole
// content (valid until the next fetch) or nil when the job must be read
// the plain way.
func (p *prefetcher) fetch(jobs []job, max int64, out [][]byte) {
	clear(out)
	if !p.tried {
		p.tried = true
		if r, err := uring.NewReader(); err == nil {
			p.ring = r
			p.stage = make([]byte, uring.Batch*stageSize)
		}
	}
	if p.ring == nil {
		return
	}
	p.paths, p.bufs, p.which = p.paths[:0], p.bufs[:0], p.which[:0]
	for i, j := range jobs {
		if j.kind != kindTxt || j.size > max {
			continue
		}
		k := len(p.paths)
		p.paths = append(p.paths, j.path)
		p.bufs = append(p.bufs, p.stage[k*stageSize:(k+1)*stageSize:(k+1)*stageSize])
		p.which = append(p.which, i)
	}
	if len(p.paths) == 0 {
		return
	}
	if len(p.res) < len(p.paths) {
		p.res = make([]uring.Result, uring.Batch)
	}
	if err := p.ring.Read(p.paths, p.bufs, p.res); err != nil {
		// The ring failed as a whole (it never has in practice): read
		// everything the plain way from now on. Requests may still be in
		// flight, writing into the stage and the ring's own buffers, so
		// neither may ever be reused or freed: they are kept for the
		// life of the process (a few MB, once per failed ring).
		failedRings.keep(p.ring, p.stage)
		p.ring.Close()
		p.stage, p.ring = nil, nil
		return
	}
	for k, r := range p.res[:len(p.paths)] {
		// An empty result goes the plain way too: readFile tells an
		// empty file from something that is not a regular file.
		if r.Err == nil && r.Whole && r.N > 0 && int64(r.N) <= max {
			out[p.which[k]] = p.bufs[k][:r.N]
		}
	}
}

// poison overwrites the stage with bytes no file read holds.
func (p *prefetcher) poison() {
	for i := range p.stage {
		p.stage[i] = '#'
	}
}

// failedRings keeps what a failed ring may still write into (see fetch).
// It only ever grows, and only when a ring fails.
var failedRings retained

type retained struct {
	mu   sync.Mutex
	kept []any
}

func (r *retained) keep(v ...any) {
	r.mu.Lock()
	r.kept = append(r.kept, v...)
	r.mu.Unlock()
}

// close releases the ring.
func (p *prefetcher) close() {
	if p.ring != nil {
		p.ring.Close()
		p.ring = nil
	}
}
