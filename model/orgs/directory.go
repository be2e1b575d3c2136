package orgs

import (
	"cmp"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unsafe"

	"github.com/bantin/bantin/model"
)

// maxCoOccurs is how many co-occurring bodies an Org keeps.
const maxCoOccurs = 10

// Org is one union body across a corpus, under its canonical name.
type Org struct {
	Name string        `json:"name"`
	Kind model.OrgKind `json:"kind"`
	// Aliases are the written forms seen, most used first.
	Aliases []AliasCount `json:"aliases"`
	// Mentions counts every time the body is named, in all articles.
	Mentions int `json:"mentions"`
	// Articles are the IDs of the articles naming it, ascending.
	Articles []int `json:"articles"`
	// Primary counts the articles mainly about it.
	Primary int `json:"primary"`
	// Parent is the canonical name of the body above it, where the name
	// implies it (it may not itself be named in the corpus).
	Parent string `json:"parent,omitempty"`
	// Children are the bodies of the corpus whose parent it is, by name.
	Children []string `json:"children,omitempty"`
	// CoOccurs are the bodies most often named in the same articles.
	CoOccurs []CoOccur `json:"cooccurs"`
}

// AliasCount is one written form of a body and how often it was used.
type AliasCount struct {
	Alias    string `json:"alias"`
	Mentions int    `json:"mentions"`
}

// CoOccur is a body named in Articles of the same articles as another.
type CoOccur struct {
	Name     string `json:"name"`
	Articles int    `json:"articles"`
}

// Directory holds every body of a corpus. It is built once and only read
// afterwards, so sessions may share it.
type Directory struct {
	orgs       []*Org
	byKey      map[string]*Org // folded canonical name
	byAlias    map[string]*Org // folded alias, owned by the body using it most
	rec        *Recognizer
	unresolved int
}

// NewDirectory builds the directory of the articles' organisations, as
// recognised at load time (Article.Organisations). Article IDs must be set.
func NewDirectory(articles []model.Article) *Directory {
	return NewDirectoryWith(articles, Default())
}

