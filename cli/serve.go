package cli

import "fmt"

// runServe is a placeholder until its issue lands.
func runServe(args []string, env Env) int {
	fmt.Fprintln(env.Stderr, "bantin: serve is not built yet")
	return 2
}
