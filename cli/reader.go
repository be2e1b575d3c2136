package cli

import "fmt"

// runReader is a placeholder until its issue lands.
func runReader(args []string, env Env) int {
	fmt.Fprintln(env.Stderr, "bantin: reader is not built yet")
	return 2
}
