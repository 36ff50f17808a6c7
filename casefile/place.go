package casefile

import (
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// placer finds the position of a field path in a parsed case file on demand, as the
// decoder reads it: the position of the value of the first of its keys in a mapping
// (of the last key itself in a map of external ids), of an element of a list, or else of
// its nearest ancestor. Nothing is kept per field while decoding; the positions of the
// few paths that problems name are found again afterwards.
type placer struct {
	root *yaml.Node
	// item returns element i of the list n, or nil when there is none. It lets a list
	// whose elements were not kept (see layout) read them again.
	item func(n *yaml.Node, i int) *yaml.Node
}

// place returns the position of path, or of its nearest ancestor in the file: the root
// for a missing case or title, line 1, column 1 for any other missing top-level field.
func (p placer) place(path string) pos {
	if path == "" || p.root == nil {
		return pos{1, 1}
	}
	root := resolve(p.root)
	name, rest := nextName(path)
	val := firstValue(root, name)
	if val == nil {
		if name == "case" || name == "title" {
			return pos{root.Line, root.Column}
		}
		return pos{1, 1}
	}
	return p.descend(val, rest)
}

// descend follows the rest of a path (".name" and "[i]" steps) from the value n.
func (p placer) descend(n *yaml.Node, rest string) pos {
	at := pos{n.Line, n.Column}
	for rest != "" {
		var next *yaml.Node
		if rest[0] == '[' {
			end := strings.IndexByte(rest, ']')
			i, err := strconv.Atoi(rest[1:max(end, 1)])
			if end < 0 || err != nil || n.Kind != yaml.SequenceNode {
				return at
			}
			rest = rest[end+1:]
			next = p.element(n, i)
		} else {
			var name string
			name, rest = nextName(rest[1:])
			if n.Kind != yaml.MappingNode {
				return at
			}
			if name == "external" {
				if ext := firstValue(n, name); ext != nil && rest != "" {
					return externalKey(ext, rest[1:], pos{ext.Line, ext.Column})
				}
			}
			next = firstValue(n, name)
		}
		if next == nil {
			return at
		}
		n = resolve(next)
		at = pos{n.Line, n.Column}
	}
	return at
}

func (p placer) element(n *yaml.Node, i int) *yaml.Node {
	if p.item != nil {
		return p.item(n, i)
	}
	if i < 0 || i >= len(n.Content) {
		return nil
	}
	return n.Content[i]
}

// externalKey places a scheme in a map of external ids: at its last key, the one the
// decoder keeps, or at the map. A scheme may hold dots and brackets: the longest prefix
// of it that is a key wins, as for any path.
func externalKey(n *yaml.Node, scheme string, at pos) pos {
	if n.Kind != yaml.MappingNode {
		return at
	}
	for scheme != "" {
		for i := len(n.Content) - 2; i >= 0; i -= 2 {
			if k := n.Content[i]; k.Value == scheme {
				return pos{k.Line, k.Column}
			}
		}
		i := strings.LastIndexAny(scheme, ".[")
		if i < 0 {
			break
		}
		scheme = scheme[:i]
	}
	return at
}

// firstValue returns the value of the first key name of a mapping node, resolved, or nil.
func firstValue(n *yaml.Node, name string) *yaml.Node {
	if n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == name {
			return resolve(n.Content[i+1])
		}
	}
	return nil
}

// nextName splits a path into its first name and the rest, which starts with "." or "[".
func nextName(path string) (string, string) {
	if i := strings.IndexAny(path, ".["); i >= 0 {
		return path[:i], path[i:]
	}
	return path, ""
}
