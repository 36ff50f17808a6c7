package casefile

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// Parse reads a case file. It returns the record and every problem found in it,
// including those alliances.Validate finds, each placed at its line and column (the
// first MaxDiagnostics of them by place, then one that counts the rest). The record is
// nil when the file is not YAML at all. The lists of a plainly laid out file are read in
// chunks (see layout), so that memory grows with the record, not with a tree of the
// whole document.
func Parse(name string, data []byte) (*alliances.Record, alliances.Diagnostics) {
	data = trimBOMs(data)
	if l, ok := lay(data); ok {
		d := &decoder{file: name, failed: map[string]bool{}, layout: l, diags: collector{limit: MaxDiagnostics}}
		rec := d.record(l.skeleton)
		if !l.broken {
			return d.finish(rec, placer{root: l.skeleton, item: l.item})
		}
	}
	return parseWhole(name, data)
}

// parseWhole reads a case file as one tree of nodes.
func parseWhole(name string, data []byte) (*alliances.Record, alliances.Diagnostics) {
	d := &decoder{file: name, failed: map[string]bool{}, diags: collector{limit: MaxDiagnostics}}
	parsed := data
	if looksJSON(data) {
		parsed = decodeSurrogates(data)
	}
	root, read, err := parseCounting(parsed)
	if err != nil {
		return nil, alliances.Diagnostics{d.syntaxError(data, err, read)}
	}
	return d.finish(d.record(root), placer{root: root})
}

// finish validates a decoded record and places each problem found at its field's line
// and column, in the order of the lists' items, so that a list read in chunks parses
// each chunk at most once more.
func (d *decoder) finish(rec *alliances.Record, at placer) (*alliances.Record, alliances.Diagnostics) {
	problems := alliances.Validate(rec)
	type key struct{ list, item, index int32 } // 12 bytes for each of millions of problems
	keys := make([]key, 0, len(problems))
	for i, p := range problems {
		if !d.failed[p.Path] { // else already reported, more precisely, while decoding
			list, item := listItem(p.Path)
			keys = append(keys, key{int32(list), int32(item), int32(i)})
		}
	}
	byItem := func(a, b key) int {
		return cmp.Or(cmp.Compare(a.list, b.list), cmp.Compare(a.item, b.item), cmp.Compare(a.index, b.index))
	}
	if !slices.IsSortedFunc(keys, byItem) {
		slices.SortFunc(keys, byItem)
	}
	found := d.diags.seq
	for _, k := range keys {
		p := problems[k.index]
		place := at.place(p.Path)
		d.diags.addAt(alliances.Diagnostic{File: d.file, Line: place.line, Column: place.col, Msg: p.Msg, Warning: p.Warning, Unknown: p.Unknown}, found+int(k.index))
	}
	rec.Normalize()
	return rec, d.diags.list()
}

// lists are the top-level lists in the order listItem numbers them.
var lists = []string{"sources", "actors", "ties", "events"}

// listItem returns the number of the top-level list a path is in and the item (2, 3 for
// "ties[3].id"), or -1, -1.
func listItem(path string) (int, int) {
	name, rest := nextName(path)
	list := slices.Index(lists, name)
	if list < 0 || !strings.HasPrefix(rest, "[") {
		return -1, -1
	}
	end := strings.IndexByte(rest, ']')
	i, err := strconv.Atoi(rest[1:max(end, 1)])
	if end < 0 || err != nil || i > math.MaxInt32 {
		return -1, -1
	}
	return list, i
}

// lay lays a case file out to be read in chunks, JSON as the YAML reader sees it, or
// reports false when it must be read whole.
func lay(data []byte) (*layout, bool) {
	if looksJSON(data) {
		return cutJSON(decodeSurrogates(data))
	}
	return cut(data)
}

// trimBOMs removes the UTF-8 byte order marks a file begins with: editors and tools that
// add one to a file that has one already make two, and the YAML reader skips only the
// first, reading the second as text that indents the whole first mapping. Columns on
// the first line are counted after them, as editors count them.
func trimBOMs(data []byte) []byte {
	for bytes.HasPrefix(data, []byte("\ufeff")) {
		data = data[len("\ufeff"):]
	}
	return data
}