// NewDirectoryWith is NewDirectory with the recogniser used to read names
// typed by users in Lookup (use the one the articles were loaded with).
func NewDirectoryWith(articles []model.Article, rec *Recognizer) *Directory {
	if rec == nil {
		rec = Default()
	}
	d := &Directory{byKey: map[string]*Org{}, byAlias: map[string]*Org{}, rec: rec}
	type acc = dirAcc
	var accs []*acc
	keyOf := map[string]*acc{}   // folded name
	byExact := map[string]*acc{} // name as written, to skip folding
	// byPtr: the last body found for a name string, by its address
	// (equal names mostly share one string: see headEntry.surface), which
	// spares hashing the name.
	var byPtr [512]struct {
		p *byte
		n int
		c *acc
	}
	var pairs pairTable
	var ids []int32
	for ai := range articles {
		a := &articles[ai]
		ids = ids[:0]
		for _, m := range a.Organisations {
			if m.Unresolved != "" {
				d.unresolved++
				continue
			}
			if m.Name == "" {
				continue
			}
			ptr := unsafe.StringData(m.Name)
			slot := &byPtr[(uint64(uintptr(unsafe.Pointer(ptr)))*0x9E3779B97F4A7C15)>>55]
			var c *acc
			if slot.p == ptr && slot.n == len(m.Name) {
				c = slot.c
			} else {
				c = byExact[m.Name]
			}
			if c == nil {
				key := model.Fold(m.Name)
				c = keyOf[key]
				if c != nil {
					byExact[m.Name] = c
				}
			}
			if c == nil {
				key := model.Fold(m.Name)
				c = &acc{
					org: &Org{Name: m.Name, Kind: m.Kind},
					idx: int32(len(accs)),
				}
				keyOf[key] = c
				byExact[m.Name] = c
				accs = append(accs, c)
			}
			slot.p, slot.n, slot.c = ptr, len(m.Name), c
			o := c.org
			if c.last != ai+1 {
				c.last = ai + 1
				o.Articles = append(o.Articles, a.ID)
				ids = append(ids, c.idx)
				if m.Primary {
					o.Primary++
				}
			}
			o.Mentions += m.Mentions
			c.names.add(m.Name, m.Mentions)
			if m.Parent != "" {
				c.parents.add(m.Parent, 1)
			}
			for n, al := range m.Aliases {
				k := 1
				if n < len(m.AliasMentions) {
					k = m.AliasMentions[n]
				}
				c.aliases.add(al, k)
			}
		}
		for x := 0; x < len(ids); x++ {
			for y := x + 1; y < len(ids); y++ {
				i, j := ids[x], ids[y]
				if i == j {
					continue
				}
				if i > j {
					i, j = j, i
				}
				pairs.inc(uint64(i)<<32 | uint64(j))
			}
		}
	}
	for _, c := range accs {
		o := c.org
		o.Name = c.names.mostUsed()
		o.Parent = c.parents.mostUsed()
		sort.Ints(o.Articles)
		o.Aliases = c.aliases.appendTo(o.Aliases)
		// Aliases are distinct: the order is total.
		slices.SortFunc(o.Aliases, func(a, b AliasCount) int {
			if a.Mentions != b.Mentions {
				return cmp.Compare(b.Mentions, a.Mentions)
			}
			return strings.Compare(a.Alias, b.Alias)
		})
		d.orgs = append(d.orgs, o)
		d.byKey[model.Fold(o.Name)] = o
	}
	// Co-occurrence lists, cut from one array (each list's length is
	// counted first: no list grows).
	co := make([][]CoOccur, len(accs))
	{
		n := make([]int32, len(accs))
		for _, k := range pairs.keys {
			if k != 0 {
				n[k>>32]++
				n[k&0xffffffff]++
			}
		}
		all := make([]CoOccur, 2*pairs.n)
		off := 0
		for i := range co {
			if n[i] > 0 { // a body named with no other keeps nil
				co[i] = all[off : off : off+int(n[i])]
				off += int(n[i])
			}
		}
	}
	for x, k := range pairs.keys {
		if k == 0 {
			continue
		}
		n := pairs.vals[x]
		i, j := int(k>>32), int(k&0xffffffff)
		co[i] = append(co[i], CoOccur{accs[j].org.Name, int(n)})
		co[j] = append(co[j], CoOccur{accs[i].org.Name, int(n)})
	}
	for i, c := range accs {
		l := co[i]
		// Names are distinct (one per body): the order is total, so any
		// sort gives the same lists.
		slices.SortFunc(l, func(a, b CoOccur) int {
			if a.Articles != b.Articles {
				return cmp.Compare(b.Articles, a.Articles)
			}
			return strings.Compare(a.Name, b.Name)
		})
		if len(l) > maxCoOccurs {
			l = l[:maxCoOccurs:maxCoOccurs]
		}
		c.org.CoOccurs = l
	}
	// Hierarchy.
	for _, o := range d.orgs {
		if o.Parent == "" {
			continue
		}
		if p := d.byKey[model.Fold(o.Parent)]; p != nil && p != o {
			p.Children = append(p.Children, o.Name)
		}
	}
	for _, o := range d.orgs {
		sort.Strings(o.Children)
	}
	// Aliases: each folded alias belongs to the body that used it most
	// (context-dependent forms such as "LĐLĐ tỉnh" are shared).
	best := map[string]int{}
	for _, o := range d.orgs {
		for _, al := range o.Aliases {
			k := model.Fold(al.Alias)
			if _, taken := d.byKey[k]; taken {
				continue
			}
			if al.Mentions > best[k] {
				best[k] = al.Mentions
				d.byAlias[k] = o
			}
		}
	}
	sort.SliceStable(d.orgs, func(i, j int) bool {
		a, b := d.orgs[i], d.orgs[j]
		if len(a.Articles) != len(b.Articles) {
			return len(a.Articles) > len(b.Articles)
		}
		return a.Name < b.Name
	})
	return d
}

// pairTable counts pairs of bodies (i<<32 | j, i < j, so never 0) by
// open addressing: a Go map spent a third of NewDirectory's time on them.
// The lists built from it are sorted by a total order, so the order of
// its slots does not matter.
type pairTable struct {
	keys []uint64 // 0: empty
	vals []int32
	n    int
	// shift: a key's first slot is the top bits of its hash.
	shift uint
}

// inc counts one more of pair k.
func (t *pairTable) inc(k uint64) {
	if 2*(t.n+1) > len(t.keys) {
		t.grow()
	}
	mask := uint64(len(t.keys) - 1)
	for h := (k * 0x9E3779B97F4A7C15) >> t.shift; ; h = (h + 1) & mask {
		switch t.keys[h] {
		case k:
			t.vals[h]++
			return
		case 0:
			t.keys[h], t.vals[h] = k, 1
			t.n++
			return
		}
	}
}

