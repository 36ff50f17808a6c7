package graph

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// EdgeList is a graph read from a text edge list, with the original node names.
type EdgeList struct {
	Names []string // node index -> name
	Edges []Edge
}

// ReadEdgeList reads an edge list: one edge a line, `from to [sign-or-weight ...]`,
// separated by spaces, tabs or commas; lines starting with # or % are comments, and a
// first line whose third field is not a number is taken as a header. A third field is
// read as the edge's sign when it is -1, 0 or 1 and as its weight otherwise (its sign
// being then that of the number). Nodes are numbered in order of appearance.
func ReadEdgeList(r io.Reader) (*EdgeList, error) {
	el := &EdgeList{}
	index := map[string]int32{}
	node := func(name string) int32 {
		id, ok := index[name]
		if !ok {
			id = int32(len(el.Names))
			index[name] = id
			el.Names = append(el.Names, name)
		}
		return id
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || text[0] == '#' || text[0] == '%' {
			continue
		}
		f := strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == '\t' || r == ',' })
		if len(f) < 2 {
			return nil, fmt.Errorf("line %d: %q has %d fields, expected at least two (from, to)", line, text, len(f))
		}
		e := Edge{W: 1, S: 1}
		if len(f) >= 3 {
			x, err := strconv.ParseFloat(f[2], 64)
			if err != nil {
				if len(el.Edges) == 0 && len(el.Names) == 0 {
					continue // a header
				}
				return nil, fmt.Errorf("line %d: third field %q is not a number, expected a sign or a weight", line, f[2])
			}
			e.S = SignOf(x)
			if x != 1 && x != -1 && x != 0 {
				e.W = max(x, -x)
			}
		}
		e.From, e.To = node(f[0]), node(f[1])
		el.Edges = append(el.Edges, e)
	}
	return el, sc.Err()
}
