package data

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"syscall"
	"testing"
	"unicode/utf16"

	"github.com/bantin/bantin/data/gen"
	"github.com/bantin/bantin/internal/uring"
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
	_ = syscall.Mkfifo(filepath.Join(odd, "pipe.txt"), 0o644)
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
