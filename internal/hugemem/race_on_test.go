//go:build race

package hugemem

// raceEnabled: the race detector maps shadow memory for every heap range,
// which shows in the resident memory.
const raceEnabled = true
