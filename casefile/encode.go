package casefile

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/alliances-project/alliances"
)

// Write writes a record as a case file, fields in the documented order, empty fields
// left out. Reading what Write wrote gives back an equal record.
func Write(w io.Writer, r *alliances.Record) error {
	doc := mapNode(
		"case", str(r.Case),
		"title", str(r.Title),
		"description", str(r.Description),
		"sources", list(r.Sources, sourceNode),
		"actors", list(r.Actors, actorNode),
		"ties", list(r.Ties, tieNode),
		"events", list(r.Events, eventNode),
	)
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return err
	}
	return enc.Close()
}

// WriteJSON writes a record as indented JSON with top-level case, title, sources, actors,
// ties and events. The case file reader reads it back.
func WriteJSON(w io.Writer, r *alliances.Record) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return err
	}
	_, err := w.Write(escapeUnprintable(buf.Bytes()))
	return err
}

// escapeUnprintable writes as \uXXXX escapes the characters that JSON allows raw but
// YAML (and so the case-file reader) does not: DEL, the C1 controls (NEL, U+0085, the
// reader would take raw for a line break, and fold into a space), and the
// noncharacters U+FFFE and U+FFFF. They can only occur inside JSON strings, where the
// escape means the same character.
func escapeUnprintable(b []byte) []byte {
	if !bytes.ContainsFunc(b, unprintable) {
		return b
	}
	var out bytes.Buffer
	for _, r := range string(b) {
		if unprintable(r) {
			fmt.Fprintf(&out, "\\u%04x", r)
			continue
		}
		out.WriteRune(r)
	}
	return out.Bytes()
}

func unprintable(r rune) bool {
	return r == 0x7f || (r >= 0x80 && r <= 0x9f) || r == 0xfffe || r == 0xffff
}

func sourceNode(s alliances.Source) *yaml.Node {
	date := ""
	if s.Date != nil {
		date = s.Date.String()
	}
	return mapNode("id", str(s.ID), "title", str(s.Title), "author", str(s.Author),
		"publisher", str(s.Publisher), "date", plain(date), "url", str(s.URL),
		"kind", str(s.Kind), "reliability", str(s.Reliability), "note", str(s.Note), "restricted", flag(s.Restricted))
}

func actorNode(a alliances.Actor) *yaml.Node {
	ext := mapNode()
	for _, k := range slices.Sorted(maps.Keys(a.External)) {
		ext.Content = append(ext.Content, text(k), text(a.External[k]))
	}
	return mapNode("id", str(a.ID), "name", str(a.Name), "aliases", flow(a.Aliases),
		"kind", str(a.Kind), "country", str(a.Country), "province", str(a.Province),
		"tags", flow(a.Tags), "external", ext, "note", str(a.Note),
		"merged_into", str(a.MergedInto), "merge_note", str(a.MergeNote))
}

func tieNode(t alliances.Tie) *yaml.Node {
	status := t.Status
	if status == alliances.Reported {
		status = ""
	}
	role := t.Role
	if role == alliances.Member {
		role = ""
	}
	return mapNode("id", str(t.ID), "subject", str(t.Subject), "object", str(t.Object),
		"kind", str(string(t.Kind)), "type", str(string(t.Type)), "forms", flow(t.Forms), "third", str(t.Third),
		"role", str(string(role)), "valid", plain(t.Valid.String()), "intensity", num(t.Intensity),
		"rank", num(t.Rank), "status", str(string(status)), "basis", str(string(t.Basis)),
		"citations", list(t.Citations, citationNode),
		"note", str(t.Note))
}

func citationNode(c alliances.Citation) *yaml.Node {
	stance := c.Stance
	if stance == alliances.Asserts {
		stance = ""
	}
	return mapNode("source", str(c.Source), "locator", str(c.Locator), "credibility", num(int(c.Credibility)),
		"attributed_to", str(c.AttributedTo), "stance", str(string(stance)), "note", str(c.Note))
}

func eventNode(e alliances.Event) *yaml.Node {
	return mapNode("id", str(e.ID), "title", str(e.Title), "date", plain(e.Date.String()),
		"type", str(e.Type), "actors", flow(e.Actors), "citations", list(e.Citations, citationNode),
		"note", str(e.Note))
}

// mapNode builds a mapping from key, value pairs, leaving out nil values.
func mapNode(kv ...any) *yaml.Node {
	n := &yaml.Node{Kind: yaml.MappingNode}
	for i := 0; i+1 < len(kv); i += 2 {
		v, _ := kv[i+1].(*yaml.Node)
		if v == nil || (v.Kind != yaml.ScalarNode && len(v.Content) == 0) {
			continue
		}
		n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: kv[i].(string)}, v)
	}
	return n
}

// str is a text scalar, quoted by the encoder where YAML would read it otherwise.
func str(s string) *yaml.Node {
	if s == "" {
		return nil
	}
	return text(s)
}

// text is a text scalar, even when empty (inside lists and maps, where leaving it out
// would change the record). Text of several lines is written as a literal block, unless
// one of its lines begins with a tab: the reader takes a tab there for indentation and
// refuses it, so such text is written in double quotes.
func text(s string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	if strings.HasPrefix(s, "\t") && strings.Contains(s, "\n") || strings.Contains(s, "\n\t") {
		n.Style = yaml.DoubleQuotedStyle
	}
	return n
}

// plain is a scalar written as it is where YAML allows it (EDTF dates: 2021, 2016/..);
// the reader takes its text, whatever type YAML would give it.
func plain(s string) *yaml.Node {
	if s == "" {
		return nil
	}
	n := &yaml.Node{Kind: yaml.ScalarNode, Value: s}
	if s[0] == '-' || s[0] == '?' || s[0] == '%' {
		n.Style = yaml.DoubleQuotedStyle
	}
	return n
}

func num(v int) *yaml.Node {
	if v == 0 {
		return nil
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(v)}
}

func flow[T ~string](xs []T) *yaml.Node {
	n := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
	for _, x := range xs {
		n.Content = append(n.Content, text(string(x)))
	}
	return n
}

func list[T any](xs []T, node func(T) *yaml.Node) *yaml.Node {
	n := &yaml.Node{Kind: yaml.SequenceNode}
	for _, x := range xs {
		n.Content = append(n.Content, node(x))
	}
	return n
}

// flag is true, or nothing for false.
func flag(b bool) *yaml.Node {
	if !b {
		return nil
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"}
}
