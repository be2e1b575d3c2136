package cli

import "fmt"

// runSearch is a placeholder until its issue lands.
func runSearch(args []string, env Env) int {
	fmt.Fprintln(env.Stderr, "bantin: search is not built yet")
	return 2
}
