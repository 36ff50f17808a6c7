package casefile

import (
	"strconv"

	"go.yaml.in/yaml/v3"

	"github.com/alliances-project/alliances"
)

// sized returns an empty slice with room for the items of the list n, so that a large
// list is not copied as it grows; nil when n has none.
func sized[T any](d *decoder, n *yaml.Node) []T {
	k := len(n.Content)
	if d.layout != nil && d.layout.lists[n] != nil {
		k = d.layout.lists[n].count
	}
	if n.Kind != yaml.SequenceNode || k == 0 {
		return nil
	}
	return make([]T, 0, k)
}

// record decodes the top-level mapping of a case file.
func (d *decoder) record(root *yaml.Node) *alliances.Record {
	r := &alliances.Record{}
	d.mapping(root, "", "the case", map[string]field{
		"case":        func(_ string, n *yaml.Node) { r.Case = d.str(n, "case") },
		"title":       func(_ string, n *yaml.Node) { r.Title = d.str(n, "title") },
		"description": func(_ string, n *yaml.Node) { r.Description = d.str(n, "description") },
		"sources": func(p string, n *yaml.Node) {
			r.Sources = sized[alliances.Source](d, n)
			d.sequence(n, p, "sources", func(_ int, ip string, c *yaml.Node) { r.Sources = append(r.Sources, d.source(ip, c)) })
		},
		"actors": func(p string, n *yaml.Node) {
			r.Actors = sized[alliances.Actor](d, n)
			d.sequence(n, p, "actors", func(_ int, ip string, c *yaml.Node) { r.Actors = append(r.Actors, d.actor(ip, c)) })
		},
		"ties": func(p string, n *yaml.Node) {
			r.Ties = sized[alliances.Tie](d, n)
			d.sequence(n, p, "ties", func(_ int, ip string, c *yaml.Node) { r.Ties = append(r.Ties, d.tie(ip, c)) })
		},
		"events": func(p string, n *yaml.Node) {
			r.Events = sized[alliances.Event](d, n)
			d.sequence(n, p, "events", func(_ int, ip string, c *yaml.Node) { r.Events = append(r.Events, d.event(ip, c)) })
		},
	})
	return r
}

func (d *decoder) source(path string, n *yaml.Node) alliances.Source {
	var s alliances.Source
	d.mapping(n, path, "a source", map[string]field{
		"id":        func(_ string, n *yaml.Node) { s.ID = d.str(n, "id") },
		"title":     func(_ string, n *yaml.Node) { s.Title = d.str(n, "title") },
		"author":    func(_ string, n *yaml.Node) { s.Author = d.str(n, "author") },
		"publisher": func(_ string, n *yaml.Node) { s.Publisher = d.str(n, "publisher") },
		"date": func(_ string, n *yaml.Node) {
			if iv := d.interval(n, "date"); !iv.IsZero() {
				s.Date = &iv
			}
		},
		"url":         func(_ string, n *yaml.Node) { s.URL = d.str(n, "url") },
		"kind":        func(_ string, n *yaml.Node) { s.Kind = d.str(n, "kind") },
		"reliability": func(_ string, n *yaml.Node) { s.Reliability = d.str(n, "reliability") },
		"note":        func(_ string, n *yaml.Node) { s.Note = d.str(n, "note") },
		"restricted":  func(_ string, n *yaml.Node) { s.Restricted = d.boolean(n, "restricted") },
	})
	return s
}

