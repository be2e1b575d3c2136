// Package cputime reads the CPU time (user + system) the process has used
// so far. Benchmarks report it per operation (cpu-s/op): on a shared, busy
// machine it says more about the work done than wall time, and on an idle
// machine with k cores a parallel operation takes about cpu-s/op ÷ k.
package cputime

import "time"

// Process returns the CPU time the process has used, or 0 where the
// system does not say (then the metric reads 0).
func Process() time.Duration { return process() }
