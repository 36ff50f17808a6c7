package casefile

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// cutJSON lays a JSON case file out (see layout) as the encoding/json decoder walks it:
// the skeleton is the top-level object with the elements of its lists left out (their
// lines kept, so that what follows keeps its line and column), and each list's elements
// are parsed in chunks of chunkItems, between brackets. Anything the JSON decoder
// refuses, a top-level key given twice, or line breaks other than "\n" and "\r\n", and
// the file is read whole.
func cutJSON(data []byte) (*layout, bool) {
	if unusualJSON(data) || !utf8.Valid(data) {
		return nil, false
	}
	l := &layout{data: data, lists: map[*yaml.Node]*itemList{}}
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, false
	}
	var skel []byte
	copied := 0 // data before this is in skel
	at := cursor{data: data, line: 1, col: 1}
	type region struct {
		line, col int // of the opening bracket
		l         *itemList
	}
	var regions []region
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		key, ok := tok.(string)
		if err != nil || !ok || seen[key] {
			return nil, false
		}
		seen[key] = true
		open := skipSpace(data, int(dec.InputOffset()), ":")
		if !listKeys[key] || open >= len(data) || data[open] != '[' {
			if err := dec.Decode(new(json.RawMessage)); err != nil {
				return nil, false
			}
			continue
		}
		if _, err := dec.Token(); err != nil {
			return nil, false
		}
		at.to(open)
		r := region{line: at.line, col: at.col, l: &itemList{}}
		var c *chunk
		for dec.More() {
			start := skipSpace(data, int(dec.InputOffset()), ",")
			if err := dec.Decode(new(json.RawMessage)); err != nil {
				return nil, false
			}
			if c == nil || c.n == chunkItems {
				if c != nil {
					r.l.chunks = append(r.l.chunks, *c)
				}
				at.to(start)
				c = &chunk{off: start, line: at.line, col: at.col, first: r.l.count}
			}
			c.n++
			c.end = int(dec.InputOffset())
			r.l.count++
		}
		if _, err := dec.Token(); err != nil {
			return nil, false
		}
		if c == nil {
			continue // an empty list, in the skeleton as it is
		}
		r.l.chunks = append(r.l.chunks, *c)
		regions = append(regions, r)
		// The skeleton keeps the brackets and, between them, the line breaks of the
		// elements and a space for each character before the last element's end on
		// its line.
		first, last := r.l.chunks[0].off, c.end
		skel = append(skel, data[copied:first]...)
		breaks := bytes.Count(data[first:last], []byte("\n"))
		skel = append(skel, bytes.Repeat([]byte("\n"), breaks)...)
		lineStart := max(first, bytes.LastIndexByte(data[:last], '\n')+1)
		skel = append(skel, bytes.Repeat([]byte(" "), utf8.RuneCount(data[lineStart:last]))...)
		copied = last
	}
	if tok, err := dec.Token(); err != nil || tok != json.Delim('}') {
		return nil, false
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, false
	}
	skel = append(skel, data[copied:]...)
	root, err := parseYAML(skel)
	if err != nil || root.Kind != yaml.MappingNode {
		return nil, false
	}
	for _, r := range regions {
		found := false
		for i := 1; i < len(root.Content); i += 2 {
			if v := root.Content[i]; v.Kind == yaml.SequenceNode && len(v.Content) == 0 && v.Line == r.line && v.Column == r.col {
				l.lists[v] = r.l
				found = true
			}
		}
		if !found {
			return nil, false
		}
	}
	l.skeleton = root
	return l, true
}

// unusualJSON reports what a JSON layout does not handle: line breaks YAML knows beside
// "\n" and "\r\n" (a lone carriage return, NEL, LS, PS) and byte order marks.
func unusualJSON(data []byte) bool {
	if bytes.Contains(data, []byte("\u0085")) || bytes.Contains(data, []byte("\u2028")) ||
		bytes.Contains(data, []byte("\u2029")) || bytes.Contains(data, []byte("\ufeff")) {
		return true
	}
	for i := bytes.IndexByte(data, '\r'); i >= 0; i = nextCR(data, i) {
		if i+1 >= len(data) || data[i+1] != '\n' {
			return true
		}
	}
	return false
}

// skipSpace returns the offset of the first byte from off on that is neither JSON white
// space nor one of the separator seps, which is skipped once.
func skipSpace(data []byte, off int, sep string) int {
	skipped := false
	for off < len(data) {
		switch c := data[off]; {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
		case !skipped && c == sep[0]:
			skipped = true
		default:
			return off
		}
		off++
	}
	return off
}

// cursor turns increasing byte offsets into lines and columns (counted in characters,
// from 1, as the YAML parser counts them) in one pass over the data.
type cursor struct {
	data      []byte
	off       int
	line, col int
}

func (c *cursor) to(off int) {
	for c.off < off {
		r, n := utf8.DecodeRune(c.data[c.off:])
		c.off += n
		if r == '\n' {
			c.line, c.col = c.line+1, 1
		} else {
			c.col++
		}
	}
}
