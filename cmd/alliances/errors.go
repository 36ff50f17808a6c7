package main

import (
	"errors"
	"fmt"

	"github.com/alliances-project/alliances/answer"

	"github.com/alliances-project/alliances"
)

// errHelp is returned when -h was asked for: usage was printed, nothing failed.
var errHelp = errors.New("")

// errReported is returned when the problems were already printed.
var errReported = &alliances.Error{Kind: alliances.Invalid}

// usage is a command line the program cannot make sense of: a parameter of a question
// that cannot be taken as given, whether the command line or package answer found it.
type usage = answer.ParamError

func usageError(format string, args ...any) error {
	return &usage{Msg: fmt.Sprintf(format, args...)}
}

// Exit codes, one per kind of failure. This is the only place that maps them.
const (
	exitInvalid     = 1  // bad input: a case file, a CSV table, a flag value
	exitUsage       = 2  // a command line that does not parse
	exitNotFound    = 3  // no such actor, case, claim
	exitConflict    = 4  // the input contradicts what is recorded
	exitUnavailable = 5  // the database is locked, unreadable or newer than the program
	exitInternal    = 70 // a bug
)

// ExitCode maps an error returned by Run to the process's exit status.
func ExitCode(err error) int {
	switch {
	case err == nil, err == errHelp:
		return 0
	}
	if _, ok := errors.AsType[*usage](err); ok {
		return exitUsage
	}
	switch alliances.KindOf(err) {
	case alliances.Invalid:
		return exitInvalid
	case alliances.NotFound:
		return exitNotFound
	case alliances.Conflict:
		return exitConflict
	case alliances.Unavailable:
		return exitUnavailable
	}
	return exitInternal
}
