package casefile

import (
	"bytes"
	"errors"
	"slices"
	"sort"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// chunkItems is how many items of a list are parsed together when a case file is read
// list item by list item.
const chunkItems = 64

// A layout is a case file cut where its structure is plain to see: the top level
// without the items of its lists (the skeleton, a small document), and each list's items
// in chunks parsed one at a time. A large case is then never held as one tree of nodes: a
// chunk's nodes are dropped once its items are decoded, and found again by parsing that
// chunk alone when a problem must be placed in it. cut lays out block-style YAML, cutJSON
// JSON. Any file whose structure is not plain (for YAML: flow style at the top, tabs,
// directives, byte order marks or line breaks other than "\n" and "\r\n", a list key
// given twice, lines the cut cannot place, text not in UTF-8) is read whole instead, as
// is a file whose pieces do not parse, or parse to other than the items counted: errors
// are always reported by reading the whole file.
type layout struct {
	data     []byte
	skeleton *yaml.Node
	lists    map[*yaml.Node]*itemList // the skeleton's stand-ins for the lists
	// the chunk parsed last, kept for placing problems
	last      *chunk
	lastItems []*yaml.Node
	broken    bool // a chunk did not parse to the items counted
}

// itemList is a top-level list of a layout.
type itemList struct {
	chunks []chunk
	count  int
}

// chunk is a run of items of a list: the bytes from off to end, starting at a line.
type chunk struct {
	off, end int
	line     int
	first, n int // index of its first item, and how many
	// col is the column of off for the elements of a JSON array, which are parsed
	// between brackets; 0 for the items of a block list, parsed as they are.
	col int
}

var errLayout = errors.New("the file is not laid out plainly")

// listKeys are the top-level keys whose lists are read in chunks.
var listKeys = map[string]bool{"sources": true, "actors": true, "ties": true, "events": true}

// cut lays data out, or reports false when it must be read whole.
func cut(data []byte) (*layout, bool) {
	if looksJSON(data) || unusual(data) || !utf8.Valid(data) {
		return nil, false
	}
	l := &layout{data: data, lists: map[*yaml.Node]*itemList{}}
	var skel []byte
	var segs []segment // skeleton line -> line of data
	skelLines := 0
	keep := func(line, off, end int) {
		skelLines++
		if n := len(segs); n == 0 || segs[n-1].to+(skelLines-segs[n-1].from) != line {
			segs = append(segs, segment{from: skelLines, to: line})
		}
		skel = append(skel, data[off:end]...)
	}
	type pending struct {
		key     string
		keyLine int
		line    int
		col     int
		l       *itemList
	}
	var regions []pending
	seen := map[string]bool{}
	s := scanner{data: data}
	for s.next() {
		key, isKey := listKey(s.text())
		if !isKey {
			keep(s.line, s.off, s.end)
			continue
		}
		if seen[key] {
			return nil, false
		}
		seen[key] = true
		keyLine := s.line
		keep(s.line, s.off, s.end)
		// Blank lines and comments may stand between the key and its first item.
		for s.peek() && blankOrComment(s.peekText()) {
			s.next()
			keep(s.line, s.off, s.end)
		}
		k, ok := s.peekItem()
		if !ok {
			continue
		}
		lst, ok := s.items(k)
		if !ok {
			return nil, false
		}
		regions = append(regions, pending{key: key, keyLine: keyLine, line: lst.chunks[0].line, col: k + 1, l: lst})
	}
	root, err := parseYAML(skel)
	if err != nil || root.Kind != yaml.MappingNode {
		return nil, false
	}
	shiftSegments(root, segs)
	for _, r := range regions {
		found := false
		for i := 0; i+1 < len(root.Content); i += 2 {
			key, val := root.Content[i], root.Content[i+1]
			if key.Line != r.keyLine || key.Value != r.key || !isNull(val) || val.Tag != "!!null" || val.Value != "" {
				continue
			}
			stand := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Line: r.line, Column: r.col}
			root.Content[i+1] = stand
			l.lists[stand] = r.l
			found = true
		}
		if !found {
			return nil, false
		}
	}
	l.skeleton = root
	return l, true
}

// unusual reports what a layout does not handle: a tab or a carriage return not before
// a line feed, line breaks YAML knows beside "\n" (NEL, LS, PS), byte order marks, and
// directives.
func unusual(data []byte) bool {
	if bytes.Contains(data, []byte("\u0085")) || bytes.Contains(data, []byte("\u2028")) ||
		bytes.Contains(data, []byte("\u2029")) || bytes.Contains(data, []byte("\ufeff")) ||
		bytes.IndexByte(data, '\t') >= 0 || bytes.HasPrefix(data, []byte("%")) || bytes.Contains(data, []byte("\n%")) {
		return true
	}
	for i := bytes.IndexByte(data, '\r'); i >= 0; i = nextCR(data, i) {
		if i+1 >= len(data) || data[i+1] != '\n' {
			return true
		}
	}
	return false
}

func nextCR(data []byte, i int) int {
	j := bytes.IndexByte(data[i+1:], '\r')
	if j < 0 {
		return -1
	}
	return i + 1 + j
}

