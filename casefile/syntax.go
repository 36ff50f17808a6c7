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
// enclosing block began rather than the mistake: the line is found again within the
// window from that line to where the parser stopped reading (see locate), and the column
// from what the error says (the second colon of "mapping values are not allowed", an
// unclosed bracket, a tab), else the first non-blank character.
func (d *decoder) syntaxError(data []byte, err error, read int) alliances.Diagnostic {
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
	if !errors.Is(err, errEmpty) && !strings.HasPrefix(msg, "text after the end") && !strings.HasPrefix(msg, "a second document") {
		line = locate(lines, data, line, read, msg)
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

// readAhead bounds how far past a mistake the YAML parser reads: a raw buffer of 512
// bytes and a token of up to 1024 bytes being scanned, with room to spare.
const readAhead = 4096

// locate finds the line of a YAML syntax error from the line the library names and the
// byte offset where the parser stopped reading. The library names the line of the
// enclosing construct (counted from 0 for parser errors, from 1 for scanner errors),
// or, when that construct starts on the first line, the line of the problem (counted
// likewise); the mistake lies after that line and at most readAhead bytes before where
// the parser stopped. An unclosed bracket is the mistake itself: its line is the line
// named, or the next, or else the first line. Any other mistake is the first line at
// which the text read so far fails with the same message, a mistake staying a mistake
// in every longer text. That line is searched for in the window only, parsing from the
// nearest line above it that no later line is indented less than (the start of the
// enclosing block, as a rule), so that each try parses a few lines; the whole file is
// parsed again only when that start does not give the same error.
func locate(lines []string, data []byte, named, read int, msg string) int {
	if open := unclosed(msg); open != "" {
		for _, l := range []int{named + 1, named} {
			if l >= 1 && l <= len(lines) && strings.Contains(lines[l-1], open) {
				return l
			}
		}
		return 1
	}
	stop, _ := lineCol(data, read)
	stop = min(stop+1, len(lines))
	low, _ := lineCol(data, read-readAhead)
	lo := min(max(named, low, 1), stop)
	from := blockStart(lines, lo, stop)
	if !fails(lines, from, stop, msg) {
		if from = 1; !fails(lines, from, stop, msg) {
			return max(1, named)
		}
	}
	if l := firstFailing(lines, from, lo, stop, msg); l > lo || lo == from || !fails(lines, from, lo-1, msg) {
		return l
	}
	return firstFailing(lines, from, from, lo-1, msg) // the mistake is above the window after all
}

// firstFailing returns the first line n in [lo, hi] such that lines from to n fail with
// msg, given that lines from to hi do.
func firstFailing(lines []string, from, lo, hi int, msg string) int {
	for lo < hi {
		mid := (lo + hi) / 2
		if fails(lines, from, mid, msg) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// blockStart returns the last line at or above line at that no later line up to stop is
// indented less than, blank lines and comments aside; line 1 at the latest.
func blockStart(lines []string, at, stop int) int {
	least := -1
	for l := stop; l >= 1; l-- {
		text := strings.TrimRight(lines[l-1], "\r")
		body := strings.TrimLeft(text, " ")
		if body == "" || body[0] == '#' {
			continue
		}
		indent := len(text) - len(body)
		if l <= at && (least < 0 || indent <= least) {
			return l
		}
		if least < 0 || indent < least {
			least = indent
		}
	}
	return 1
}

// fails reports whether lines from to to (counted from 1) fail to parse with msg.
func fails(lines []string, from, to int, msg string) bool {
	_, err := parseYAML([]byte(strings.Join(lines[from-1:to], "\n")))
	if err == nil {
		return false
	}
	_, m := splitError(err)
	return m == msg
}

// unclosed returns the bracket a message says is not closed, or "".
func unclosed(msg string) string {
	switch {
	case strings.Contains(msg, "expected ',' or ']'"):
		return "["
	case strings.Contains(msg, "expected ',' or '}'"):
		return "{"
	}
	return ""
}

// column guesses the column of a YAML error within its line, with a hint for people.
func column(text, msg string) (int, string) {
	indent := len(text) - len(strings.TrimLeft(text, " \t"))
	if i := strings.IndexByte(text[:indent], '\t'); i >= 0 {
		return i + 1, " (a tab in the indentation: YAML indents with spaces)"
	}
	switch {
	case strings.HasPrefix(msg, "found incompatible YAML document"):
		return 1, " (a %YAML directive of a version other than 1.1: case files need none, remove the line)"
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
	case strings.Contains(msg, "invalid Unicode character escape code"):
		if m := surrogate.FindStringIndex(text); m != nil {
			return m[0] + 1, " (a surrogate without its pair: an escape such as \\ud83d is one half of a character beyond U+FFFF)"
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

var surrogate = regexp.MustCompile(`\\u[dD][89a-fA-F][0-9a-fA-F]{2}`)

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
