//go:build !(linux && (amd64 || arm64 || riscv64 || loong64))

package uring

// Reader is not available on this system: NewReader always fails.
type Reader struct{}

// NewReader returns ErrUnavailable on this system.
func NewReader() (*Reader, error) { return nil, ErrUnavailable }

// Close does nothing.
func (r *Reader) Close() error { return nil }

// Read is never called: there is no Reader here.
func (r *Reader) Read(paths []string, bufs [][]byte, res []Result) error { return ErrUnavailable }
