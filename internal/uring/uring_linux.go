//go:build linux && (amd64 || arm64 || riscv64 || loong64)

package uring

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"
)

// System call numbers, the same on every architecture listed in the build
// constraint.
const (
	sysSetup    = 425
	sysEnter    = 426
	sysRegister = 427
)

// Operation codes, flags and offsets of the kernel's io_uring ABI
// (include/uapi/linux/io_uring.h).
const (
	opAsyncCancel = 14
	opOpenat      = 18
	opClose       = 19
	opRead        = 22

	sqeFixedFile = 1 << 0
	sqeIOLink    = 1 << 2 // the next entry runs only if this one succeeds
	sqeIOHard    = 1 << 3 // the next entry runs whatever this one gives

	enterGetEvents = 1 << 0
	enterExtArg    = 1 << 3 // a timeout for the wait (Linux 5.11)

	registerFiles = 2

	// featLinkedFile (Linux 5.17) means a linked read finds the file its
	// preceding open put in a fixed slot; older kernels look it up too
	// early. It is the newest feature the reader needs.
	featLinkedFile = 1 << 12

	featExtArg = 1 << 8

	// cancelTag marks the completions of cancellations (the requests of
	// a batch carry file<<2 | op).
	cancelTag = 1 << 62

	offSQRing = 0
	offSQEs   = 0x10000000

	atFDCWD = -100
)

// entries is the size of the submission queue: four entries a file.
const entries = 4 * Batch

// sqe is a submission queue entry (64 bytes).
type sqe struct {
	opcode   uint8
	flags    uint8
	ioprio   uint16
	fd       int32
	off      uint64
	addr     uint64
	len      uint32
	opFlags  uint32
	userData uint64
	bufIndex uint16
	pers     uint16
	fileIdx  uint32
	addr3    uint64
	_        uint64
}

// cqe is a completion queue entry (16 bytes).
type cqe struct {
	userData uint64
	res      int32
	flags    uint32
}

type sqOffsets struct {
	head, tail, ringMask, ringEntries, flags, dropped, array, resv1 uint32
	userAddr                                                        uint64
}

type cqOffsets struct {
	head, tail, ringMask, ringEntries, overflow, cqes, flags, resv1 uint32
	userAddr                                                        uint64
}

type params struct {
	sqEntries, cqEntries, flags, sqThreadCPU, sqThreadIdle, features, wqFd uint32
	resv                                                                   [3]uint32
	sq                                                                     sqOffsets
	cq                                                                     cqOffsets
}

// Reader reads files through one io_uring. It is not safe for concurrent
// use: each loading goroutine has its own.
type Reader struct {
	fd      int
	ringMem []byte
	sqeMem  []byte
	sqHead  *uint32 // written by the kernel
	sqTail  *uint32
	sqMask  uint32
	sqes    []sqe
	cqHead  *uint32
	cqTail  *uint32 // written by the kernel
	cqMask  uint32
	cqes    []cqe
	names   []byte       // the batch's paths, each ended by a NUL
	probe   [Batch]byte  // the second read of each file lands here
	got     [Batch]reads // what came back for each file
	broken  error        // set when the ring can no longer be trusted
	ts      kernelTimespec
	arg     getEventsArg
}

// kernelTimespec is struct __kernel_timespec.
type kernelTimespec struct {
	sec, nsec int64
}

// getEventsArg is struct io_uring_getevents_arg (IORING_ENTER_EXT_ARG).
type getEventsArg struct {
	sigmask   uint64
	sigmaskSz uint32
	minWait   uint32
	ts        uint64
}

// reads holds the results (byte counts or negated errnos) of one file's
// open and two reads, and which of its four requests have completed.
type reads struct {
	open, first, probe int32
	done               uint8
}

