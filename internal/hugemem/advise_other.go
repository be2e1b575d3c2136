//go:build !linux

package hugemem

import "unsafe"

// hugePage is 0: no huge pages are asked for here.
const hugePage = 0

func advise(unsafe.Pointer, uintptr) {}

func alignUp(p uintptr) uintptr { return p }

// AdvisedShare returns the share of ps that lie in memory advised for
// huge pages: none, here.
func AdvisedShare([]unsafe.Pointer) (float64, error) { return 0, nil }

// AdvisedBytes returns the size of the process's memory advised for huge
// pages: none, here.
func AdvisedBytes() (int64, error) { return 0, nil }

// memoryBudget: no huge pages are asked for here, so no budget is needed.
func memoryBudget() int { return 0 }
