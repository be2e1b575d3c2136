package cli

import "fmt"

// runOrgs is a placeholder until its issue lands.
func runOrgs(args []string, env Env) int {
	fmt.Fprintln(env.Stderr, "bantin: orgs is not built yet")
	return 2
}