func (d *decoder) actor(path string, n *yaml.Node) alliances.Actor {
	var a alliances.Actor
	d.mapping(n, path, "an actor", map[string]field{
		"id":          func(_ string, n *yaml.Node) { a.ID = d.str(n, "id") },
		"name":        func(_ string, n *yaml.Node) { a.Name = d.str(n, "name") },
		"aliases":     func(p string, n *yaml.Node) { a.Aliases = d.strs(n, p, "aliases") },
		"kind":        func(_ string, n *yaml.Node) { a.Kind = d.str(n, "kind") },
		"country":     func(_ string, n *yaml.Node) { a.Country = d.str(n, "country") },
		"province":    func(_ string, n *yaml.Node) { a.Province = d.str(n, "province") },
		"tags":        func(p string, n *yaml.Node) { a.Tags = d.strs(n, p, "tags") },
		"external":    func(p string, n *yaml.Node) { a.External = d.external(p, n) },
		"note":        func(_ string, n *yaml.Node) { a.Note = d.str(n, "note") },
		"merged_into": func(_ string, n *yaml.Node) { a.MergedInto = d.str(n, "merged_into") },
		"merge_note":  func(_ string, n *yaml.Node) { a.MergeNote = d.str(n, "merge_note") },
	})
	return a
}

// external decodes a map of external ids, whose keys are the schemes.
func (d *decoder) external(path string, n *yaml.Node) map[string]string {
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "external is %s, expected a mapping from scheme to id, such as `wikidata: Q42`", describe(n))
		return nil
	}
	m := map[string]string{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, val := n.Content[i], resolve(n.Content[i+1])
		if _, dup := m[key.Value]; dup {
			d.errorf(key, "external id scheme %q given twice", key.Value)
		}
		m[key.Value] = d.str(val, "external id")
	}
	return m
}

func (d *decoder) tie(path string, n *yaml.Node) alliances.Tie {
	var t alliances.Tie
	var sign, directed *yaml.Node
	d.mapping(n, path, "a tie", map[string]field{
		"id":      func(_ string, n *yaml.Node) { t.ID = d.str(n, "id") },
		"subject": func(_ string, n *yaml.Node) { t.Subject = d.str(n, "subject") },
		"object":  func(_ string, n *yaml.Node) { t.Object = d.str(n, "object") },
		"kind":    func(_ string, n *yaml.Node) { t.Kind = alliances.Kind(d.str(n, "kind")) },
		"type":    func(_ string, n *yaml.Node) { t.Type = alliances.AgreementType(d.str(n, "type")) },
		"forms": func(p string, n *yaml.Node) {
			for _, f := range d.strs(n, p, "forms") {
				t.Forms = append(t.Forms, alliances.Form(f))
			}
		},
		"third":     func(_ string, n *yaml.Node) { t.Third = d.str(n, "third") },
		"role":      func(_ string, n *yaml.Node) { t.Role = alliances.Role(d.str(n, "role")) },
		"valid":     func(_ string, n *yaml.Node) { t.Valid = d.interval(n, "valid time") },
		"intensity": func(_ string, n *yaml.Node) { t.Intensity = d.intensity(n) },
		"rank":      func(_ string, n *yaml.Node) { t.Rank = d.positive(n, "rank") },
		"status":    func(_ string, n *yaml.Node) { t.Status = alliances.Status(d.str(n, "status")) },
		"basis":     func(_ string, n *yaml.Node) { t.Basis = alliances.Basis(d.str(n, "basis")) },
		"citations": func(p string, n *yaml.Node) { t.Citations = d.citations(p, n) },
		"note":      func(_ string, n *yaml.Node) { t.Note = d.str(n, "note") },
		// sign and directed follow from the kind; exports write them for readers of the
		// JSON, and the reader accepts them when they agree.
		"sign":     func(_ string, n *yaml.Node) { sign = n },
		"directed": func(_ string, n *yaml.Node) { directed = n },
	})
	d.derived(&t, sign, directed)
	return t
}

// derived checks the sign and direction written beside a tie's kind: the sign the kind
// and agreement type give, or the one an earlier version gave the kind (files exported
// then still load).
// boolean reads true or false.
func (d *decoder) boolean(n *yaml.Node, what string) bool {
	if n.Kind == yaml.ScalarNode && (n.Value == "true" || n.Value == "false") {
		return n.Value == "true"
	}
	d.errorf(n, "%s %q, expected true or false", what, n.Value)
	return false
}

