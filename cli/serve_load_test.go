//go:build load

package cli

// The load test of `bantin serve`: many concurrent SSH sessions typing
// queries into the reader's filter. The server runs in a child process (this
// test binary re-executed) so that its memory is measured alone.
//
//	go test -tags load -run TestServeLoad -v -timeout 20m ./cli/
//
// Environment: BANTIN_LOAD_SESSIONS (default 100), BANTIN_LOAD_ARTICLES
// (generated corpus size, default 10000), BANTIN_LOAD_PACE (pause between
// keystrokes of one reader, default 150ms), BANTIN_LOAD_ROUNDS (queries
// typed per session, default 3). Keys of one reader come pace apart on
// average (uniformly between pace/2 and 3·pace/2), readers not in step.

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bantin/bantin/data/gen"
	"github.com/bantin/bantin/serve"
	"github.com/bantin/bantin/serve/servetest"
)

func envInt(t *testing.T, name string, def int) int {
	if v := os.Getenv(name); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return n
	}
	return def
}

// TestServeLoadChild is the server side; it only runs when the parent test
// starts it.
func TestServeLoadChild(t *testing.T) {
	dir := os.Getenv("BANTIN_LOAD_CHILD")
	if dir == "" {
		t.Skip("run by TestServeLoad")
	}
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		// "MEM" asks for the live heap after a collection; anything else,
		// or the parent closing our stdin, stops us.
		in := bufio.NewScanner(os.Stdin)
		for in.Scan() && in.Text() == "MEM" {
			runtime.GC()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			fmt.Printf("HEAP %d\n", ms.HeapAlloc)
		}
		cancel()
	}()
	if path := os.Getenv("BANTIN_LOAD_CPUPROFILE"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			t.Fatal(err)
		}
		defer pprof.StopCPUProfile()
	}
	env := Env{Stdout: os.Stdout, Stderr: os.Stderr, Getenv: func(string) string { return "" }}
	args := []string{"--listen", "127.0.0.1:0", "--host-key", filepath.Join(dir, "key"),
		"--max-sessions", "1000", filepath.Join(dir, "corpus")}
	st := serveMain(ctx, args, env, func(s *serve.Server) {
		a, _ := s.Listen()
		fmt.Printf("LISTENING %s %s\n", a, s.HostKeyFingerprint())
	})
	if st != 0 {
		t.Fatalf("serve: status %d", st)
	}
}

func rssKB(t *testing.T, pid int) int {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		t.Fatalf("read RSS: %v", err)
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			n, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			return n
		}
	}
	t.Fatal("no VmRSS")
	return 0
}

// cpuSeconds is the CPU time (user+system) process pid has used.
func cpuSeconds(t *testing.T, pid int) float64 {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		t.Fatalf("read stat: %v", err)
	}
	f := strings.Fields(string(raw[bytes.LastIndexByte(raw, ')')+2:]))
	utime, _ := strconv.Atoi(f[11])
	stime, _ := strconv.Atoi(f[12])
	return float64(utime+stime) / 100 // USER_HZ
}

