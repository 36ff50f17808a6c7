// Command alliances records, explores and analyzes alliance and support networks through
// time, with evidence for every claim. Run `alliances help` for the commands.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	m := NewMain()
	err := m.Run(ctx, os.Args[1:])
	m.Close()
	stop()
	if err != nil {
		if msg := err.Error(); msg != "" {
			fmt.Fprintln(os.Stderr, "alliances: "+msg)
		}
		os.Exit(ExitCode(err))
	}
}