// Read parses a case file and returns its record, or its errors as an
// alliances.Diagnostics error wrapped in an *alliances.Error of kind Invalid. Warnings
// do not stop it; Parse returns them.
func Read(name string, data []byte) (*alliances.Record, error) {
	rec, diags := Parse(name, data)
	if errs := diags.Errors(); len(errs) > 0 {
		return nil, &alliances.Error{Kind: alliances.Invalid, Err: errs}
	}
	return rec, nil
}

// Position returns the line and column of the value at a field path of a case file
// ("ties[3].id", as alliances.Path writes it), or of its nearest ancestor in the file;
// 0, 0 when the file does not parse.
func Position(data []byte, path string) (line, col int) {
	data = trimBOMs(data)
	if l, ok := lay(data); ok {
		p := placer{root: l.skeleton, item: l.item}.place(path)
		if !l.broken {
			return p.line, p.col
		}
	}
	if looksJSON(data) {
		data = decodeSurrogates(data)
	}
	root, err := parseYAML(data)
	if err != nil {
		return 0, 0
	}
	p := placer{root: root}.place(path)
	return p.line, p.col
}

func parseYAML(data []byte) (*yaml.Node, error) {
	root, _, err := parseCounting(data)
	return root, err
}

// parseCounting parses one YAML document and also returns how many bytes of data the
// parser had read when it stopped, which bounds where a syntax error can be.
func parseCounting(data []byte) (*yaml.Node, int, error) {
	r := &countingReader{data: data}
	dec := yaml.NewDecoder(r)
	var doc yaml.Node
	if err := dec.Decode(&doc); errors.Is(err, io.EOF) {
		return nil, r.n, errEmpty
	} else if err != nil {
		return nil, r.n, err
	}
	var extra yaml.Node
	switch err := dec.Decode(&extra); {
	case err == nil:
		return nil, r.n, fmt.Errorf("yaml: line %d: a second document, expected one case per file", extra.Line)
	case errors.Is(err, io.EOF):
	case strings.HasSuffix(err.Error(), "did not find expected <document start>"):
		return nil, r.n, afterEnd(data)
	default:
		return nil, r.n, err // a syntax error in a second document
	}
	if len(doc.Content) == 0 {
		return nil, r.n, errEmpty
	}
	return doc.Content[0], r.n, nil
}

var errEmpty = errors.New("yaml: line 1: empty file, expected a case with `case:`, `title:` and lists of sources, actors, ties and events")

// afterEnd reports the text that follows the end marker "..." of the document, which the
// YAML library would otherwise leave unread.
func afterEnd(data []byte) error {
	lines := strings.Split(string(data), "\n")
	end := 0
	for i, l := range lines {
		l = strings.TrimRight(l, "\r")
		if end == 0 && (l == "..." || strings.HasPrefix(l, "... ") || strings.HasPrefix(l, "...\t")) {
			end = i + 1
			continue
		}
		if t := strings.TrimSpace(l); end > 0 && t != "" && !strings.HasPrefix(t, "#") {
			return fmt.Errorf("yaml: line %d: text after the end of the document (\"...\" on line %d), expected nothing more: one case per file", i+1, end)
		}
	}
	return errors.New("yaml: line 1: text after the end of the document, expected nothing more: one case per file")
}

// countingReader reads data and counts the bytes read.
type countingReader struct {
	data []byte
	n    int
}

func (r *countingReader) Read(p []byte) (int, error) {
	if r.n >= len(r.data) {
		return 0, io.EOF
	}
	k := copy(p, r.data[r.n:])
	r.n += k
	return k, nil
}

type pos struct{ line, col int }

type decoder struct {
	file   string
	failed map[string]bool // fields the decoder already reported
	layout *layout         // the file read in chunks, or nil when read whole
	diags  collector
}

func (d *decoder) errorf(n *yaml.Node, format string, args ...any) {
	d.errorAt(pos{n.Line, n.Column}, format, args...)
}

func (d *decoder) errorAt(p pos, format string, args ...any) {
	d.diags.add(alliances.Diagnostic{File: d.file, Line: p.line, Column: p.col, Msg: fmt.Sprintf(format, args...)})
}