// NewReader sets up a ring, or returns an error wrapping ErrUnavailable when
// this system cannot give one.
func NewReader() (*Reader, error) {
	var p params
	fd, _, errno := syscall.Syscall(sysSetup, entries, uintptr(unsafe.Pointer(&p)), 0)
	if errno != 0 {
		return nil, fmt.Errorf("%w: io_uring_setup: %v", ErrUnavailable, errno)
	}
	r := &Reader{fd: int(fd)}
	if err := r.setup(&p); err != nil {
		r.Close()
		return nil, err
	}
	return r, nil
}

func (r *Reader) setup(p *params) error {
	if p.features&featLinkedFile == 0 || p.features&featExtArg == 0 {
		return fmt.Errorf("%w: kernel older than Linux 5.17", ErrUnavailable)
	}
	if p.sqEntries < entries {
		return fmt.Errorf("%w: ring of %d entries, want %d", ErrUnavailable, p.sqEntries, entries)
	}
	// Kernels with linked files (5.17) map both rings at once
	// (IORING_FEAT_SINGLE_MMAP, 5.4).
	size := max(p.sq.array+p.sqEntries*4, p.cq.cqes+p.cqEntries*uint32(unsafe.Sizeof(cqe{})))
	mem, err := syscall.Mmap(r.fd, offSQRing, int(size), syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_SHARED|syscall.MAP_POPULATE)
	if err != nil {
		return fmt.Errorf("%w: mmap rings: %v", ErrUnavailable, err)
	}
	r.ringMem = mem
	sqeMem, err := syscall.Mmap(r.fd, offSQEs, int(p.sqEntries)*int(unsafe.Sizeof(sqe{})), syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_SHARED|syscall.MAP_POPULATE)
	if err != nil {
		return fmt.Errorf("%w: mmap entries: %v", ErrUnavailable, err)
	}
	r.sqeMem = sqeMem
	base := unsafe.Pointer(&mem[0])
	r.sqHead = (*uint32)(unsafe.Add(base, p.sq.head))
	r.sqTail = (*uint32)(unsafe.Add(base, p.sq.tail))
	r.sqMask = *(*uint32)(unsafe.Add(base, p.sq.ringMask))
	array := unsafe.Slice((*uint32)(unsafe.Add(base, p.sq.array)), p.sqEntries)
	for i := range array {
		array[i] = uint32(i) // entry i of the ring is always sqes[i]
	}
	r.cqHead = (*uint32)(unsafe.Add(base, p.cq.head))
	r.cqTail = (*uint32)(unsafe.Add(base, p.cq.tail))
	r.cqMask = *(*uint32)(unsafe.Add(base, p.cq.ringMask))
	r.cqes = unsafe.Slice((*cqe)(unsafe.Add(base, p.cq.cqes)), p.cqEntries)
	r.sqes = unsafe.Slice((*sqe)(unsafe.Pointer(&sqeMem[0])), p.sqEntries)
	// A table of Batch empty fixed-file slots: file i of a batch is
	// opened into slot i, read and closed there, never entering the
	// process's descriptor table.
	var slots [Batch]int32
	for i := range slots {
		slots[i] = -1
	}
	if _, _, errno := syscall.Syscall6(sysRegister, uintptr(r.fd), registerFiles, uintptr(unsafe.Pointer(&slots[0])), Batch, 0, 0); errno != 0 {
		return fmt.Errorf("%w: register files: %v", ErrUnavailable, errno)
	}
	return nil
}

// Close releases the ring.
func (r *Reader) Close() error {
	var errs []error
	for _, m := range [][]byte{r.sqeMem, r.ringMem} {
		if m != nil {
			errs = append(errs, syscall.Munmap(m))
		}
	}
	r.sqeMem, r.ringMem = nil, nil
	if r.fd >= 0 {
		errs = append(errs, syscall.Close(r.fd))
		r.fd = -1
	}
	return errors.Join(errs...)
}

