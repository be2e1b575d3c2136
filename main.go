// Command bantin is a terminal reader for Vietnamese trade-union news.
//
// See README.md, or run `bantin help`.
package main

import (
	"os"

	"github.com/bantin/bantin/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], cli.Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}))
}
