package cli

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func runMain(t *testing.T, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	var out, errb bytes.Buffer
	status = Main(args, Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }})
	return out.String(), errb.String(), status
}

func TestMainHelp(t *testing.T) {
	out, _, status := runMain(t, "help")
	if status != 0 || !strings.Contains(out, "bantin inspect") || !strings.Contains(out, "bantin serve") {
		t.Fatalf("help: status %d, output %q", status, out)
	}
}

func TestMainMistypedCommand(t *testing.T) {
	_, errOut, status := runMain(t, "inspekt")
	if status != 2 {
		t.Fatalf("status %d, want 2", status)
	}
	if !strings.Contains(errOut, `"inspekt" is neither a command nor a file or folder`) {
		t.Fatalf("stderr %q", errOut)
	}
}

func TestMainUnknownFlag(t *testing.T) {
	_, errOut, status := runMain(t, "--colour")
	if status != 2 || !strings.Contains(errOut, "unknown flag --colour") {
		t.Fatalf("status %d, stderr %q", status, errOut)
	}
}

// The operator's alias file applies to inspect as to every command, and a
// missing one is an error, not silently ignored.
func TestInspectUsesAliasFile(t *testing.T) {
	dir := t.TempDir()
	file := dir + "/aliases.txt"
	if err := os.WriteFile(file, []byte("Công đoàn Dầu khí Quốc gia <- Công đoàn Dầu khí Việt Nam\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(aliases string) (string, string, int) {
		var out, errb bytes.Buffer
		status := Main([]string{"inspect", "--json"}, Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb,
			Getenv: func(k string) string {
				if k == "BANTIN_ALIASES" {
					return aliases
				}
				return ""
			}})
		return out.String(), errb.String(), status
	}
	out, errOut, status := run(file)
	if status != 0 || !strings.Contains(out, `"Công đoàn Dầu khí Quốc gia"`) {
		t.Fatalf("with the alias file: status %d, stderr %q; renamed body missing", status, errOut)
	}
	_, errOut, status = run(dir + "/missing.txt")
	if status != 1 || !strings.Contains(errOut, "alias file") {
		t.Fatalf("missing alias file: status %d, stderr %q", status, errOut)
	}
}
