package main

import (
	"encoding/json"
	"io"
	"os"
	"strings"

	"github.com/alliances-project/alliances/answer/textreport"
)

// writeJSON writes v as indented JSON, exactly: past the escaper of a stream for people.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(textreport.Raw(w))
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// listFlag reads flag values that may repeat or be comma-separated.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(s string) error {
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part != "" {
			*l = append(*l, part)
		}
	}
	return nil
}

// listLimit is the number of entries a list shows: the limit asked for, or by default
// def in a table and all in JSON (a negative flag value means the default).
func listLimit(asked int, asJSON bool, def int) int {
	switch {
	case asked >= 0:
		return asked
	case asJSON:
		return 0
	}
	return def
}

// unwrapPath drops the file name from an *os.PathError, which the message already gives.
func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
