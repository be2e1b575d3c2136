package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runOrgsCmd(t *testing.T, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	var out, errb bytes.Buffer
	status = Main(append([]string{"orgs"}, args...), Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }})
	return out.String(), errb.String(), status
}

type orgsOut struct {
	Name    string `json:"name"`
	Kind    string `json:"kind"`
	Aliases []struct {
		Alias    string `json:"alias"`
		Mentions int    `json:"mentions"`
	} `json:"aliases"`
	Mentions int      `json:"mentions"`
	Articles int      `json:"articles"`
	Parent   string   `json:"parent"`
	Children []string `json:"children"`
	CoOccurs []struct {
		Name     string `json:"name"`
		Articles int    `json:"articles"`
	} `json:"cooccurs"`
	Files []string `json:"files"`
}

func TestOrgsJSONSample(t *testing.T) {
	stdout, stderr, status := runOrgsCmd(t, "--json")
	if status != 0 {
		t.Fatalf("status %d, stderr %s", status, stderr)
	}
	var list []orgsOut
	if err := json.Unmarshal([]byte(stdout), &list); err != nil {
		t.Fatalf("bad JSON: %v\n%s", err, stdout)
	}
	if len(list) != 12 {
		t.Fatalf("%d bodies, want 12", len(list))
	}
	if list[0].Name != "Tổng Liên đoàn Lao động Việt Nam" || list[0].Articles != 3 || list[0].Kind != "confederation" {
		t.Errorf("first body %+v, want the confederation in 3 articles", list[0])
	}
	byName := map[string]orgsOut{}
	for _, o := range list {
		byName[o.Name] = o
	}
	ls := byName["Liên đoàn Lao động tỉnh Lạng Sơn"]
	if ls.Mentions != 6 || ls.Articles != 1 || ls.Parent != "Tổng Liên đoàn Lao động Việt Nam" ||
		len(ls.Files) != 1 || !strings.HasPrefix(ls.Files[0], "002") {
		t.Errorf("Lạng Sơn federation: %+v", ls)
	}
	sum := 0
	for _, a := range ls.Aliases {
		sum += a.Mentions
	}
	if sum != ls.Mentions || len(ls.Aliases) != 3 {
		t.Errorf("aliases %+v should account for %d mentions", ls.Aliases, ls.Mentions)
	}
	if len(ls.Children) != 1 || ls.Children[0] != "Công đoàn Viên chức tỉnh Lạng Sơn" {
		t.Errorf("children %q", ls.Children)
	}
	hp := byName["Công đoàn ngành Công Thương Hải Phòng"]
	found := false
	for _, c := range hp.CoOccurs {
		found = found || c.Name == "Công đoàn ngành Công Thương Hà Nội"
	}
	if !found {
		t.Errorf("co-occurring bodies of Hải Phòng's union: %+v", hp.CoOccurs)
	}
}

func TestOrgsText(t *testing.T) {
	stdout, _, status := runOrgsCmd(t, "--limit", "2")
	if status != 0 {
		t.Fatalf("status %d", status)
	}
	for _, want := range []string{
		"12 union bodies in 5 articles",
		"Tổng Liên đoàn Lao động Việt Nam  [confederation]  3 articles",
		"Liên đoàn Lao động thành phố Hà Nội  [federation]  2 articles",
		"children: Công đoàn ngành Công Thương Hà Nội, Liên đoàn Lao động huyện Sóc Sơn",
		"aliases:  ",
		"with:     ",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
	if strings.Contains(stdout, "Vietsovpetro") {
		t.Error("--limit 2 printed more than two bodies")
	}
}

func TestOrgsAliasFileAndErrors(t *testing.T) {
	dir := t.TempDir()
	art := filepath.Join(dir, "a.txt")
	os.WriteFile(art, []byte("Công đoàn Bưu điện Việt Nam trao quà\n\nChiều 5/3/2021, Công đoàn Bưu điện Việt Nam và LĐLĐ tỉnh Hà Tây tổ chức hội nghị.\n"), 0o644)
	aliases := filepath.Join(dir, "aliases.txt")
	os.WriteFile(aliases, []byte("# renamed\nCông đoàn Thông tin và Truyền thông Việt Nam <- Công đoàn Bưu điện Việt Nam\n"), 0o644)
	stdout, stderr, status := runOrgsCmd(t, "--json", "--aliases", aliases, art)
	if status != 0 {
		t.Fatalf("status %d: %s", status, stderr)
	}
	var list []orgsOut
	if err := json.Unmarshal([]byte(stdout), &list); err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, o := range list {
		names[o.Name] = true
	}
	if !names["Công đoàn Thông tin và Truyền thông Việt Nam"] || !names["Liên đoàn Lao động thành phố Hà Nội"] || len(list) != 2 {
		t.Errorf("with the alias file: %+v", list)
	}

	// The same file named by BANTIN_ALIASES applies to every command.
	var out, errb bytes.Buffer
	status = Main([]string{"orgs", "--json", art}, Env{Stdout: &out, Stderr: &errb,
		Getenv: func(k string) string {
			if k == "BANTIN_ALIASES" {
				return aliases
			}
			return ""
		}})
	if status != 0 || !strings.Contains(out.String(), "Công đoàn Thông tin và Truyền thông Việt Nam") {
		t.Errorf("BANTIN_ALIASES: status %d, %s%s", status, out.String(), errb.String())
	}

	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("no arrow\n"), 0o644)
	for _, args := range [][]string{
		{"--aliases", bad},
		{"--aliases", filepath.Join(dir, "missing.txt")},
		{filepath.Join(dir, "nothing-here")},
	} {
		_, stderr, status := runOrgsCmd(t, args...)
		if status != 1 || !strings.HasPrefix(stderr, "bantin") || strings.Count(strings.TrimSpace(stderr), "\n") > 1 {
			t.Errorf("%v: status %d, stderr %q", args, status, stderr)
		}
	}
	for _, args := range [][]string{{"--bogus"}, {"--limit", "x"}, {"--aliases"}} {
		if _, stderr, status := runOrgsCmd(t, args...); status != 2 || stderr == "" {
			t.Errorf("%v: status %d, stderr %q", args, status, stderr)
		}
	}
}

func TestOrgsUntrustedText(t *testing.T) {
	dir := t.TempDir()
	art := filepath.Join(dir, "a.txt")
	os.WriteFile(art, []byte("Công đoàn Công ty TNHH Evil\x1b]0;pwned\x07 Việt Nam trao quà\n\nCông đoàn Công ty TNHH Evil\x1b[2J Việt Nam tổ chức hội nghị.\n"), 0o644)
	stdout, _, _ := runOrgsCmd(t, art)
	if strings.ContainsAny(stdout, "\x1b\x07") {
		t.Errorf("escape sequence reached the terminal: %q", stdout)
	}
}
