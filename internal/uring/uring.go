// Package uring reads many small files with few system calls, using the
// Linux io_uring interface: for each file of a batch it queues an open,
// two reads and a close, linked so that they run in order, and one
// io_uring_enter call submits and waits for the whole batch.
//
// bantin opens folders of 100,000 articles of a few KB each. Read one by
// one, each file costs four system calls (open, fstat, read, close), and on
// a virtual machine where entering the kernel is slow those calls were
// about an eighth of the CPU time of a load (1.0–1.1 of 8–10 CPU-s). Batched through a ring, reading the same
// 600 MB took 0.3 CPU-s instead of 1.1 (see docs/loading.md).
//
// It is a narrow tool, not a general binding: only what the loader needs,
// and every failure is left to the caller to retry the plain way (see
// Reader.Read). Elsewhere than on Linux, or where the kernel is too old or
// io_uring is forbidden (containers often forbid it), NewReader fails and
// the caller reads files the plain way.
package uring

import "errors"

// Batch is the number of files a Reader reads at once.
const Batch = 32

// ErrUnavailable is returned by NewReader when io_uring cannot be used here.
var ErrUnavailable = errors.New("io_uring is not available")

// Result is what Read found for one file.
type Result struct {
	// N is the number of bytes read into the file's buffer.
	N int
	// Whole is true when the end of the file was reached: the buffer's
	// first N bytes are the whole file. It is false when the file is
	// longer than its buffer, or when it could not be read.
	Whole bool
	// Err is the error of the open or of a read (an errno), if any.
	Err error
}
