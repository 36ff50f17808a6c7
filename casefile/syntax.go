package casefile

import (
	"bytes"
	"encoding/json"
	"errors"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/alliances-project/alliances"
)

var lineInError = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// syntaxError places a syntax error. JSON input gets the exact place from the JSON
// parser. For YAML, the library names only a line, and often the line where the
// enclosing block began rather than the mistake: the line is found again as the first
// whose prefix of the file fails with the same error, and the column from what the
// error says (the second colon of "mapping values are not allowed", an unclosed
// bracket, a tab), else the first non-blank character.
func (d *decoder) syntaxError(data []byte, err error) alliances.Diagnostic {
	if looksJSON(data) {
		var se *json.SyntaxError
		if jerr := json.Unmarshal(data, new(any)); errors.As(jerr, &se) {
			line, col := lineCol(data, int(se.Offset)-1)
			return alliances.Diagnostic{File: d.file, Line: line, Column: col, Msg: "syntax error: " + se.Error()}
		}
	}
	line, msg := splitError(err)
	if looksJSON(data) {
		data = decodeSurrogates(data) // as parsed: the YAML library saw this text
	}
	lines := strings.Split(string(data), "\n")
	if l := firstFailingLine(lines, msg); l > 0 {
		line = l
	}
	col, hint := 1, ""
	if line-1 < len(lines) {
		col, hint = column(lines[line-1], msg)
	}
	return alliances.Diagnostic{File: d.file, Line: line, Column: col, Msg: "syntax error: " + msg + hint}
}

func splitError(err error) (int, string) {
	if m := lineInError.FindStringSubmatch(err.Error()); m != nil {
		line, _ := strconv.Atoi(m[1])
		return line, m[2]
	}
	return 1, strings.TrimPrefix(err.Error(), "yaml: ")
}

// firstFailingLine returns the first line n such that the file cut after line n fails
// to parse with the same message, or 0. It bisects: a mistake stays a mistake in
// every longer prefix.
func firstFailingLine(lines []string, msg string) int {
	fails := func(n int) bool {
		_, err := parseYAML([]byte(strings.Join(lines[:n], "\n")))
		if err == nil {
			return false
		}
		_, m := splitError(err)
		return m == msg
	}
	if !fails(len(lines)) {
		return 0
	}
	lo, hi := 1, len(lines)
	for lo < hi {
		mid := (lo + hi) / 2
		if fails(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// column guesses the column of a YAML error within its line, with a hint for people.
func column(text, msg string) (int, string) {
	indent := len(text) - len(strings.TrimLeft(text, " \t"))
	if i := strings.IndexByte(text[:indent], '\t'); i >= 0 {
		return i + 1, " (a tab in the indentation: YAML indents with spaces)"
	}
	switch {
	case strings.HasPrefix(msg, "mapping values are not allowed"):
		if i := strings.Index(text, ": "); i >= 0 {
			if j := strings.Index(text[i+2:], ":"); j >= 0 {
				return i + 2 + j + 1, " (a second colon in a value: quote the value)"
			}
		}
	case strings.Contains(msg, "expected ',' or ']'"):
		if i := strings.LastIndexByte(text, '['); i >= 0 {
			return i + 1, " (a list opened here is not closed)"
		}
	case strings.Contains(msg, "expected ',' or '}'"):
		if i := strings.LastIndexByte(text, '{'); i >= 0 {
			return i + 1, " (a mapping opened here is not closed)"
		}
	}
	return indent + 1, ""
}

// lineCol turns a byte offset into a line and a column, both from 1.
func lineCol(data []byte, off int) (int, int) {
	off = max(0, min(off, len(data)))
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	return line, off - bytes.LastIndexByte(data[:off], '\n')
}

func looksJSON(data []byte) bool {
	t := bytes.TrimLeft(data, " \t\r\n\ufeff")
	return len(t) > 0 && (t[0] == '{' || t[0] == '[')
}

var surrogatePair = regexp.MustCompile(`\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}`)

// decodeSurrogates replaces the JSON escapes of characters beyond the Basic Multilingual
// Plane (written as surrogate pairs, "\ud83d\ude80", as many JSON writers do) by the
// characters themselves, which the YAML reader cannot decode. An escape preceded by an
// odd number of backslashes is a literal backslash followed by text and stays as it is.
func decodeSurrogates(data []byte) []byte {
	var out []byte
	last := 0
	for _, m := range surrogatePair.FindAllIndex(data, -1) {
		backslashes := 0
		for i := m[0] - 1; i >= 0 && data[i] == '\\'; i-- {
			backslashes++
		}
		if backslashes%2 == 1 {
			continue
		}
		hi, _ := strconv.ParseUint(string(data[m[0]+2:m[0]+6]), 16, 16)
		lo, _ := strconv.ParseUint(string(data[m[0]+8:m[0]+12]), 16, 16)
		out = append(append(out, data[last:m[0]]...), string(utf16.DecodeRune(rune(hi), rune(lo)))...)
		last = m[1]
	}
	if out == nil {
		return data
	}
	return append(out, data[last:]...)
}