// Read reads up to Batch files: paths[i] into bufs[i] (which must not be
// empty), result in res[i]. A file is read whole when it fits its buffer
// with room to spare or exactly; res[i].Whole says so. The returned error
// is not about any one file: it means the ring failed and must not be used
// again (Read then returns it each time); the results are then undefined
// and bufs must not be reused, since the kernel may still write to them.
//
// Each file gets four linked entries: open into fixed slot i, a read of
// len(bufs[i]) bytes, a one-byte read that must find the end of the file
// (so a read cut short, which some network file systems allow, is seen and
// not taken for the whole file), and a close of the slot.
func (r *Reader) Read(paths []string, bufs [][]byte, res []Result) error {
	if r.broken != nil {
		return r.broken
	}
	n := len(paths)
	if n > Batch || len(bufs) < n || len(res) < n {
		return fmt.Errorf("uring: Read of %d files with %d buffers and %d results (at most %d)", n, len(bufs), len(res), Batch)
	}
	// The paths first, all in one buffer that does not move while the
	// kernel reads it.
	r.names = r.names[:0]
	var starts [Batch]int
	for i, p := range paths {
		starts[i] = len(r.names)
		r.names = append(r.names, p...)
		r.names = append(r.names, 0)
	}
	tail := atomic.LoadUint32(r.sqTail)
	queued := 0
	for i, p := range paths {
		res[i] = Result{}
		r.got[i] = reads{}
		if strings.IndexByte(p, 0) >= 0 || len(bufs[i]) == 0 {
			res[i].Err = syscall.EINVAL
			continue
		}
		slot := uint32(i)
		s := r.entry(tail)
		tail++
		s.opcode, s.flags, s.fd = opOpenat, sqeIOLink, atFDCWD
		s.addr = uint64(uintptr(unsafe.Pointer(&r.names[starts[i]])))
		// No O_CLOEXEC: a fixed slot is not a descriptor (the kernel
		// refuses the flag there). O_NONBLOCK: a FIFO put where a file
		// was listed does not block the open (its reads may still wait:
		// see stallAfter).
		s.opFlags = syscall.O_RDONLY | syscall.O_NONBLOCK
		s.fileIdx = slot + 1
		s.userData = uint64(i) << 2 // op 0: the open

		s = r.entry(tail)
		tail++
		s.opcode, s.flags, s.fd = opRead, sqeFixedFile|sqeIOHard, int32(slot)
		s.addr = uint64(uintptr(unsafe.Pointer(&bufs[i][0])))
		s.len = uint32(min(len(bufs[i]), 1<<30))
		s.off = ^uint64(0) // from the file position, which the read advances
		s.userData = uint64(i)<<2 | 1

		s = r.entry(tail)
		tail++
		s.opcode, s.flags, s.fd = opRead, sqeFixedFile|sqeIOHard, int32(slot)
		s.addr = uint64(uintptr(unsafe.Pointer(&r.probe[i])))
		s.len = 1
		s.off = ^uint64(0)
		s.userData = uint64(i)<<2 | 2

		s = r.entry(tail)
		tail++
		s.opcode = opClose
		s.fileIdx = slot + 1
		s.userData = uint64(i)<<2 | 3
		queued++
	}
	atomic.StoreUint32(r.sqTail, tail)
	if err := r.wait(4*queued, n); err != nil {
		r.broken = fmt.Errorf("uring: %w", err)
		return r.broken
	}
	for i := range n {
		if res[i].Err != nil {
			continue
		}
		g := r.got[i]
		switch {
		case g.open < 0:
			res[i].Err = syscall.Errno(-g.open)
		case g.first < 0:
			res[i].Err = syscall.Errno(-g.first)
		default:
			res[i].N = int(g.first)
			res[i].Whole = g.probe == 0
		}
	}
	runtime.KeepAlive(bufs)
	return nil
}

// entry returns the zeroed submission entry at position tail.
func (r *Reader) entry(tail uint32) *sqe {
	s := &r.sqes[tail&r.sqMask]
	*s = sqe{}
	return s
}

