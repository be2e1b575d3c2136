// Package data gets articles into bantin: the embedded sample, folders walked
// recursively, raw .txt files and .jsonl files, parsed into model.Article.
//
// Loading never stops at a bad file: empty, binary, oversized, unreadable
// or undecodable inputs are skipped (or loaded with a repaired text) and
// reported as Warnings, while every good file still loads. Parsing runs on
// all cores.
package data

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding/charmap"

	"github.com/bantin/bantin/internal/hugemem"
	"github.com/bantin/bantin/internal/uring"
	"github.com/bantin/bantin/model"
	"github.com/bantin/bantin/model/orgs"
)

// Warning is a problem with one input that did not stop the others loading.
type Warning struct {
	Path string
	Msg  string
}

func (w Warning) String() string { return w.Path + ": " + w.Msg }

// Progress reports how far a load has got.
type Progress struct {
	// FilesTotal is 0 while the folders are still being listed.
	FilesDone, FilesTotal int
	Articles              int
	// Done is true on the last report of a load.
	Done bool
}

// DefaultMaxFileSize is the size above which a .txt file (or a .jsonl
// line: one article either way) is skipped unless Options.MaxFileSize says
// otherwise. A news article is a few KB and the longest real ones stay well
// under 1 MB, while parsing and recognising the bodies of a huge file costs
// about ten times its size in memory: 8 MiB keeps one stray file from
// eating a server's memory. A .jsonl file as a whole has no limit.
const DefaultMaxFileSize = 8 << 20

// Options tune a load. The zero value is ready to use.
type Options struct {
	// Workers is the number of parsing goroutines (default: GOMAXPROCS).
	Workers int
	// MaxFileSize: larger .txt files, and longer .jsonl lines, are skipped
	// with a warning (default DefaultMaxFileSize, 8 MiB).
	MaxFileSize int64
	// Progress, if set, is called from one goroutine at a time: once when
	// the files are counted, then about every 50 ms, and a last time with
	// Done set when parsing ends.
	Progress func(Progress)
	// Recognizer finds the union bodies in each article (default
	// orgs.Default()).
	Recognizer *orgs.Recognizer
	// Sink, when set, is given each article loaded from a .txt file, on the
	// loading worker that parsed it (0 ≤ worker < Workers, or GOMAXPROCS
	// when Workers is 0), while its strings may still point into the
	// loader's buffers; calls with the same worker never overlap. Such an
	// article's body is then not kept: Load returns it with Body nil and
	// Text.Size and Text.Sum set, and ReadBody reads it back. The sink may
	// set Text.Part and Text.Doc, and must keep no string of the article.
	// Articles from .jsonl files keep their body and are not given to it.
	Sink func(worker int, a *model.Article)

	// noOrgs skips organisation recognition; benchmarks use it to measure
	// loading and parsing alone.
	noOrgs bool
	// plainReads reads every file with readFile, never through the ring;
	// tests use it to check both ways give the same articles.
	plainReads bool
	// poisonStage, for tests, makes the loaders overwrite their stage
	// once a batch is loaded, so that a string of an article left
	// pointing into it (see loadWorker.rehome) shows in the articles.
	poisonStage bool
}

// skipOrgs is a sentinel recogniser meaning "do not recognise bodies"; it is
// only compared, never used.
var skipOrgs = new(orgs.Recognizer)

func (o Options) workers() int {
	if o.Workers > 0 {
		return o.Workers
	}
	return runtime.GOMAXPROCS(0)
}

func (o Options) maxSize() int64 {
	if o.MaxFileSize > 0 {
		return o.MaxFileSize
	}
	return DefaultMaxFileSize
}

func (o Options) recognizer() *orgs.Recognizer {
	if o.noOrgs {
		return skipOrgs
	}
	if o.Recognizer != nil {
		return o.Recognizer
	}
	return orgs.Default()
}

