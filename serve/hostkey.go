package serve

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	gossh "golang.org/x/crypto/ssh"
)

// HostKeyFile is the file name of the host key in bantin's data directory.
const HostKeyFile = "ssh_host_ed25519_key"

// DefaultHostKeyPath is where the host key lives unless --host-key says
// otherwise: $XDG_DATA_HOME/bantin, else ~/.local/share/bantin, else the
// user's configuration directory. getenv reads the environment.
func DefaultHostKeyPath(getenv func(string) string) (string, error) {
	if d := getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "bantin", HostKeyFile), nil
	}
	if h := getenv("HOME"); h != "" {
		return filepath.Join(h, ".local", "share", "bantin", HostKeyFile), nil
	}
	d, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("no place for the host key (set --host-key): %w", err)
	}
	return filepath.Join(d, "bantin", HostKeyFile), nil
}

// loadOrCreateHostKey reads the private key at path, or creates an ed25519
// key there (directory 0700, file 0600) when the file does not exist, so
// clients' known_hosts entries stay valid across restarts. A key readable
// by other users is refused, as OpenSSH does.
func loadOrCreateHostKey(path string) (signer gossh.Signer, created bool, err error) {
	raw, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		raw, err = createHostKey(path)
		if err == nil {
			created = true
		} else if errors.Is(err, fs.ErrExist) {
			// Another process created it meanwhile: use theirs.
			raw, err = os.ReadFile(path)
			created = false
		}
	}
	if err != nil {
		return nil, false, fmt.Errorf("host key: %w", err)
	}
	if fi, err := os.Stat(path); err == nil && fi.Mode().Perm()&0o077 != 0 {
		return nil, false, fmt.Errorf("host key %s is accessible by other users (mode %04o); run: chmod 600 %s", path, fi.Mode().Perm(), path)
	}
	signer, err = gossh.ParsePrivateKey(raw)
	if err != nil {
		return nil, false, fmt.Errorf("host key %s: %w", path, err)
	}
	return signer, created, nil
}

func createHostKey(path string) ([]byte, error) {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("generate ed25519 key: %w", err)
	}
	block, err := gossh.MarshalPrivateKey(priv, "bantin host key")
	if err != nil {
		return nil, fmt.Errorf("encode host key: %w", err)
	}
	raw := pem.EncodeToMemory(block)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("create host key directory: %w", err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, err
	}
	if _, err := f.Write(raw); err != nil {
		f.Close()
		os.Remove(path)
		return nil, fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		os.Remove(path)
		return nil, fmt.Errorf("write %s: %w", path, err)
	}
	return raw, nil
}