// stallAfter is how long a batch may go without any completion before its
// pending requests are cancelled. A regular file answers in microseconds
// from the page cache and in milliseconds from a disk; what never answers
// is a named pipe put where a listed file was (io_uring waits on a pipe
// even when it was opened O_NONBLOCK), or a hung network file system. A
// cancelled file is read again by the caller's plain reader, which refuses
// what is not a regular file.
const stallAfter = 2 * time.Second

// waitSlice bounds one io_uring_enter wait, so that wait notices a stall.
const waitSlice = 200 * time.Millisecond

// wait submits what is queued and collects want completions. When none
// arrives for stallAfter it cancels the requests still pending: they then
// complete with an error, and the file's next linked request starts,
// which may wait in turn, so the pending requests are cancelled again,
// sooner, until every file is done (a file has three requests that can
// wait). If even that brings nothing, the ring is stuck and wait returns
// an error.
func (r *Reader) wait(want, n int) error {
	seen := 0
	last := time.Now()
	rounds := 0
	for seen < want {
		toSubmit := atomic.LoadUint32(r.sqTail) - atomic.LoadUint32(r.sqHead)
		// The timespec and the argument live in the Reader: the kernel
		// reads them by address.
		r.ts = kernelTimespec{nsec: int64(waitSlice)}
		r.arg = getEventsArg{ts: uint64(uintptr(unsafe.Pointer(&r.ts)))}
		_, _, errno := syscall.Syscall6(sysEnter, uintptr(r.fd), uintptr(toSubmit), 1,
			enterGetEvents|enterExtArg, uintptr(unsafe.Pointer(&r.arg)), unsafe.Sizeof(r.arg))
		switch errno {
		case 0, syscall.EINTR, syscall.EAGAIN, syscall.EBUSY, syscall.ETIME:
		default:
			return fmt.Errorf("io_uring_enter: %w", errno)
		}
		if got := r.reap(n); got > 0 {
			seen += got
			last = time.Now()
			continue
		}
		limit := stallAfter
		if rounds > 0 {
			limit = waitSlice
		}
		if time.Since(last) < limit {
			continue
		}
		if rounds == 4 {
			return fmt.Errorf("io_uring: %d of %d completions, none after cancelling %d times", seen, want, rounds)
		}
		r.cancelPending(n)
		rounds++
		last = time.Now()
	}
	return nil
}

// cancelPending queues a cancellation of every open or read of files
// 0..n-1 that has not completed. The cancellations' own completions carry
// cancelTag and are not counted.
func (r *Reader) cancelPending(n int) {
	tail := atomic.LoadUint32(r.sqTail)
	for i := range n {
		for op := range uint64(3) {
			if r.got[i].done&(1<<op) != 0 {
				continue
			}
			s := r.entry(tail)
			tail++
			s.opcode = opAsyncCancel
			s.fd = -1
			s.addr = uint64(i)<<2 | op // the user data of the request to cancel
			s.userData = cancelTag
		}
	}
	atomic.StoreUint32(r.sqTail, tail)
}

// reap records the completions that have arrived and returns their number.
func (r *Reader) reap(n int) int {
	head := atomic.LoadUint32(r.cqHead)
	tail := atomic.LoadUint32(r.cqTail)
	got := 0
	for ; head != tail; head++ {
		c := r.cqes[head&r.cqMask]
		if c.userData == cancelTag {
			continue // a cancellation's own answer
		}
		i := int(c.userData >> 2)
		if i >= n {
			continue // cannot happen: every entry is ours
		}
		g := &r.got[i]
		op := c.userData & 3
		switch op {
		case 0:
			g.open = c.res
		case 1:
			g.first = c.res
		case 2:
			g.probe = c.res
		}
		g.done |= 1 << op
		got++
	}
	atomic.StoreUint32(r.cqHead, head)
	return got
}