// LoadSample parses the embedded sample corpus.
func LoadSample(opts Options) ([]model.Article, []Warning) {
	fsys := SampleFS()
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, []Warning{{"sample", err.Error()}}
	}
	var names []string
	var raws [][]byte
	var warns []Warning
	for _, e := range entries {
		b, err := fs.ReadFile(fsys, e.Name())
		if err != nil {
			warns = append(warns, Warning{e.Name(), err.Error()})
			continue
		}
		names = append(names, e.Name())
		raws = append(raws, b)
	}
	return ParseAll(names, raws, opts), warns
}

// ParseAll parses raws[i] (named names[i]) on all cores and returns the
// articles in the same order.
func ParseAll(names []string, raws [][]byte, opts Options) []model.Article {
	n := min(len(names), len(raws))
	out := make([]model.Article, n)
	rec := opts.recognizer()
	var total, done, arts atomic.Int64
	total.Store(int64(n))
	stop := startProgress(opts.Progress, &total, &done, &arts)
	parallel(n, opts.workers(), func(i int) {
		out[i], _ = safeParse(names[i], string(raws[i]), hints{}, rec)
		done.Add(1)
		arts.Add(1)
	})
	stop()
	return out
}

// parallel runs f(0..n-1) on w goroutines.
func parallel(n, w int, f func(i int)) {
	if w > n {
		w = n
	}
	if w <= 1 {
		for i := 0; i < n; i++ {
			f(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for g := 0; g < w; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				f(i)
			}
		}()
	}
	wg.Wait()
}

// startProgress reports progress every 50 ms until the returned stop is
// called, which makes the final report. total may grow (or stay 0 while the
// files are being listed).
func startProgress(fn func(Progress), total, done, arts *atomic.Int64) (stop func()) {
	if fn == nil {
		return func() {}
	}
	report := func(last bool) {
		fn(Progress{FilesDone: int(done.Load()), FilesTotal: int(total.Load()), Articles: int(arts.Load()), Done: last})
	}
	report(false)
	quit := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(50 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-quit:
				return
			case <-t.C:
				report(false)
			}
		}
	}()
	return func() {
		close(quit)
		<-finished
		report(true)
	}
}

// safeParse parses one article; a parser bug becomes a warning on an
// otherwise empty article rather than a crash.
func safeParse(name, text string, h hints, rec *orgs.Recognizer) (a model.Article, st cleanStats) {
	defer func() {
		if r := recover(); r != nil {
			st = cleanStats{}
			a = model.Article{File: name, Date: model.Date{Precision: model.PrecisionUnknown},
				Warnings: []string{fmt.Sprintf("internal error while parsing: %v", r)}}
		}
	}()
	return parseText(name, text, h, rec)
}

// safeParseFile is safeParse for the text of a .txt file, which it first
// refuses as binary (isBinary) if checkBinary is set and it looks so. The
// cleaner's scan, which meets every byte of the text anyway, says whether
// it holds any byte isBinary counts: for nearly every file it holds none,
// and isBinary need not look (it cost 1.4 % of opening the 100k folder).
//
// clean is the cleaned text the article's strings were cut from: text
// itself, or a copy where the cleaner rewrote it.
func safeParseFile(name, text string, checkBinary bool, rec *orgs.Recognizer) (a model.Article, st cleanStats, binary bool, clean string) {
	defer func() {
		if r := recover(); r != nil {
			st, binary, clean = cleanStats{}, false, ""
			a = model.Article{File: name, Date: model.Date{Precision: model.PrecisionUnknown},
				Warnings: []string{fmt.Sprintf("internal error while parsing: %v", r)}}
		}
	}()
	clean, st, pairAt, slow := cleanTextScan(text, useScan32)
	if checkBinary && slow && isBinary(unsafe.Slice(unsafe.StringData(text), len(text))) {
		return model.Article{}, cleanStats{}, true, ""
	}
	return parseClean(name, clean, st, pairAt, hints{}, rec), st, false, clean
}

type fileKind int

const (
	kindTxt fileKind = iota
	kindJSONL
)

type job struct {
	path string
	kind fileKind
	size int64
}

type fileResult struct {
	arts  []model.Article
	warns []Warning
}

