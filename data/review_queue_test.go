package data

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// Every job is handed out exactly once, with its own result slot, across
// chunk boundaries, while the producer is still pushing (run with -race).
func TestReviewJobQueueExactlyOnce(t *testing.T) {
	for _, total := range []int{0, 1, jobChunk - 1, jobChunk, jobChunk + 1, 3*jobChunk + 17} {
		q := &jobQueue{}
		q.cond.L = &q.mu
		var wg sync.WaitGroup
		seen := make([]int32, total)
		var mu sync.Mutex
		for w := 0; w < 4; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					j, slot, ok := q.next()
					if !ok {
						return
					}
					i, err := strconv.Atoi(j.path)
					if err != nil {
						t.Error(err)
						return
					}
					mu.Lock()
					seen[i]++
					mu.Unlock()
					*slot = fileResult{warns: []Warning{{Path: j.path}}}
					if i%97 == 0 {
						runtime.Gosched()
					}
				}
			}()
		}
		for i := range total {
			q.push(job{path: strconv.Itoa(i)})
			if i%300 == 0 {
				runtime.Gosched()
			}
		}
		q.close()
		wg.Wait()
		if q.len() != total {
			t.Fatalf("len %d, want %d", q.len(), total)
		}
		k := 0
		for _, chunk := range q.results {
			for _, r := range chunk {
				if len(r.warns) != 1 || r.warns[0].Path != strconv.Itoa(k) {
					t.Fatalf("total %d: result %d is %+v", total, k, r)
				}
				k++
			}
		}
		if k != total {
			t.Fatalf("total %d: %d results", total, k)
		}
		for i, n := range seen {
			if n != 1 {
				t.Fatalf("total %d: job %d handed out %d times", total, i, n)
			}
		}
	}
}

// Load over more than two chunks of files gives the same articles and
// warnings, in the walk's order, with one worker or many; a load
// cancelled while files are being read returns the cancellation (and
// does not hang).
func TestReviewLoadOrderAndCancel(t *testing.T) {
	dir := t.TempDir()
	for i := range 2*jobChunk + 300 {
		name := filepath.Join(dir, fmt.Sprintf("d%d", i%7), fmt.Sprintf("f%05d.txt", i))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		body := fmt.Sprintf("Công đoàn số %d tổ chức hội nghị\n\nNgày 12/3/2024, Liên đoàn Lao động tỉnh Nghệ An trao %d suất quà.\n", i, i)
		switch i % 11 {
		case 3:
			body = "\x00binary"
		case 5:
			body = "  \n"
		}
		if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ref, refW, err := Load(context.Background(), []string{dir}, Options{Workers: 1, noOrgs: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []int{2, 3, 8} {
		got, gotW, err := Load(context.Background(), []string{dir}, Options{Workers: w, noOrgs: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(ref) || len(gotW) != len(refW) {
			t.Fatalf("workers %d: %d articles %d warnings, want %d and %d", w, len(got), len(gotW), len(ref), len(refW))
		}
		for i := range got {
			if got[i].File != ref[i].File || got[i].Title != ref[i].Title || strings.Join(got[i].Body, "\n") != strings.Join(ref[i].Body, "\n") {
				t.Fatalf("workers %d: article %d is %s %q, want %s %q", w, i, got[i].File, got[i].Title, ref[i].File, ref[i].Title)
			}
		}
		for i := range gotW {
			if gotW[i] != refW[i] {
				t.Fatalf("workers %d: warning %d is %v, want %v", w, i, gotW[i], refW[i])
			}
		}
	}
	for range 5 {
		ctx, cancel := context.WithCancel(context.Background())
		var once sync.Once
		_, _, err := Load(ctx, []string{dir}, Options{Workers: 3, noOrgs: true, Progress: func(p Progress) {
			if p.FilesDone > 100 {
				once.Do(cancel)
			}
		}})
		cancel()
		if err == nil || !strings.Contains(err.Error(), "cancel") {
			t.Fatalf("cancelled load: err %v", err)
		}
	}
}

// next is nextBatch for one file, as the workers once took them: it waits
// for a file and returns it with the place for its result; ok is false
// once the walk has ended and every file is taken.
func (q *jobQueue) next() (j job, result *fileResult, ok bool) {
	var js [1]job
	var rs [1]*fileResult
	var idx [1]int
	if q.nextBatch(js[:], rs[:], idx[:]) == 0 {
		return job{}, nil, false
	}
	return js[0], rs[0], true
}