func (d *decoder) derived(t *alliances.Tie, sign, directed *yaml.Node) {
	if !t.Kind.Valid() {
		return
	}
	if sign != nil {
		if s, ok := alliances.ParseSign(sign.Value); !ok || !alliances.AcceptsSign(t.Kind, t.Type, s) {
			d.errorf(sign, "sign %q does not fit kind %s, expected %s", sign.Value, kindLabel(t), alliances.SignOf(t.Kind, t.Type))
		}
	}
	if directed != nil {
		if b, err := strconv.ParseBool(directed.Value); err != nil || b != t.Kind.Directed() {
			d.errorf(directed, "directed %q does not fit kind %s, expected %t", directed.Value, t.Kind, t.Kind.Directed())
		}
	}
}

// kindLabel names a tie's kind with its agreement type: "agreement of type cease-fire".
func kindLabel(t *alliances.Tie) string {
	if t.Type != "" {
		return string(t.Kind) + " of type " + string(t.Type)
	}
	return string(t.Kind)
}

// intensity reads an intensity, which when given must be 1 to 5 (0 is not "unknown":
// unknown is written by leaving the field out).
func (d *decoder) intensity(n *yaml.Node) int {
	v := d.integer(n, "intensity")
	if v < 1 || v > 5 {
		d.errorf(n, "intensity %s out of range, expected 1 (token) to 5 (decisive), or no intensity when unknown", n.Value)
		return 0
	}
	return v
}

// credibility reads a credibility, which must be 1 to 6.
func (d *decoder) credibility(n *yaml.Node) alliances.Credibility {
	c := alliances.Credibility(d.integer(n, "credibility"))
	if !c.Valid() {
		d.errorf(n, "credibility %s out of range, expected 1 (confirmed) to 6 (cannot be judged)", n.Value)
		return 0
	}
	return c
}

func (d *decoder) positive(n *yaml.Node, what string) int {
	v := d.integer(n, what)
	if v < 1 {
		d.errorf(n, "%s %s out of range, expected 1 or more", what, n.Value)
		return 0
	}
	return v
}

func (d *decoder) citations(path string, n *yaml.Node) []alliances.Citation {
	var cs []alliances.Citation
	d.sequence(n, path, "citations", func(_ int, ip string, n *yaml.Node) {
		var c alliances.Citation
		d.mapping(n, ip, "a citation", map[string]field{
			"source":        func(_ string, n *yaml.Node) { c.Source = d.str(n, "source") },
			"locator":       func(_ string, n *yaml.Node) { c.Locator = d.str(n, "locator") },
			"credibility":   func(_ string, n *yaml.Node) { c.Credibility = d.credibility(n) },
			"attributed_to": func(_ string, n *yaml.Node) { c.AttributedTo = d.str(n, "attributed_to") },
			"stance":        func(_ string, n *yaml.Node) { c.Stance = alliances.Stance(d.str(n, "stance")) },
			"note":          func(_ string, n *yaml.Node) { c.Note = d.str(n, "note") },
		})
		cs = append(cs, c)
	})
	return cs
}

func (d *decoder) event(path string, n *yaml.Node) alliances.Event {
	var e alliances.Event
	d.mapping(n, path, "an event", map[string]field{
		"id":        func(_ string, n *yaml.Node) { e.ID = d.str(n, "id") },
		"title":     func(_ string, n *yaml.Node) { e.Title = d.str(n, "title") },
		"date":      func(_ string, n *yaml.Node) { e.Date = d.interval(n, "date") },
		"type":      func(_ string, n *yaml.Node) { e.Type = d.str(n, "type") },
		"actors":    func(p string, n *yaml.Node) { e.Actors = d.strs(n, p, "actors") },
		"citations": func(p string, n *yaml.Node) { e.Citations = d.citations(p, n) },
		"note":      func(_ string, n *yaml.Node) { e.Note = d.str(n, "note") },
	})
	return e
}