// Load reads every path (files or folders, folders walked recursively,
// following symbolic links but never twice into the same folder). It
// returns an error only when nothing at all could be loaded, or when ctx
// is cancelled; the error is a one-line message fit for the user.
func Load(ctx context.Context, paths []string, opts Options) ([]model.Article, []Warning, error) {
	rec := opts.recognizer()
	max := opts.maxSize()
	workers := opts.workers()
	// The walk feeds the workers as it lists the files, so reading starts
	// at once instead of after the whole tree has been listed (listing
	// 100,000 files takes a few hundred milliseconds). The queue never
	// blocks the walk, so the total is known early for the progress bar.
	queue := &jobQueue{}
	queue.cond.L = &queue.mu
	c := collector{ctx: ctx, seenDirs: map[string]*[]string{}, seenFiles: map[string]bool{}, queued: queue}
	var total, done, arts atomic.Int64 // total stays 0 while walking
	stop := startProgress(opts.Progress, &total, &done, &arts)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var lw loadWorker
			lw.id, lw.sink, lw.scratch.reuse = w, opts.Sink, true
			lw.fetch.tried = opts.plainReads
			defer lw.fetch.close()
			var (
				jobs  [uring.Batch]job
				slots [uring.Batch]*fileResult
				idx   [uring.Batch]int
				pre   [uring.Batch][]byte
			)
			for {
				n := queue.nextBatch(jobs[:], slots[:], idx[:])
				if n == 0 {
					return
				}
				if ctx.Err() != nil {
					continue // drain: the walk stops at its next folder
				}
				if out := queue.out.Load(); out != nil {
					lw.dest = *out
				}
				lw.fetch.fetch(jobs[:n], max, pre[:n])
				for i := range n {
					lw.at = idx[i]
					r := loadFile(ctx, jobs[i], max, rec, workers, &lw, pre[i])
					*slots[i] = r
					done.Add(1)
					arts.Add(int64(len(r.arts)))
				}
				if opts.poisonStage {
					lw.fetch.poison()
					lw.scratch.poison()
				}
			}
		}()
	}
	func() {
		defer queue.close() // even if the walk panics, no worker waits forever
		for _, p := range paths {
			c.add(p)
		}
		c.flush()
	}()
	files := queue.len()
	total.Store(int64(files))
	// Once the walk has ended (listing 100,000 files takes a fraction of
	// the load), the result gets a place for each file, and the workers
	// put the article of a .txt file there instead of in a run of their
	// own: most articles are then never copied into the result below (on
	// the 100k folder, 23 MB of articles), and most runs never made. A
	// .jsonl file has many articles: then the result is made at the end.
	var direct []model.Article
	if !c.jsonl && files > 0 {
		direct = hugemem.Make[model.Article](files, files)
		queue.out.Store(&direct)
	}
	wg.Wait()
	stop()
	warns := c.warns
	if err := ctx.Err(); err != nil {
		return nil, warns, fmt.Errorf("loading cancelled: %w", err)
	}
	var out []model.Article
	if direct != nil {
		// File k's article is at direct[k] or in a run; packed in place
		// over the files that gave none (each file gives at most one, so
		// a place is read before it is written).
		n := 0
		for _, chunk := range queue.results {
			for _, r := range chunk {
				if len(r.arts) > 0 {
					if &r.arts[0] != &direct[n] {
						direct[n] = r.arts[0]
					}
					n++
				}
				warns = append(warns, r.warns...)
			}
		}
		clear(direct[n:]) // the places packed over keep no strings alive
		out = direct[:n:n]
		if n < files/2 {
			// Mostly refused files: keep no more than the articles.
			out = append(hugemem.Make[model.Article](0, n), out...)
		}
	} else {
		if n := int(arts.Load()); n > 0 {
			out = hugemem.Make[model.Article](0, n)
		}
		for _, chunk := range queue.results {
			for _, r := range chunk {
				out = append(out, r.arts...)
				warns = append(warns, r.warns...)
			}
		}
	}
	if len(out) == 0 {
		return nil, warns, nothingLoaded(paths, warns)
	}
	return out, warns, nil
}

