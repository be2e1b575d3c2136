package cli

import (
	"bytes"
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
