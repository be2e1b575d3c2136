//go:build !unix

package data

// mkfifo does nothing: this system has no named pipes in its file system.
func mkfifo(string) {}