// field is how one key of a mapping is decoded: the path of the value and its node.
type field func(path string, n *yaml.Node)

// mapping decodes a mapping node through a table of fields, reporting unknown and
// repeated keys.
func (d *decoder) mapping(n *yaml.Node, path, what string, fields map[string]field) {
	n = resolve(n)
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "%s is %s, expected a mapping of fields (`key: value` lines)", what, describe(n))
		return
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, val := n.Content[i], resolve(n.Content[i+1])
		set, ok := fields[key.Value]
		switch {
		case !ok:
			d.errorf(key, "unknown field %q in %s%s", key.Value, what, suggestField(key.Value, fields))
			continue
		case seen[key.Value]:
			d.errorf(key, "field %q given twice in %s", key.Value, what)
			continue
		}
		seen[key.Value] = true
		fp := alliances.Path(path, key.Value)
		before := d.diags.seq
		set(fp, val)
		if d.diags.seq > before {
			d.failed[fp] = true
		}
	}
}

func suggestField(name string, fields map[string]field) string {
	names := make([]string, 0, len(fields))
	for k := range fields {
		names = append(names, k)
	}
	slices.Sort(names) // of two names as near, the first in alphabetical order, every time
	if best := alliances.Closest(name, names); best != "" {
		return fmt.Sprintf(", did you mean %q?", best)
	}
	return ", expected one of " + strings.Join(names, ", ")
}

// sequence calls item for each element of a sequence node.
func (d *decoder) sequence(n *yaml.Node, path, what string, item func(i int, path string, n *yaml.Node)) {
	if isNull(n) {
		return
	}
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, "%s is %s, expected a list (lines starting with `- `, or [a, b])", what, describe(n))
		return
	}
	if d.layout != nil && d.layout.lists[n] != nil {
		d.chunks(d.layout.lists[n], path, item)
		return
	}
	for i, c := range n.Content {
		item(i, alliances.Path(path, i), resolve(c))
	}
}

// chunks calls item for each element of a list read in chunks.
func (d *decoder) chunks(lst *itemList, path string, item func(i int, path string, n *yaml.Node)) {
	for ci := range lst.chunks {
		c := &lst.chunks[ci]
		items, err := d.layout.parse(c)
		if err != nil {
			return
		}
		for j, n := range items {
			item(c.first+j, alliances.Path(path, c.first+j), resolve(n))
		}
	}
}

func (d *decoder) str(n *yaml.Node, what string) string {
	if n.Kind != yaml.ScalarNode || isNull(n) {
		d.errorf(n, "%s is %s, expected text", what, describe(n))
		return ""
	}
	return n.Value
}

func (d *decoder) strs(n *yaml.Node, path, what string) []string {
	var out []string
	d.sequence(n, path, what, func(_ int, _ string, c *yaml.Node) {
		out = append(out, d.str(c, "each of "+what))
	})
	return out
}

func (d *decoder) integer(n *yaml.Node, what string) int {
	v, err := strconv.Atoi(n.Value)
	if n.Kind != yaml.ScalarNode || err != nil {
		d.errorf(n, "%s is %s, expected a whole number", what, describe(n))
		return 0
	}
	return v
}

// interval parses an EDTF value and places a syntax error on its character.
func (d *decoder) interval(n *yaml.Node, what string) edtf.Interval {
	s := d.str(n, what)
	if s == "" {
		return edtf.Interval{}
	}
	iv, err := edtf.Parse(s)
	if err == nil {
		return iv
	}
	col := n.Column
	if se, ok := errors.AsType[*edtf.SyntaxError](err); ok {
		col += se.Offset
		if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
			col++
		}
		d.errorAt(pos{n.Line, col}, "invalid %s %q: %s", what, s, se.Msg)
		return edtf.Interval{}
	}
	d.errorf(n, "invalid %s %q: %v", what, s, err)
	return edtf.Interval{}
}

func resolve(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.Tag == "!!null" }

func describe(n *yaml.Node) string {
	switch {
	case n.Kind == yaml.MappingNode:
		return "a mapping"
	case n.Kind == yaml.SequenceNode:
		return "a list"
	case isNull(n):
		return "empty"
	}
	return fmt.Sprintf("%q", n.Value)
}
