// Command alliances records, explores and analyzes alliance and support networks through
// time, with evidence for every claim. Run `alliances help` for the commands.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/alliances-project/alliances/answer/textreport"
)

func main() {
	softMemoryLimit()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	m := NewMain()
	err := m.Run(ctx, os.Args[1:])
	m.Close()
	stop()
	if err != nil {
		printError(os.Stderr, err)
		os.Exit(ExitCode(err))
	}
}

// printError writes the error Run returned, if it says anything, escaped as all the
// program's output for people is: it may quote a name from a case file.
func printError(w io.Writer, err error) {
	if msg := err.Error(); msg != "" {
		e := textreport.NewEscaper(w)
		fmt.Fprintln(e, "alliances: "+msg)
		e.Flush()
	}
}
