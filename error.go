package alliances

import (
	"errors"
	"fmt"
)

// ErrorKind classifies errors so that the CLI and the API can map them to exit codes and
// HTTP statuses in one place.
type ErrorKind uint8

// The error kinds.
const (
	Internal    ErrorKind = iota // a bug or an unexpected failure
	Invalid                      // the user's input is wrong
	NotFound                     // the thing asked for does not exist
	Conflict                     // the request contradicts what is recorded
	Unavailable                  // the store cannot be reached, is locked or unreadable
)

func (k ErrorKind) String() string {
	switch k {
	case Invalid:
		return "invalid"
	case NotFound:
		return "not found"
	case Conflict:
		return "conflict"
	case Unavailable:
		return "unavailable"
	}
	return "internal"
}

// Error is the error type of the system: a kind, the operation that failed, a message
// for people and an optional cause.
type Error struct {
	Kind ErrorKind
	Op   string // e.g. "import", "sqlite.Open"
	Msg  string
	Err  error
}

// Errorf returns an *Error of the given kind with a formatted message.
func Errorf(kind ErrorKind, op, format string, args ...any) *Error {
	return &Error{Kind: kind, Op: op, Msg: fmt.Sprintf(format, args...)}
}

func (e *Error) Error() string {
	msg := e.Msg
	if e.Err != nil {
		if msg != "" {
			msg += ": "
		}
		msg += e.Err.Error()
	}
	if e.Op == "" {
		return msg
	}
	return e.Op + ": " + msg
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// KindOf returns the kind of the first *Error in err's chain, Internal when there is none.
func KindOf(err error) ErrorKind {
	if e, ok := errors.AsType[*Error](err); ok {
		return e.Kind
	}
	return Internal
}
