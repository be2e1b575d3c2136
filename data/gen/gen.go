// Package gen generates raw articles in the scraped format bantin loads:
// realistic Vietnamese trade-union news built from templates and word lists,
// with the date lines, outlet markers, bylines, URLs and site boilerplate of
// the outlets bantin meets. Output is deterministic: the same seed and index
// always give the same bytes. It is used by benchmarks, by tests that check
// the parser on many shapes, and to try the reader on large corpora.
package gen

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/bantin/bantin/model"
)

// Meta is what a generated article states about itself: the values a
// correct parser extracts from it.
type Meta struct {
	Title  string
	Date   model.Date
	Source string
	Author string
	URL    string
	// Style is the outlet layout the article was written in.
	Style int
}

// Article returns generated article number i of the corpus with the given
// seed, in the raw scraped format (about 6 KB on average).
func Article(seed int64, i int) []byte {
	b, _ := ArticleMeta(seed, i)
	return b
}

// Corpus generates n articles: their file names (NNNNNN_<hex>.txt) and raw
// bytes.
func Corpus(n int, seed int64) (names []string, raws [][]byte) {
	names = make([]string, n)
	raws = make([][]byte, n)
	for i := 0; i < n; i++ {
		names[i] = Name(seed, i)
		raws[i] = Article(seed, i)
	}
	return names, raws
}

// Name is the file name of generated article i.
func Name(seed int64, i int) string {
	return fmt.Sprintf("%06d_%016x.txt", i, mix(uint64(seed), uint64(i)))
}

// WriteDir writes n generated articles as .txt files into dir (created if
// needed), 1,000 per subfolder so that large corpora stay browsable.
func WriteDir(dir string, n int, seed int64) error {
	for i := 0; i < n; i++ {
		sub := filepath.Join(dir, fmt.Sprintf("%03d", i/1000))
		if i%1000 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				return fmt.Errorf("gen: create %s: %w", sub, err)
			}
		}
		p := filepath.Join(sub, Name(seed, i))
		if err := os.WriteFile(p, Article(seed, i), 0o644); err != nil {
			return fmt.Errorf("gen: write %s: %w", p, err)
		}
	}
	return nil
}

func mix(a, b uint64) uint64 {
	x := a*0x9E3779B97F4A7C15 ^ (b + 0x632BE59BD9B4E019)
	x ^= x >> 31
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 29
	return x
}

// ArticleMeta is Article plus what the article states about itself.
func ArticleMeta(seed int64, i int) ([]byte, Meta) {
	g := &generator{r: rand.New(rand.NewPCG(uint64(seed), mix(uint64(seed), uint64(i))))}
	return g.article()
}

type generator struct {
	r              *rand.Rand
	o, o2          string // main and partner bodies (first-mention forms)
	oShort, o2Shrt string
	pl             string
	sector         string
	year           int
	y1, y2         int
}

func (g *generator) pick(list []string) string { return list[g.r.IntN(len(list))] }

func (g *generator) person() string {
	return g.pick(surnames) + " " + g.pick(middles) + " " + g.pick(givens)
}

// body returns a union body: its full first-mention form and a short form.
func (g *generator) body() (string, string) {
	p := places[g.r.IntN(len(places))]
	unit := "tỉnh"
	if p.city {
		unit = "thành phố"
	}
	switch g.r.IntN(7) {
	case 0:
		return "Tổng Liên đoàn Lao động Việt Nam", "Tổng LĐLĐ Việt Nam"
	case 1:
		return "Liên đoàn Lao động " + unit + " " + p.name, "LĐLĐ " + unit
	case 2:
		d := p.districts[g.r.IntN(len(p.districts))]
		return "Liên đoàn Lao động " + d[0] + " " + d[1], "LĐLĐ " + d[0] + " " + d[1]
	case 3:
		s := g.pick(sectors)
		return "Công đoàn ngành " + s + " " + p.name, "Công đoàn " + s + " " + p.name
	case 4:
		u := nationalUnions[g.r.IntN(len(nationalUnions))]
		return u[0], u[1]
	case 5:
		e := g.pick(enterprises)
		return "Công đoàn " + e, "Công đoàn " + e
	default:
		u := g.pick(grassrootsUnits)
		return "Công đoàn cơ sở " + u, "CĐCS " + u
	}
}

