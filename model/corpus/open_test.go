package corpus_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/bantin/bantin/data"
	"github.com/bantin/bantin/data/gen"
	"github.com/bantin/bantin/model"
	"github.com/bantin/bantin/model/corpus"
	"github.com/bantin/bantin/model/search"
)

// TestOpenAgreesWithLoadAndNew: a folder opened with Open (each article
// indexed by its loading worker, bodies left in their files) is the corpus
// that data.Load and New make of it (bodies kept): the same articles in the
// same order, the same bodies through Body, the same answers to searches.
// It then fails to read back a body whose file changed or disappeared, and
// says which.
func TestOpenAgreesWithLoadAndNew(t *testing.T) {
	dir := t.TempDir()
	if err := gen.WriteDir(dir, 1200, 3); err != nil {
		t.Fatal(err)
	}
	// Real pages too (junk lines, related links, dates without a year).
	fresh, err := filepath.Glob("../../data/testdata/fresh/*.txt")
	if err != nil || len(fresh) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range fresh {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A .jsonl feed: its articles keep their bodies, and Assemble
	// indexes them.
	feed := `{"title": "Công đoàn ngành Giáo dục thăm hỏi giáo viên", "content": "Sáng 12/5, Công đoàn ngành Giáo dục tỉnh Lạng Sơn thăm hỏi giáo viên khó khăn.\n\nĐoàn đã trao 20 suất quà."}
{"title": "LĐLĐ huyện Cao Lộc tổ chức hội nghị", "content": "Liên đoàn Lao động huyện Cao Lộc tổ chức hội nghị tổng kết công tác công đoàn năm 2023."}
`
	if err := os.WriteFile(filepath.Join(dir, "feed.jsonl"), []byte(feed), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, workers := range []int{1, 2, 3} {
		opts := data.Options{Workers: workers}
		got, _, err := corpus.Open(context.Background(), []string{dir}, opts)
		if err != nil {
			t.Fatal(err)
		}
		arts, _, err := data.Load(context.Background(), []string{dir}, opts)
		if err != nil {
			t.Fatal(err)
		}
		want := corpus.New(arts)
		if got.Len() != want.Len() || got.Len() != 1200+len(fresh)+2 {
			t.Fatalf("%d workers: %d articles, want %d", workers, got.Len(), want.Len())
		}
		for i := range got.Articles {
			g, w := got.Articles[i], want.Articles[i]
			if fromFeed := strings.HasSuffix(g.File, ".jsonl:1") || strings.HasSuffix(g.File, ".jsonl:2"); fromFeed != (g.Text.Sum == 0) || fromFeed != (g.Body != nil) {
				t.Fatalf("%d workers: %s: body in memory %v, left in its file %v", workers, g.File, g.Body != nil, g.Text.Sum != 0)
			}
			body, err := got.Body(i)
			if err != nil {
				t.Fatalf("%d workers: %s: %v", workers, g.File, err)
			}
			if !slices.Equal(body, w.Body) {
				t.Fatalf("%d workers: %s: body read back differs from the loaded one", workers, g.File)
			}
			g.Body, g.Text, w.Text = w.Body, model.TextRef{}, model.TextRef{}
			if !reflect.DeepEqual(g, w) {
				t.Fatalf("%d workers: article %d differs:\n%+v\n%+v", workers, i, g, w)
			}
		}
		for _, qs := range []string{"cong doan", "công đoàn", `"lao dong"`, "ha noi -nganh", "ng", `"lien doan lao`, "org:ldld from:2020", "cao loc", `"giao vien"`} {
			q, _ := search.Parse(qs)
			for _, order := range []search.Order{search.ByRelevance, search.ByDate} {
				if g, w := got.Index.Search(q, order, 40), want.Index.Search(q, order, 40); !reflect.DeepEqual(g, w) {
					t.Fatalf("%d workers: %q by %v: %d %v, want %d %v", workers, qs, order, g.Total, g.IDs, w.Total, w.IDs)
				}
			}
		}
		if workers < 3 {
			continue
		}
		// A changed file and a deleted one.
		changed, gone := got.Articles[0].File, got.Articles[1].File
		if err := os.WriteFile(changed, []byte("Tiêu đề khác\n\nMột bài khác hẳn.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Remove(gone); err != nil {
			t.Fatal(err)
		}
		if _, err := got.Body(0); !errors.Is(err, data.ErrChanged) {
			t.Errorf("changed file: err %v, want ErrChanged", err)
		}
		if _, err := got.Body(1); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("deleted file: err %v, want one saying it does not exist", err)
		}
		if b, err := got.Body(2); err != nil || len(b) == 0 {
			t.Errorf("an untouched file: %d paragraphs, err %v", len(b), err)
		}
	}
}
