package answer

import (
	"errors"
	"fmt"
)

// ParamError is a parameter of a question that cannot be taken as given: a malformed
// date, an unknown layer, a period that ends before it starts. The command line exits
// with its usage status, the API answers 400.
type ParamError struct{ Msg string }

func (e *ParamError) Error() string { return e.Msg }

// usageError returns a *ParamError.
func usageError(format string, args ...any) error {
	return &ParamError{fmt.Sprintf(format, args...)}
}

// IsParam reports whether err is, or wraps, a *ParamError.
func IsParam(err error) bool {
	_, ok := errors.AsType[*ParamError](err)
	return ok
}