func nothingLoaded(paths []string, warns []Warning) error {
	if len(paths) == 0 {
		return errors.New("no article could be loaded: no path given")
	}
	if len(paths) == 1 {
		for _, w := range warns {
			if w.Path == paths[0] {
				return fmt.Errorf("no article could be loaded from %s: %s", paths[0], w.Msg)
			}
		}
		return fmt.Errorf("no article could be loaded from %s: no .txt or .jsonl article found", paths[0])
	}
	if len(warns) > 0 {
		return fmt.Errorf("no article could be loaded from the %d paths given (%d problems, see the warnings above)", len(paths), len(warns))
	}
	return fmt.Errorf("no article could be loaded from the %d paths given: no .txt or .jsonl article found", len(paths))
}

// collector walks the paths into a list of files to load.
type collector struct {
	ctx   context.Context // a cancelled walk stops at the next folder
	warns []Warning
	// seenDirs has the real path of each folder entered, with the names
	// of the regular files its listing queued (in order, so sorted).
	seenDirs map[string]*[]string
	// seenFiles has the real paths of the files queued otherwise: given
	// on the command line or reached through a symbolic link. A file
	// listed in a folder is not added (100,000 real paths built and
	// hashed for nothing, most of the walk's time): a file of a folder
	// entered once is listed once, and a file queued otherwise is looked
	// up among the names its folder's listing queued (see queue).
	seenFiles map[string]bool
	// pending are files queued but not yet pushed to the workers (see
	// push).
	pending []job
	// queued receives each file to load, in the walk's order.
	queued *jobQueue
	// jsonl is set once a .jsonl file is queued.
	jsonl bool
	// pushed is the number of files handed to the workers; advised is
	// the heap made ready for the load so far (see growHeap).
	pushed, advised int
}

// jobQueue hands the files listed by the walk to the reading workers, in
// order, each with the place for its result; pushing never blocks. Jobs
// and results are kept in chunks, so a long walk copies neither as it
// grows, and the jobs of a chunk are dropped once all are taken.
type jobQueue struct {
	mu      sync.Mutex
	cond    sync.Cond
	jobs    [][]job        // jobs[k] holds jobs k*jobChunk…; nil once all taken
	results [][]fileResult // results[k][i] is the result of jobs[k][i]
	n       int            // jobs pushed
	taken   int
	closed  bool
	// out, once set, has a place for the article of each file: that of
	// job k is (*out)[k] (see Load).
	out atomic.Pointer[[]model.Article]
}

const jobChunk = 1024

func (q *jobQueue) push(j job) { q.pushAll([]job{j}) }

// pushAll queues js in order.
func (q *jobQueue) pushAll(js []job) {
	q.mu.Lock()
	for _, j := range js {
		if q.n%jobChunk == 0 {
			q.jobs = append(q.jobs, make([]job, 0, jobChunk))
			q.results = append(q.results, make([]fileResult, 0, jobChunk))
		}
		k := q.n / jobChunk
		q.jobs[k] = append(q.jobs[k], j)
		q.results[k] = q.results[k][:len(q.results[k])+1]
		q.n++
	}
	q.mu.Unlock()
	q.cond.Broadcast()
}

// len is the number of files queued so far.
func (q *jobQueue) len() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.n
}

func (q *jobQueue) close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.cond.Broadcast()
}

// nextBatch waits for at least one file to read and takes up to len(js)
// of those queued, in order, with the places for their results (written
// by the caller only) and their numbers in the walk's order. It returns
// how many it took: 0 once the walk has ended and every file is taken.
func (q *jobQueue) nextBatch(js []job, results []*fileResult, idx []int) int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for q.taken == q.n && !q.closed {
		q.cond.Wait()
	}
	n := min(q.n-q.taken, len(js), len(results), len(idx))
	for t := range n {
		k, i := q.taken/jobChunk, q.taken%jobChunk
		js[t], results[t], idx[t] = q.jobs[k][i], &q.results[k][i], q.taken
		q.taken++
		if i == jobChunk-1 {
			q.jobs[k] = nil // all taken
		}
	}
	return n
}