func (g *generator) fill(t string) string {
	if !strings.Contains(t, "{") {
		return t
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			b.WriteString(t)
			return b.String()
		}
		j := strings.IndexByte(t[i:], '}')
		if j < 0 {
			b.WriteString(t)
			return b.String()
		}
		b.WriteString(t[:i])
		switch t[i+1 : i+j] {
		case "O":
			b.WriteString(g.o)
		case "O2":
			b.WriteString(g.o2)
		case "P":
			b.WriteString(g.person() + ", " + g.pick(positions) + " " + g.o2)
		case "NAME":
			b.WriteString(g.person())
		case "N":
			fmt.Fprintf(&b, "%d", 2+g.r.IntN(480))
		case "Y1":
			fmt.Fprintf(&b, "%d", g.y1)
		case "Y2":
			fmt.Fprintf(&b, "%d", g.y2)
		case "YEAR":
			fmt.Fprintf(&b, "%d", g.year)
		case "PL":
			b.WriteString(places[g.r.IntN(len(places))].name)
		case "S":
			b.WriteString(g.sector)
		}
		t = t[i+j+1:]
	}
}

func slug(s string) string {
	f := model.Fold(s)
	var b strings.Builder
	dash := false
	for _, c := range f {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b.WriteRune(c)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

func (g *generator) article() ([]byte, Meta) {
	r := g.r
	ou := outlets[r.IntN(len(outlets))]
	g.o, g.oShort = g.body()
	g.o2, g.o2Shrt = g.body()
	for g.o2 == g.o {
		g.o2, g.o2Shrt = g.body()
	}
	g.sector = g.pick(sectors)
	g.pl = places[r.IntN(len(places))].name
	g.year = 2018 + r.IntN(8)
	g.y2 = g.year + r.IntN(3)
	g.y1 = g.y2 - 5
	month := 1 + r.IntN(12)
	day := 1 + r.IntN(time.Date(g.year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day())
	hour, minute, second := r.IntN(24), r.IntN(60), r.IntN(60)
	t := time.Date(g.year, time.Month(month), day, hour, minute, second, 0, time.UTC)
	wd := weekdays[t.Weekday()]

	title := g.fill(g.pick(titleTemplates))
	author := g.person()
	if r.IntN(4) == 0 {
		author = g.pick(givens) + " " + g.pick(givens)
	}
	url := "https://" + ou.domain + "/" + ou.section + "/" + slug(title) + fmt.Sprintf("-i%d", 100000+r.IntN(900000))
	if ou.style == styleViews {
		url = "https://" + ou.domain + "/" + ou.section + "/" + fmt.Sprintf("%d-", 100000+r.IntN(900000)) + slug(title) + ".html"
	}
	meta := Meta{Title: title, Style: ou.style}
	date := model.Date{Year: g.year, Month: month, Day: day, Hour: hour, Minute: minute, Second: second}

	var b strings.Builder
	b.Grow(8192)
	nl := func(s string) { b.WriteString(s); b.WriteByte('\n') }
	para := func(s string) { b.WriteString(s); b.WriteString("\n\n") }

	// Paragraphs of the article proper, with captions.
	target := 2700 + r.IntN(3600)
	var paras []string
	leadDay := fmt.Sprintf("%d/%d", day, month)
	lead := func(when string) string {
		return when + ", " + g.fill("{O} và {O2} đã phối hợp tổ chức hội nghị tổng kết chương trình phối hợp công tác giai đoạn {Y1} - {Y2} tại {PL}, với sự tham dự của đồng chí {P}.")
	}
	yearSentence := g.fill("Theo kế hoạch năm {YEAR}, {O} tiếp tục triển khai các hoạt động chăm lo cho đoàn viên, người lao động.")
	size := 0
	for size < target {
		var p string
		if r.IntN(5) == 0 {
			p = "\x00caption\x00" + g.fill(g.pick(captionTemplates))
		} else {
			p = g.fill(g.pick(sentenceTemplates))
			if r.IntN(2) == 0 {
				p += " " + g.fill(g.pick(sentenceTemplates))
			}
		}
		paras = append(paras, p)
		size += len(p)
	}
	// writeParas writes the paragraphs with the outlet's caption habit.
	writeParas := func(sep string, dupCaption, titleCaption bool, credit bool) {
		for _, p := range paras {
			if c, ok := strings.CutPrefix(p, "\x00caption\x00"); ok {
				switch {
				case titleCaption:
					b.WriteString(title + "\n" + c + sep)
				case dupCaption:
					b.WriteString(c + sep + c + sep)
				case credit:
					b.WriteString(c + " Ảnh: " + g.person() + sep)
				default:
					b.WriteString(c + sep)
				}
				continue
			}
			b.WriteString(p + sep)
		}
	}
	teaser := func(n int) string {
		parts := make([]string, n)
		for k := range parts {
			parts[k] = g.pick(relatedHeadlines[10:])
		}
		return strings.Join(parts, " ")
	}

	switch ou.style {
	case styleIssued:
		nl(title)
		h12, ampm := hour%12, "AM"
		if h12 == 0 {
			h12 = 12
		}
		if hour >= 12 {
			ampm = "PM"
		}
		nl(fmt.Sprintf("Ngày phát hành: %d/%d/%d %d:%02d:%02d %s ", month, day, g.year, h12, minute, second, ampm))
		nl(lead(fmt.Sprintf("Ngày %d/%d/%d", day, month, g.year)))
		writeParas("\n", false, false, false)
		date.HasTime, date.HasSeconds, date.Precision = true, true, model.PrecisionExact
	case styleSourceURL:
		para(title)
		if r.IntN(12) == 0 {
			para(lead("Vừa qua"))
			date = model.Date{Precision: model.PrecisionUnknown}
		} else {
			para(lead(g.pick(dayParts) + " " + leadDay))
			date.Hour, date.Minute, date.Second = 0, 0, 0
			date.Precision = model.PrecisionInferred
		}
		para(yearSentence)
		writeParas("\n\n", true, false, false)
		author += " - " + g.person()
		para(author)
		b.WriteString("Nguồn " + ou.name + ": " + url + "/")
		meta.Author, meta.Source, meta.URL = author, ou.name, url+"/"
	case styleViews:
		para(title)
		nl(fmt.Sprintf("%s, %02d.%02d.%d | %02d:%02d:%02d", wd, day, month, g.year, hour, minute, second))
		para(fmt.Sprintf("%d lượt xem", 1+r.IntN(5000)))
		para(lead(fmt.Sprintf("Ngày %d/%d", day, month)))
		writeParas("\n\n", false, false, false)
		b.WriteString("\n")
		para(strings.ToUpper(author) + "/" + ou.domain)
		para(url)
		b.WriteString("  • Từ khóa")
		date.HasTime, date.HasSeconds, date.Precision = true, true, model.PrecisionExact
		meta.Author, meta.Source, meta.URL = author, ou.name, url
	case styleJunkFirst:
		nl("M")
		para(fmt.Sprintf("%02d/%02d/%d %02d:%02d", day, month, g.year, hour, minute))
		para(title)
		para(ou.marker + " " + g.fill("Nhằm góp phần bảo vệ hiệu quả quyền lợi hợp pháp của người lao động, thời gian qua, {O} luôn tích cực phối hợp tổ chức Hội nghị người lao động."))
		para(teaser(2))
		writeParas("\n\n", false, true, false)
		short := author[strings.LastIndexByte(author, ' ')+1:]
		initial, _ := firstRune(author)
		para(initial + "." + short)
		b.WriteString("Nguồn :")
		date.Second = 0
		date.HasTime, date.Precision = true, model.PrecisionExact
		meta.Author, meta.Source = initial+"."+short, ou.name
	case styleRelated:
		para(title)
		nl(lead(g.pick(todayParts) + " nay (" + leadDay + ")"))
		para(teaser(3))
		para(yearSentence)
		writeParas("\n\n", false, true, false)
		para(author)
		para("Có thể bạn quan tâm")
		for k, h := range relatedHeadings[1:4] {
			para(h)
			for m := 0; m < 4+r.IntN(4); m++ {
				hl := g.pick(relatedHeadlines)
				para(hl)
				para(hl)
				nl(g.pick(relatedLeads))
			}
			if k == 2 {
				break
			}
		}
		nl("Xem thêm")
		b.WriteString("Phiên bản di động")
		date.Hour, date.Minute, date.Second = 0, 0, 0
		date.Precision = model.PrecisionInferred
		meta.Author = author
	case styleGMT:
		para(title)
		para(fmt.Sprintf("%s, %d/%d/%d %02d:%02d (GMT+7)", wd, day, month, g.year, hour, minute))
		if ou.marker != "" {
			para(ou.marker + " - " + lead(fmt.Sprintf("Ngày %d/%d", day, month)))
		} else {
			para(lead(fmt.Sprintf("Ngày %d/%d", day, month)))
		}
		writeParas("\n\n", false, false, true)
		para(strings.ToUpper(author))
		b.WriteString("Theo " + ou.name)
		date.Second = 0
		date.HasTime, date.Precision = true, model.PrecisionExact
		meta.Author, meta.Source = author, ou.name
	case styleISO:
		para(title)
		if r.IntN(2) == 0 {
			para(fmt.Sprintf("%04d-%02d-%02dT%02d:%02d:%02d+07:00", g.year, month, day, hour, minute, second))
			date.HasTime, date.HasSeconds, date.Precision = true, true, model.PrecisionExact
		} else {
			para(fmt.Sprintf("Ngày đăng: %04d-%02d-%02d", g.year, month, day))
			date.Hour, date.Minute, date.Second = 0, 0, 0
			date.Precision = model.PrecisionDay
		}
		para(lead(fmt.Sprintf("Ngày %d/%d", day, month)))
		writeParas("\n\n", false, false, false)
		para("Tác giả: " + author)
		b.WriteString("Nguồn: " + url)
		meta.Author, meta.Source, meta.URL = author, ou.name, url
	}
	if !date.HasSeconds {
		date.Second = 0
	}
	meta.Date = date
	return []byte(b.String()), meta
}

func firstRune(s string) (string, int) {
	for i, c := range s {
		if i == 0 {
			return string(c), len(string(c))
		}
	}
	return "", 0
}

// CachedDir returns a folder holding the n generated articles of seed,
// written by WriteDir under the system's temporary folder the first time
// (bantin-bench/gen-<n>, or gen-<n>-s<seed>) and reused afterwards, and
// the total size of its articles. Benchmarks use it to load real files.
func CachedDir(n int, seed int64) (dir string, size int64, err error) {
	name := fmt.Sprintf("gen-%s", count(n))
	if seed != 1 {
		name += fmt.Sprintf("-s%d", seed)
	}
	dir = filepath.Join(os.TempDir(), "bantin-bench", name)
	done := filepath.Join(dir, "done")
	if _, err := os.Stat(done); err != nil {
		if err := os.RemoveAll(dir); err != nil {
			return "", 0, fmt.Errorf("gen: clear %s: %w", dir, err)
		}
		if err := WriteDir(dir, n, seed); err != nil {
			return "", 0, err
		}
		if err := os.WriteFile(done, nil, 0o644); err != nil {
			return "", 0, fmt.Errorf("gen: %w", err)
		}
	}
	err = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".txt") {
			fi, err := d.Info()
			if err != nil {
				return err
			}
			size += fi.Size()
		}
		return nil
	})
	if err != nil {
		return "", 0, fmt.Errorf("gen: %w", err)
	}
	return dir, size, nil
}

// count writes 10000 as 10k, other numbers as they are.
func count(n int) string {
	if n >= 1000 && n%1000 == 0 {
		return fmt.Sprintf("%dk", n/1000)
	}
	return fmt.Sprint(n)
}
