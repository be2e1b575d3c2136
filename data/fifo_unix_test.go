//go:build unix

package data

import "syscall"

// mkfifo makes a named pipe at path, if it can.
func mkfifo(path string) { _ = syscall.Mkfifo(path, 0o644) }