func (c *collector) warn(path, format string, args ...any) {
	c.warns = append(c.warns, Warning{path, fmt.Sprintf(format, args...)})
}

func (c *collector) add(p string) {
	fi, err := os.Stat(p)
	if err != nil {
		c.warn(p, "%s", describeErr(err))
		return
	}
	if c.advised == 0 && fi.Size() >= bigFile {
		c.growHeap()
	}
	if fi.IsDir() {
		c.walk(p)
		return
	}
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		real = p
	}
	c.file(p, real, fi, true)
}

// file queues a regular file by its extension.
func (c *collector) file(p, real string, fi fs.FileInfo, explicit bool) {
	if !fi.Mode().IsRegular() {
		c.warn(p, "skipped: not a regular file")
		return
	}
	c.queue(p, real, fi.Size(), explicit)
}

// kind is the kind of file p by its extension; ok is false, with a
// warning, for a file of another kind.
func (c *collector) kind(p string) (kind fileKind, ok bool) {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".txt":
		return kindTxt, true
	case ".jsonl", ".ndjson":
		c.jsonl = true
		return kindJSONL, true
	}
	c.warn(p, "skipped: not a .txt or .jsonl file")
	return 0, false
}

// queue adds a regular file given or reached through a symbolic link,
// whose real path is real, by its extension.
func (c *collector) queue(p, real string, size int64, explicit bool) {
	kind, ok := c.kind(p)
	if !ok {
		return
	}
	if c.seenFiles[real] || c.listed(real) {
		if explicit {
			c.warn(p, "skipped: already loaded")
		}
		return
	}
	c.seenFiles[real] = true
	c.push(job{path: p, kind: kind, size: size})
}

// listed reports whether the real path of a file is that of a regular
// file queued by the listing of its folder: the real path of such a file
// is its folder's real path joined with its name.
func (c *collector) listed(real string) bool {
	names := c.seenDirs[filepath.Dir(real)]
	if names == nil {
		return false
	}
	_, found := slices.BinarySearch(*names, filepath.Base(real))
	return found
}

// entry queues the regular file p, listed as name in a folder whose real
// path is real and whose queued names are names.
func (c *collector) entry(p, real, name string, names *[]string) {
	kind, ok := c.kind(p)
	if !ok {
		return
	}
	// Only a file queued otherwise, before, can be this one.
	if len(c.seenFiles) > 0 && c.seenFiles[filepath.Join(real, name)] {
		return
	}
	*names = append(*names, name)
	c.push(job{path: p, kind: kind, size: -1})
}

// push hands a file to the workers, in order; files are handed over 32 at
// a time (one lock of the queue instead of one a file) and by flush.
func (c *collector) push(j job) {
	c.pending = append(c.pending, j)
	if len(c.pending) >= uring.Batch {
		c.flush()
	}
}

func (c *collector) flush() {
	if len(c.pending) > 0 {
		c.queued.pushAll(c.pending)
		c.pushed += len(c.pending)
		clear(c.pending)
		c.pending = c.pending[:0]
		if c.pushed >= adviseFrom && c.pushed*heapPerFile > c.advised {
			c.growHeap()
		}
	}
}

const (
	// heapFirst is the heap a load is first made ready for: about what
	// 100,000 generated articles took once loaded and indexed with their
	// text kept (0.95 GB); with a sink, as corpus.Open loads, it is
	// ≈ 0.5 GB, and the rest of the block is never touched (it costs
	// address space only).
	heapFirst = 1 << 30
	// heapPerFile is about what the heap holds per file loaded and
	// indexed with its text kept (articles of 6 KB); half that with a
	// sink.
	heapPerFile = 10 << 10
	// A load is big enough for growHeap once the walk has listed
	// adviseFrom files (a few milliseconds into a large load, before the
	// workers have allocated much), or when the command line names a file
	// of bigFile bytes or more (a large .jsonl; files found in folders
	// are not measured before they are read). Smaller loads are not worth the
	// 10–15 ms AdviseHeap takes.
	bigFile    = 64 << 20
	adviseFrom = 128
)

