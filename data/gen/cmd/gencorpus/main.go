// Command gencorpus writes a generated corpus of raw articles to a folder:
//
//	go run ./data/gen/cmd/gencorpus -n 10000 -o /tmp/c10k
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/bantin/bantin/data/gen"
)

func main() {
	n := flag.Int("n", 10000, "number of articles")
	out := flag.String("o", "", "output folder (required)")
	seed := flag.Int64("seed", 1, "generator seed")
	flag.Parse()
	if *out == "" || *n < 0 {
		fmt.Fprintln(os.Stderr, "usage: gencorpus -n N -o DIR [-seed S]")
		os.Exit(2)
	}
	if err := gen.WriteDir(*out, *n, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %d articles to %s\n", *n, *out)
}
