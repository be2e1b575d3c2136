package data

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"
	"unsafe"

	"github.com/bantin/bantin/data/gen"
	"github.com/bantin/bantin/internal/uring"
	"github.com/bantin/bantin/model"
)

// TestRingReadsLikeReadFile loads the same folders through the ring and
// the plain way and wants the same articles and warnings: the QA and fresh
// fixtures, generated articles, and a folder of awkward files (empty,
// whitespace, binary, UTF-16, Windows-1258, longer than a ring slot,
// larger than the size limit, a FIFO, a folder named .txt).
func TestRingReadsLikeReadFile(t *testing.T) {
	if _, err := uring.NewReader(); err != nil {
		t.Log("no io_uring here, both loads read the plain way:", err)
	}
	gdir := t.TempDir()
	if err := gen.WriteDir(gdir, 200, 7); err != nil {
		t.Fatal(err)
	}
	odd := t.TempDir()
	long := strings.Repeat("Công đoàn Viên chức tỉnh tổ chức hội nghị tổng kết năm. ", 2000) // ≈ 120 KB
	u16 := []byte{0xFF, 0xFE}
	for _, r := range utf16.Encode([]rune("Liên đoàn Lao động tỉnh Lạng Sơn\n\nNội dung bài viết.\n")) {
		u16 = append(u16, byte(r), byte(r>>8))
	}
	files := map[string][]byte{
		"empty.txt":      nil,
		"blank.txt":      []byte(" \n\t\n"),
		"binary.txt":     append([]byte("\x00\x01\x02"), make([]byte, 3000)...),
		"utf16.txt":      u16,
		"cp1258.txt":     []byte("Li\xeAn \xf0o\xe0n Lao \xf0\xf4\xf2ng t\xec\xd2nh\n\nC\xf4ng \xf0o\xe0n ng\xe0nh gi\xe1o d\xfbc.\n"),
		"long.txt":       []byte("Bài dài\n\n" + long),
		"slot-size.txt":  bytes.Repeat([]byte("a"), stageSize),
		"slot-plus1.txt": bytes.Repeat([]byte("b"), stageSize+1),
		"ok.txt":         []byte("Công đoàn ngành Công Thương Hà Nội\n\nNgày 12/3/2024, LĐLĐ thành phố tổ chức hội nghị.\n"),
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(odd, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(odd, "folder.txt"), 0o755); err != nil {
		t.Fatal(err)
	}
	mkfifo(filepath.Join(odd, "pipe.txt")) // where the system has FIFOs
	sets := map[string][]string{
		"fixtures":  {"testdata/qa", "testdata/fresh"},
		"generated": {gdir},
		"odd":       {odd},
		"explicit":  {filepath.Join(odd, "ok.txt"), filepath.Join(odd, "long.txt"), filepath.Join(odd, "empty.txt")},
	}
	for name, paths := range sets {
		for _, max := range []int64{0, 100 << 10} {
			ring, ringW, err1 := Load(context.Background(), paths, Options{MaxFileSize: max})
			plain, plainW, err2 := Load(context.Background(), paths, Options{MaxFileSize: max, plainReads: true})
			if (err1 == nil) != (err2 == nil) {
				t.Fatalf("%s: errors differ: ring %v, plain %v", name, err1, err2)
			}
			if len(ring) == 0 {
				t.Fatalf("%s: nothing loaded", name)
			}
			if !reflect.DeepEqual(ring, plain) {
				for i := range min(len(ring), len(plain)) {
					if !reflect.DeepEqual(ring[i], plain[i]) {
						t.Errorf("%s (limit %d): article %d differs:\nring  %+v\nplain %+v", name, max, i, ring[i], plain[i])
						break
					}
				}
				t.Errorf("%s (limit %d): %d articles through the ring, %d the plain way", name, max, len(ring), len(plain))
			}
			sortW := func(w []Warning) []Warning {
				w = slices.Clone(w)
				slices.SortFunc(w, func(a, b Warning) int { return strings.Compare(a.String(), b.String()) })
				return w
			}
			if a, b := sortW(ringW), sortW(plainW); !reflect.DeepEqual(a, b) {
				t.Errorf("%s (limit %d): warnings differ:\nring  %v\nplain %v", name, max, a, b)
			}
		}
	}
}

// TestRingCopiesOutOfTheStage loads enough files that each worker's stage
// is read into many times, overwriting it after every batch, and wants the
// same articles as plain reads: a string of an article left pointing into
// the stage (see loadWorker.rehome) would read another file's bytes.
func TestRingCopiesOutOfTheStage(t *testing.T) {
	if _, err := uring.NewReader(); err != nil {
		t.Skip("no io_uring here:", err)
	}
	gdir := t.TempDir()
	if err := gen.WriteDir(gdir, 1500, 11); err != nil {
		t.Fatal(err)
	}
	paths := []string{"testdata/qa", "testdata/fresh", gdir}
	for _, workers := range []int{1, 2} {
		ring, ringW, err := Load(context.Background(), paths, Options{Workers: workers, poisonStage: true})
		if err != nil {
			t.Fatal(err)
		}
		plain, plainW, err := Load(context.Background(), paths, Options{Workers: workers, plainReads: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(ring) != len(plain) {
			t.Fatalf("%d workers: %d articles through the ring, %d the plain way", workers, len(ring), len(plain))
		}
		bad := 0
		for i := range ring {
			if !reflect.DeepEqual(ring[i], plain[i]) {
				if bad++; bad <= 3 {
					t.Errorf("%d workers: article %d (%s) differs:\nring  %+v\nplain %+v", workers, i, plain[i].File, ring[i], plain[i])
				}
			}
		}
		if bad > 0 {
			t.Errorf("%d workers: %d of %d articles differ", workers, bad, len(ring))
		}
		if !reflect.DeepEqual(ringW, plainW) {
			t.Errorf("%d workers: warnings differ:\nring  %v\nplain %v", workers, ringW, plainW)
		}
	}
}

// TestRehomeEveryString gives every string of an article (each field of
// model.Article, of its date and of its OrgMentions, two elements in each
// slice) a string in a stage and wants none left there by rehome: a
// string field added to the model is copied too, or this test fails. An
// alias within a paragraph is re-pointed into the paragraph's copy.
func TestRehomeEveryString(t *testing.T) {
	stage := make([]byte, 0, 1<<16) // never grown: the strings stay in it
	var a model.Article
	fillStrings(t, reflect.ValueOf(&a).Elem(), "Article", func(s string) string {
		start := len(stage)
		stage = append(stage, s...)
		return unsafe.String(&stage[start], len(s))
	})
	// An alias cut from the second paragraph.
	a.Organisations[1].Aliases[1] = a.Body[1][2:9]
	// The strings of the article in the order fill set them.
	got := stringsOf(reflect.ValueOf(&a).Elem())
	want := make([]string, len(got)) // the values before rehome, the alias included
	for i, s := range got {
		want[i] = strings.Clone(s)
	}

	var lw loadWorker
	lw.rehome(&a, stage)
	for i := range stage {
		stage[i] = '#'
	}
	got = stringsOf(reflect.ValueOf(&a).Elem())
	if !slices.Equal(got, want) {
		t.Errorf("after rehome and overwriting the stage:\ngot  %q\nwant %q", got, want)
	}
	alias, para := a.Organisations[1].Aliases[1], a.Body[1]
	if unsafe.StringData(alias) != unsafe.StringData(para[2:]) {
		t.Errorf("alias %q was copied, not re-pointed into its paragraph %q", alias, para)
	}
}
