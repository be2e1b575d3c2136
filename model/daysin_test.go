package model

import (
	"testing"
	"time"
)

// TestDaysIn compares DaysIn with time.Date over every month of 1900–2500.
func TestDaysIn(t *testing.T) {
	for y := 1900; y <= 2500; y++ {
		for m := 1; m <= 12; m++ {
			if got, want := DaysIn(y, m), time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day(); got != want {
				t.Fatalf("DaysIn(%d, %d) = %d, want %d", y, m, got, want)
			}
		}
	}
}