func TestServeLoad(t *testing.T) {
	sessions := envInt(t, "BANTIN_LOAD_SESSIONS", 100)
	articles := envInt(t, "BANTIN_LOAD_ARTICLES", 10000)
	rounds := envInt(t, "BANTIN_LOAD_ROUNDS", 3)
	pace := 150 * time.Millisecond
	if v := os.Getenv("BANTIN_LOAD_PACE"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			t.Fatal(err)
		}
		pace = d
	}

	dir := t.TempDir()
	if err := gen.WriteDir(filepath.Join(dir, "corpus"), articles, 7); err != nil {
		t.Fatal(err)
	}
	child := exec.Command(os.Args[0], "-test.run=^TestServeLoadChild$", "-test.v")
	child.Env = append(os.Environ(), "BANTIN_LOAD_CHILD="+dir)
	stdin, _ := child.StdinPipe()
	stdout, _ := child.StdoutPipe()
	var childErr bytes.Buffer
	child.Stderr = &childErr
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	defer child.Process.Kill()
	var addr, fp string
	sc := bufio.NewScanner(stdout)
	for sc.Scan() {
		if f := strings.Fields(sc.Text()); len(f) == 3 && f[0] == "LISTENING" {
			addr, fp = f[1], f[2]
			break
		}
	}
	if addr == "" {
		t.Fatalf("server did not start:\n%s", childErr.String())
	}
	heapReplies := make(chan int64, 1)
	go func() { // keep draining; pass on heap replies
		for sc.Scan() {
			if v, ok := strings.CutPrefix(sc.Text(), "HEAP "); ok {
				n, _ := strconv.ParseInt(v, 10, 64)
				heapReplies <- n
			}
		}
	}()
	var stdinMu sync.Mutex
	// liveHeap is the server's live heap, in MB, right after a collection.
	liveHeap := func() float64 {
		stdinMu.Lock()
		defer stdinMu.Unlock()
		fmt.Fprintln(stdin, "MEM")
		select {
		case n := <-heapReplies:
			return float64(n) / (1 << 20)
		case <-time.After(30 * time.Second):
			t.Fatal("no heap figure from the server")
			return 0
		}
	}
	pid := child.Process.Pid

	// Baseline: the corpus loaded, one session opened and closed (so that
	// lazily built shared state is counted as shared).
	warm, err := servetest.Dial(addr, fp, nil)
	if err != nil {
		t.Fatal(err)
	}
	wt, err := servetest.OpenTerminal(warm, 100, 30, nil)
	if err != nil {
		t.Fatal(err)
	}
	all := formatThousands(articles) + " of " + formatThousands(articles) + " articles"
	if err := wt.WaitFor(30*time.Second, all); err != nil {
		t.Fatal(err)
	}
	wt.Send("q")
	wt.Wait(10 * time.Second)
	warm.Close()
	time.Sleep(2 * time.Second)
	base := rssKB(t, pid)
	baseHeap := liveHeap()

	queries := []string{"cong doan nganh ha noi", "lien doan lao dong tinh lang son", "ky ket chuong trinh phoi hop", "tet doan vien"}
	var (
		mu        sync.Mutex
		latencies []time.Duration
		failures  []string
		slow      []string // keys answered after more than a second
		peak      int
	)
	fail := func(i int, format string, args ...any) {
		mu.Lock()
		failures = append(failures, fmt.Sprintf("session %d: ", i)+fmt.Sprintf(format, args...))
		mu.Unlock()
	}
	allOpen, measured := make(chan struct{}), make(chan struct{})
	var typed sync.WaitGroup
	typed.Add(sessions)
	var opened sync.WaitGroup
	opened.Add(sessions)
	var wg sync.WaitGroup
	start := time.Now()
	for i := range sessions {
		wg.Add(1)
		go func() {
			defer wg.Done()
			doneTyping := sync.OnceFunc(typed.Done)
			defer doneTyping() // also when the session fails early
			c, err := servetest.Dial(addr, fp, nil)
			if err != nil {
				opened.Done()
				fail(i, "dial: %v", err)
				return
			}
			defer c.Close()
			term, err := servetest.OpenTerminal(c, 100, 30, nil)
			if err != nil {
				opened.Done()
				fail(i, "open: %v", err)
				return
			}
			err = term.WaitFor(60*time.Second, "articles")
			opened.Done()
			if err != nil {
				fail(i, "no list: %v", err)
				return
			}
			<-allOpen
			var mine []time.Duration
			// Readers do not type in step: each starts at its own moment
			// and its keys come pace apart on average (±50%).
			time.Sleep(rand.N(pace))
			key := func(k, q string) bool {
				time.Sleep(pace/2 + rand.N(pace))
				n := term.Received()
				sent := time.Now()
				if err := term.Send(k); err != nil {
					fail(i, "send: %v", err)
					return false
				}
				if err := term.WaitOutput(n, 10*time.Second); err != nil {
					fail(i, "key %q of %q: %v", k, q, err)
					return false
				}
				d := time.Since(sent)
				mine = append(mine, d)
				if d > time.Second {
					mu.Lock()
					slow = append(slow, fmt.Sprintf("session %d: key %q of %q took %s at %s", i, k, q, d.Round(time.Millisecond), sent.Format("15:04:05.000")))
					mu.Unlock()
				}
				return true
			}
			// Each round opens the filter, types a query, deletes it
			// again and leaves the filter with enter: every keystroke
			// changes the screen. (No esc: a lone ESC followed by
			// another key within the terminal's escape timeout reads as
			// alt+key, on any terminal.)
			for r := range rounds {
				q := queries[(i+r)%len(queries)]
				for _, k := range append([]string{"/"}, strings.Split(q, "")...) {
					if !key(k, q) {
						return
					}
				}
				if err := term.WaitFor(30*time.Second, "/ "+q); err != nil {
					fail(i, "query %q not shown: %v", q, err)
					return
				}
				for range len([]rune(q)) {
					if !key("\x7f", q) {
						return
					}
				}
				if !key("\r", q) {
					return
				}
				if err := term.WaitFor(30*time.Second, all); err != nil {
					fail(i, "the whole list did not come back: %v", err)
					return
				}
			}
			mu.Lock()
			latencies = append(latencies, mine...)
			if r := rssKB(t, pid); r > peak {
				peak = r
			}
			mu.Unlock()
			doneTyping()
			<-measured // everyone stays until the heap is measured
			time.Sleep(pace)
			term.Send("q")
			if st, err := term.Wait(30 * time.Second); err != nil || st != 0 {
				fail(i, "quit: status %d, %v", st, err)
			}
		}()
	}
	opened.Wait()
	openRSS := rssKB(t, pid)
	openHeap := liveHeap()
	idle0, idleStart := cpuSeconds(t, pid), time.Now()
	time.Sleep(3 * time.Second)
	idleCPU := (cpuSeconds(t, pid) - idle0) / time.Since(idleStart).Seconds()
	cpu0, self0, typing := cpuSeconds(t, pid), cpuSeconds(t, os.Getpid()), time.Now()
	close(allOpen)
	typed.Wait()
	typedHeap := liveHeap()
	close(measured)
	wg.Wait()
	elapsed := time.Since(start)
	serverCPU := cpuSeconds(t, pid) - cpu0
	clientCPU := cpuSeconds(t, os.Getpid()) - self0
	typingWall := time.Since(typing)
	time.Sleep(2 * time.Second)
	after := rssKB(t, pid)

	stdin.Close()
	waitErr := make(chan error, 1)
	go func() { waitErr <- child.Wait() }()
	select {
	case err := <-waitErr:
		if err != nil {
			t.Errorf("server exit: %v\n%s", err, childErr.String())
		}
	case <-time.After(15 * time.Second):
		t.Error("server did not stop")
	}

	sort.Slice(latencies, func(i, j int) bool { return latencies[i] < latencies[j] })
	pct := func(p float64) time.Duration {
		if len(latencies) == 0 {
			return 0
		}
		return latencies[min(len(latencies)-1, int(p*float64(len(latencies))))]
	}
	growth := float64(max(openRSS, peak)-base) / 1024 / float64(sessions)
	t.Logf("%d sessions, %d articles, %d queries each, %s between keys, %s wall", sessions, articles, rounds, pace, elapsed.Round(time.Millisecond))
	t.Logf("keystroke to first frame bytes: %d keys, p50 %s, p90 %s, p99 %s, max %s",
		len(latencies), pct(0.50).Round(100*time.Microsecond), pct(0.90).Round(100*time.Microsecond),
		pct(0.99).Round(100*time.Microsecond), pct(1).Round(100*time.Microsecond))
	t.Logf("server RSS: %.1f MB with the corpus, %.1f MB with %d sessions open, peak %.1f MB while typing, %.1f MB after they left",
		float64(base)/1024, float64(openRSS)/1024, sessions, float64(peak)/1024, float64(after)/1024)
	t.Logf("server CPU with %d sessions open and idle: %.3f cores", sessions, idleCPU)
	t.Logf("server CPU while typing: %.1f s over %s wall (%.2f cores of %d)", serverCPU, typingWall.Round(time.Millisecond),
		serverCPU/typingWall.Seconds(), runtime.NumCPU())
	t.Logf("clients' CPU (this process) meanwhile: %.1f s (%.2f cores); server CPU per keystroke %.2f ms",
		clientCPU, clientCPU/typingWall.Seconds(), 1000*serverCPU/float64(max(1, len(latencies))))
	t.Logf("server live heap after a GC: %.1f MB with the corpus, %.1f MB with %d sessions open (%.2f MB each), %.1f MB after typing (%.2f MB each)",
		baseHeap, openHeap, sessions, (openHeap-baseHeap)/float64(sessions), typedHeap, (typedHeap-baseHeap)/float64(sessions))
	t.Logf("RSS growth per session (peak - baseline)/sessions: %.2f MB", growth)
	if len(slow) > 0 {
		t.Logf("%d keys took over a second, e.g.:\n%s", len(slow), strings.Join(slow[:min(5, len(slow))], "\n"))
	}
	if len(failures) > 0 {
		t.Errorf("%d failed sessions:\n%s", len(failures), strings.Join(failures, "\n"))
	}
}

// formatThousands writes n the way the reader's status line does (10,000).
func formatThousands(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