// grow doubles the table (to 1,024 slots at first).
func (t *pairTable) grow() {
	keys, vals := t.keys, t.vals
	size := max(1024, 2*len(keys))
	t.keys, t.vals = make([]uint64, size), make([]int32, size)
	t.shift = uint(64 - bits.TrailingZeros(uint(size)))
	mask := uint64(size - 1)
	for x, k := range keys {
		if k == 0 {
			continue
		}
		h := (k * 0x9E3779B97F4A7C15) >> t.shift
		for t.keys[h] != 0 {
			h = (h + 1) & mask
		}
		t.keys[h], t.vals[h] = k, vals[x]
	}
}

// dirAcc gathers one body's mentions while a directory is built.
type dirAcc struct {
	org                     *Org
	names, parents, aliases counter
	idx                     int32
	last                    int // 1 + index of the last article counted
}

// counter counts strings: the first ones in a list (a body has one name,
// one parent and a few spellings, and comparing them costs less than
// hashing), those past maxCounterList in a map.
type counter struct {
	list []AliasCount
	more map[string]int
}

const maxCounterList = 8

// add counts k more uses of s.
func (c *counter) add(s string, k int) {
	for i := range c.list {
		if c.list[i].Alias == s {
			c.list[i].Mentions += k
			return
		}
	}
	switch {
	case c.more != nil:
		c.more[s] += k
	case len(c.list) < maxCounterList:
		c.list = append(c.list, AliasCount{s, k})
	default:
		c.more = map[string]int{s: k}
	}
}

// appendTo appends the strings and their counts to dst, in no order.
func (c *counter) appendTo(dst []AliasCount) []AliasCount {
	dst = append(dst, c.list...)
	for s, n := range c.more {
		dst = append(dst, AliasCount{s, n})
	}
	return dst
}

// mostUsed is the string counted most, the first in byte order of those
// counted as much; "" when none.
func (c *counter) mostUsed() string {
	best, bn := "", -1
	for _, e := range c.list {
		if e.Mentions > bn || e.Mentions == bn && e.Alias < best {
			best, bn = e.Alias, e.Mentions
		}
	}
	for s, n := range c.more {
		if n > bn || n == bn && s < best {
			best, bn = s, n
		}
	}
	return best
}

// Orgs are all the bodies, most articles first (then by name). The slice
// and the Orgs are shared: do not modify them.
func (d *Directory) Orgs() []*Org {
	if d == nil {
		return nil
	}
	return d.orgs
}

// Len is the number of bodies.
func (d *Directory) Len() int {
	if d == nil {
		return 0
	}
	return len(d.orgs)
}

// Unresolved counts the mentions whose place could not be resolved
// ("LĐLĐ tỉnh" in an article naming no province); they are not bodies.
func (d *Directory) Unresolved() int {
	if d == nil {
		return 0
	}
	return d.unresolved
}

// Lookup finds a body by its canonical name or any alias seen, ignoring
// case and diacritics, or by any form the recogniser reads as that body
// ("ldld lang son", "Tổng LĐLĐ VN", "cong doan nganh cong thuong ha noi").
func (d *Directory) Lookup(nameOrAlias string) (*Org, bool) {
	if d == nil {
		return nil, false
	}
	k := strings.Join(strings.Fields(model.Fold(nameOrAlias)), " ")
	if k == "" {
		return nil, false
	}
	if o := d.byKey[k]; o != nil {
		return o, true
	}
	if o := d.byAlias[k]; o != nil {
		return o, true
	}
	if m, ok := d.rec.Canonical(nameOrAlias); ok {
		if o := d.byKey[model.Fold(m.Name)]; o != nil {
			return o, true
		}
	}
	return nil, false
}

// Match returns the bodies whose name or an alias contains every word of
// q (folded, each word a prefix of a word), most articles first.
func (d *Directory) Match(q string) []*Org {
	if d == nil {
		return nil
	}
	words := strings.Fields(model.Fold(q))
	if len(words) == 0 {
		return d.orgs
	}
	var out []*Org
	for _, o := range d.orgs {
		if matchWords(model.Fold(o.Name), words) {
			out = append(out, o)
			continue
		}
		for _, al := range o.Aliases {
			if matchWords(model.Fold(al.Alias), words) {
				out = append(out, o)
				break
			}
		}
	}
	return out
}

func matchWords(s string, words []string) bool {
	fs := strings.Fields(s)
	for _, w := range words {
		found := false
		for _, f := range fs {
			if strings.HasPrefix(f, w) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