// growHeap makes the heap ready for the load, in memory advised for huge
// pages (hugemem.AdviseHeap), so that the articles' small objects and the
// index's, which the runtime would write to 4 KB pages, go to 2 MB ones:
// 1 GB at first, then as much again as asked so far each time the files
// listed would need more (heapPerFile each): 1, 1, 2, 4 GB. Opening 100,000 generated files took
// 6.9 → 5.8 CPU-s for it (medians of 72 and 120 runs), with 43,000 fewer
// page faults (see docs/loading.md); what the load does not use costs
// address space only.
func (c *collector) growHeap() {
	n := max(c.advised, heapFirst)
	hugemem.AdviseHeap(n)
	c.advised += n
}

func (c *collector) walk(dir string) {
	if c.ctx.Err() != nil {
		return
	}
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		c.warn(dir, "%s", describeErr(err))
		return
	}
	if c.seenDirs[real] != nil {
		c.warn(dir, "skipped: folder already visited (symbolic link loop or repeated path)")
		return
	}
	names := new([]string)
	c.seenDirs[real] = names
	entries, err := os.ReadDir(dir)
	if err != nil {
		c.warn(dir, "%s", describeErr(err))
		// ReadDir returns what it could read.
	}
	*names = make([]string, 0, len(entries))
	paths := pathJoiner{size: len(entries) * (len(dir) + 1)}
	for _, e := range entries {
		paths.size += len(e.Name())
	}
	// os.ReadDir sorts the entries by name.
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue // hidden files and folders (.git, .DS_Store)
		}
		p := paths.join(dir, name)
		typ := e.Type()
		switch {
		case typ&fs.ModeSymlink != 0:
			fi, err := os.Stat(p)
			if err != nil {
				c.warn(p, "skipped: broken symbolic link")
				continue
			}
			if fi.IsDir() {
				c.walk(p)
				continue
			}
			target, err := filepath.EvalSymlinks(p)
			if err != nil {
				target = p
			}
			c.file(p, target, fi, false)
		case typ.IsDir():
			c.walk(p)
		case typ.IsRegular():
			// The size is checked when the file is opened: no lstat here.
			c.entry(p, real, name, names)
		default:
			c.warn(p, "skipped: not a regular file")
		}
	}
}

// pathJoiner is filepath.Join of a folder and the names of its entries,
// cutting the paths from one block: a folder of 1,000 files makes one
// allocation instead of 1,000 (the paths live as long as the articles, as
// their File).
type pathJoiner struct {
	buf  []byte
	size int // of all the paths, for the block
	// plain: the folder joined with a name is just folder, separator,
	// name (a clean path other than "." or the root); known once a first
	// name has been joined (tried).
	plain, tried bool
}

func (j *pathJoiner) join(dir, name string) string {
	if !j.tried {
		j.tried = true
		j.plain = filepath.Join(dir, name) == dir+string(filepath.Separator)+name
	}
	if !j.plain {
		return filepath.Join(dir, name)
	}
	n := len(dir) + 1 + len(name)
	if cap(j.buf)-len(j.buf) < n {
		j.buf = make([]byte, 0, max(n, j.size))
	}
	start := len(j.buf)
	j.buf = append(j.buf, dir...)
	j.buf = append(j.buf, filepath.Separator)
	j.buf = append(j.buf, name...)
	return unsafe.String(&j.buf[start], n)
}

