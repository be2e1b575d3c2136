package cli

import "fmt"

// runInspect is a placeholder until its issue lands.
func runInspect(args []string, env Env) int {
	fmt.Fprintln(env.Stderr, "bantin: inspect is not built yet")
	return 2
}
