package serve

import (
	"bufio"
	"bytes"
	"fmt"
	"os"

	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// authorizedKeys is the set of public keys admitted, read once at start.
type authorizedKeys struct {
	keys map[string]struct{} // wire encoding of each key
}

func (a *authorizedKeys) len() int { return len(a.keys) }

func (a *authorizedKeys) allows(k gossh.PublicKey) bool {
	_, ok := a.keys[string(k.Marshal())]
	return ok
}

// readAuthorizedKeys parses an OpenSSH authorized_keys file. A line that is
// not a key is an error naming the line: a typo must not silently lock a
// reader out. A file with no key at all is an error too.
func readAuthorizedKeys(path string) (*authorizedKeys, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("authorized keys: %w", err)
	}
	a := &authorizedKeys{keys: map[string]struct{}{}}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		k, _, _, _, err := gossh.ParseAuthorizedKey(line)
		if err != nil {
			return nil, fmt.Errorf("authorized keys %s:%d: not a public key: %w", path, n, err)
		}
		a.keys[string(k.Marshal())] = struct{}{}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("authorized keys %s: %w", path, err)
	}
	if len(a.keys) == 0 {
		return nil, fmt.Errorf("authorized keys %s: no public key in the file (nobody could log in)", path)
	}
	return a, nil
}

// checkKey is the public-key handler when authorized keys are configured.
func (s *Server) checkKey(ctx ssh.Context, key ssh.PublicKey) bool {
	if s.keys.allows(key) {
		return true
	}
	s.log.Warn("key refused", "remote", ctx.RemoteAddr().String(), "user", cleanLine(ctx.User()), "key", fingerprint(key))
	return false
}

// fingerprint is the key's SHA256 fingerprint as OpenSSH prints it, or
// "none" without a key.
func fingerprint(k gossh.PublicKey) string {
	if k == nil {
		return "none"
	}
	return gossh.FingerprintSHA256(k)
}
