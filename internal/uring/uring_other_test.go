//go:build !(linux && (amd64 || arm64 || riscv64 || loong64))

package uring

import (
	"errors"
	"testing"
)

// TestUnavailableHere: where there is no io_uring reader, NewReader says
// so with ErrUnavailable, which the loader takes as "read the plain way".
func TestUnavailableHere(t *testing.T) {
	if r, err := NewReader(); r != nil || !errors.Is(err, ErrUnavailable) {
		t.Errorf("NewReader() = %v, %v; want nil, ErrUnavailable", r, err)
	}
}