// listKey reports whether a line is a top-level list key with nothing after it but a
// comment: "ties:", "ties:  # comment".
func listKey(line []byte) (string, bool) {
	i := bytes.IndexByte(line, ':')
	if i <= 0 || !listKeys[string(line[:i])] {
		return "", false
	}
	rest := bytes.TrimRight(line[i+1:], " \r")
	if len(rest) == 0 {
		return string(line[:i]), true
	}
	if rest[0] == ' ' {
		if t := bytes.TrimLeft(rest, " "); t[0] == '#' {
			return string(line[:i]), true
		}
	}
	return "", false
}

func blankOrComment(line []byte) bool {
	t := bytes.TrimLeft(line, " ")
	return len(bytes.TrimRight(t, "\r")) == 0 || t[0] == '#'
}

// indent returns the number of spaces a line starts with.
func indent(line []byte) int { return len(line) - len(bytes.TrimLeft(line, " ")) }

// itemAt reports whether a line starts an item of a block list at indentation k.
func itemAt(line []byte, k int) bool {
	if indent(line) != k || len(line) <= k || line[k] != '-' {
		return false
	}
	rest := line[k+1:]
	return len(rest) == 0 || rest[0] == ' ' || rest[0] == '\r'
}

// scanner walks the lines of data.
type scanner struct {
	data           []byte
	off, end, line int // the current line: its bytes (with its line feed) and number
}

func (s *scanner) next() bool {
	if s.end >= len(s.data) {
		return false
	}
	s.off, s.line = s.end, s.line+1
	s.end = lineEnd(s.data, s.off)
	return true
}

func (s *scanner) text() []byte { return bytes.TrimSuffix(s.data[s.off:s.end], []byte("\n")) }

func (s *scanner) peek() bool { return s.end < len(s.data) }

func (s *scanner) peekText() []byte {
	return bytes.TrimSuffix(s.data[s.end:lineEnd(s.data, s.end)], []byte("\n"))
}

// peekItem reports whether the next line starts a block list item, and at what indentation.
func (s *scanner) peekItem() (int, bool) {
	if !s.peek() {
		return 0, false
	}
	t := s.peekText()
	k := indent(t)
	return k, itemAt(t, k)
}

func lineEnd(data []byte, off int) int {
	if i := bytes.IndexByte(data[off:], '\n'); i >= 0 {
		return off + i + 1
	}
	return len(data)
}

// items reads the items of a list at indentation k, the next line starting the first,
// up to the first line at indentation 0 that is not one of them. It reports false for a
// line it cannot place: one less indented than the items but not at the top level, or as
// indented but no item.
func (s *scanner) items(k int) (*itemList, bool) {
	lst := &itemList{}
	var c *chunk
	for s.peek() {
		t := s.peekText()
		switch {
		case blankOrComment(t):
		case itemAt(t, k):
			if c == nil || c.n == chunkItems {
				if c != nil {
					lst.chunks = append(lst.chunks, *c)
				}
				c = &chunk{off: s.end, line: s.line + 1, first: lst.count}
			}
			c.n++
			lst.count++
		case indent(t) == 0:
			c.end = s.end
			lst.chunks = append(lst.chunks, *c)
			return lst, true
		case indent(t) <= k:
			return nil, false
		}
		s.next()
		c.end = s.end
	}
	lst.chunks = append(lst.chunks, *c)
	return lst, true
}

// segment says that skeleton line from is line to of the file, and so are the lines after
// it up to the next segment.
type segment struct{ from, to int }

// shiftSegments puts the skeleton's nodes on their lines in the file.
func shiftSegments(n *yaml.Node, segs []segment) {
	i := sort.Search(len(segs), func(i int) bool { return segs[i].from > n.Line }) - 1
	if i >= 0 {
		n.Line += segs[i].to - segs[i].from
	}
	for _, c := range n.Content {
		shiftSegments(c, segs)
	}
}

// shift moves every node of a chunk's tree down by lines.
func shift(n *yaml.Node, lines int) {
	n.Line += lines
	for _, c := range n.Content {
		shift(c, lines)
	}
}

// shiftFirstLine moves the nodes on the first line of a chunk's tree right by cols.
func shiftFirstLine(n *yaml.Node, cols int) {
	if n.Line == 1 {
		n.Column += cols
	}
	for _, c := range n.Content {
		shiftFirstLine(c, cols)
	}
}

// parse parses a chunk and returns its items, or errLayout when they are not the items
// counted.
func (l *layout) parse(c *chunk) ([]*yaml.Node, error) {
	if l.last == c {
		return l.lastItems, nil
	}
	text := l.data[c.off:c.end]
	if c.col > 0 {
		text = slices.Concat([]byte("["), text, []byte("]"))
	}
	n, err := parseYAML(text)
	if err != nil || n.Kind != yaml.SequenceNode || len(n.Content) != c.n {
		l.broken = true
		return nil, errLayout
	}
	if c.col > 0 {
		shiftFirstLine(n, c.col-2) // the bracket put before off moved it one column on
	}
	shift(n, c.line-1)
	l.last, l.lastItems = c, n.Content
	return n.Content, nil
}

// item returns item i of a list of the skeleton, parsing its chunk again, or nil.
func (l *layout) item(n *yaml.Node, i int) *yaml.Node {
	lst := l.lists[n]
	if lst == nil {
		if i < 0 || i >= len(n.Content) {
			return nil
		}
		return n.Content[i]
	}
	if i < 0 || i >= lst.count {
		return nil
	}
	c := &lst.chunks[i/chunkItems]
	items, err := l.parse(c)
	if err != nil {
		return nil
	}
	return items[i-c.first]
}