// describeErr turns a file system error into a short message.
func describeErr(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or folder"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// loadFile loads one file; pre, when not nil, is its whole content
// already read by the prefetcher, parsed where it is: what the article
// keeps of it is then copied into the slab (rehome). With a sink, the
// article is handed to it and keeps no body (see handOver).
func loadFile(ctx context.Context, j job, max int64, rec *orgs.Recognizer, workers int, lw *loadWorker, pre []byte) (r fileResult) {
	defer func() {
		if p := recover(); p != nil {
			r = fileResult{warns: []Warning{{j.path, fmt.Sprintf("skipped: internal error: %v", p)}}}
		}
	}()
	if j.kind == kindJSONL {
		return loadJSONL(ctx, j.path, max, rec, workers)
	}
	if j.size > max {
		return warnOnly(j.path, fmt.Sprintf("skipped: file too large (%s, limit %s)", humanSize(j.size), humanSize(max)))
	}
	// buf is the file's bytes: the prefetcher's stage, reused for the
	// next batch (the article's strings into it are copied out below),
	// or a buffer cut from the slab, which the strings share. With a
	// sink, the buffer is the worker's scratch, reused for the next file
	// read the plain way: the strings kept are copied out of it too.
	slab := &lw.slab
	if lw.sink != nil {
		slab = &lw.scratch
	}
	buf := pre
	if pre == nil {
		var err error
		if buf, err = readFile(j.path, max, slab); err != nil {
			return warnOnly(j.path, "skipped: "+err.Error())
		}
	}
	f, refused := parseFile(j.path, buf, rec)
	if pre == nil && (refused != "" || f.converted) {
		// Refused, or converted (UTF-16, Windows-1258): nothing refers
		// to the buffer.
		slab.giveBack(buf)
	}
	if refused != "" {
		return warnOnly(j.path, "skipped: "+refused)
	}
	a := f.a
	if f.note != "" {
		a.Warnings = append(a.Warnings, f.note)
		r.warns = append(r.warns, Warning{j.path, f.note})
	}
	r.warns = append(r.warns, cleaningWarnings(j.path, f.st)...)
	if lw.sink != nil {
		r.arts = lw.one(a)
		lw.handOver(&r.arts[0], buf, f.text, f.clean)
		return r
	}
	if pre != nil {
		lw.rehome(&a, pre)
	} else if len(buf) >= slabOwn {
		// A buffer of its own can be freed if the article keeps little of
		// it; one cut from a slab lives as long as its neighbours anyway.
		compact(&a, len(buf))
	}
	r.arts = lw.one(a)
	return r
}

// parsedFile is a .txt file decoded and parsed (parseFile).
type parsedFile struct {
	a    model.Article
	st   cleanStats
	note string // the repair to warn of: decoded from UTF-16 or Windows-1258
	// text is the decoded text and clean the cleaned one the article's
	// strings were cut from (see safeParseFile); converted: text is not
	// the file's bytes (UTF-16, Windows-1258) but a copy.
	text, clean string
	converted   bool
}

// parseFile decodes and parses the bytes of a .txt file named path, or
// says why it refuses them (empty, whitespace, binary). The loader and
// ReadBody both parse with it, so that a body read back is the one the
// load would have kept.
func parseFile(path string, buf []byte, rec *orgs.Recognizer) (f parsedFile, refused string) {
	text, note, ok := decodeText(buf)
	if !ok {
		return parsedFile{}, note
	}
	converted := unsafe.StringData(text) != &buf[0]
	a, st, binary, clean := safeParseFile(path, text, !converted, rec)
	if binary {
		return parsedFile{}, "binary file, not text"
	}
	if st.invalid > 0 {
		// Mostly not UTF-8: read it as Windows-1258, the legacy
		// Vietnamese code page, rather than show a page of U+FFFD.
		if bad, nonASCII := invalidCount(buf); bad*2 > nonASCII {
			if s, err := charmap.Windows1258.NewDecoder().Bytes(buf); err == nil {
				text = string(s)
				a, st, _, clean = safeParseFile(path, text, false, rec)
				note = "not UTF-8: decoded as Windows-1258"
				converted = true
			}
		}
	}
	return parsedFile{a: a, st: st, note: note, text: text, clean: clean, converted: converted}, ""
}

// compact copies the article's strings out of its file buffer when they
// use less than half of it (a page made mostly of related links), so the
// buffer can be freed; otherwise the strings keep sharing it.
func compact(a *model.Article, bufLen int) {
	n := len(a.Title) + len(a.Source) + len(a.Author) + len(a.URL)
	for _, p := range a.Body {
		n += len(p)
	}
	if n*2 >= bufLen {
		return
	}
	b := make([]byte, 0, n)
	take := func(s string) string {
		start := len(b)
		b = append(b, s...)
		return unsafe.String(unsafe.SliceData(b[start:]), len(s))
	}
	a.Title, a.Source, a.Author, a.URL = take(a.Title), take(a.Source), take(a.Author), take(a.URL)
	body := make([]string, len(a.Body))
	for i, p := range a.Body {
		body[i] = take(p)
	}
	a.Body = body
}

// cleaningWarnings reports repaired text: invalid UTF-8 replaced, control
// characters and escape sequences removed.
func cleaningWarnings(path string, st cleanStats) []Warning {
	var w []Warning
	if st.invalid > 0 {
		w = append(w, Warning{path, fmt.Sprintf("loaded with %d invalid UTF-8 sequence(s) replaced", st.invalid)})
	}
	if st.controls > 0 {
		w = append(w, Warning{path, fmt.Sprintf("loaded with %d control, escape or invisible character(s) removed", st.controls)})
	}
	return w
}

func warnOnly(path, msg string) fileResult {
	return fileResult{warns: []Warning{{path, msg}}}
}

// decodeText checks a raw file and returns its text. It refuses empty and
// whitespace-only files; UTF-16 (with a byte order mark) is converted.
// Binary files are refused by safeParseFile, invalid UTF-8 is left for the
// cleaner, which counts it (see loadFile). note explains any repair or
// refusal.
func decodeText(buf []byte) (text, note string, ok bool) {
	if len(buf) == 0 {
		return "", "empty file", false
	}
	if len(bytes.TrimSpace(buf)) == 0 {
		return "", "file holds only whitespace", false
	}
	if len(buf) >= 2 && (buf[0] == 0xFF && buf[1] == 0xFE || buf[0] == 0xFE && buf[1] == 0xFF) {
		return decodeUTF16(buf), "decoded from UTF-16", true
	}
	// The buffer is ours and never written again: share it with the text.
	return unsafe.String(&buf[0], len(buf)), "", true
}

// isBinary looks at the first 8 KB: a NUL byte, or many control bytes.
func isBinary(buf []byte) bool {
	head := buf[:min(len(buf), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	return controlBytes(head)*10 > len(head)
}

// controlBytes counts the bytes below 0x20 other than tab, newline, form
// feed, carriage return and ESC. It tests eight bytes at a time and looks
// at single bytes only in a word holding some byte below 0x20: in text that
// is one word a line, so the count costs a fraction of a byte loop (it
// runs over each file that the cleaner had to repair, see safeParseFile).
func controlBytes(b []byte) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	n, i := 0, 0
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		// Some byte of x is below 0x20 exactly when this is non-zero
		// ("has a byte less than n", n ≤ 128).
		if (x-ones*0x20)&^x&highs == 0 {
			continue
		}
		n += controlsIn(b[i : i+8])
	}
	return n + controlsIn(b[i:])
}

func controlsIn(b []byte) int {
	n := 0
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0x1B && c != '\f' {
			n++
		}
	}
	return n
}

func invalidCount(buf []byte) (bad, nonASCII int) {
	for i := 0; i < len(buf); {
		if buf[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(buf[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
		}
		nonASCII += size
		i += size
	}
	return bad, nonASCII
}

func decodeUTF16(buf []byte) string {
	be := buf[0] == 0xFE
	buf = buf[2:]
	u := make([]uint16, len(buf)/2)
	for i := range u {
		if be {
			u[i] = uint16(buf[2*i])<<8 | uint16(buf[2*i+1])
		} else {
			u[i] = uint16(buf[2*i+1])<<8 | uint16(buf[2*i])
		}
	}
	return string(utf16.Decode(u))
}

func humanSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
