//go:build !linux

package hugemem

import "unsafe"

// hugePage is 0: no huge pages are asked for here.
const hugePage = 0

func advise(unsafe.Pointer, uintptr) {}

func alignUp(p uintptr) uintptr { return p }
