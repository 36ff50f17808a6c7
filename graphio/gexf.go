package graphio

import (
	"encoding/xml"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/alliances-project/alliances"
)

// The GEXF 1.3 document, as much of it as a case needs.
type gexfDoc struct {
	XMLName xml.Name `xml:"gexf"`
	XMLNS   string   `xml:"xmlns,attr"`
	XSI     string   `xml:"xmlns:xsi,attr"`
	Schema  string   `xml:"xsi:schemaLocation,attr"`
	Version string   `xml:"version,attr"`
	Meta    gexfMeta `xml:"meta"`
	Graph   gexfGraph
}

type gexfMeta struct {
	LastModified string `xml:"lastmodifieddate,attr"`
	Creator      string `xml:"creator"`
	Description  string `xml:"description"`
}

type gexfGraph struct {
	XMLName    xml.Name         `xml:"graph"`
	Mode       string           `xml:"mode,attr"`
	EdgeType   string           `xml:"defaultedgetype,attr"`
	TimeFormat string           `xml:"timeformat,attr"`
	TimeRep    string           `xml:"timerepresentation,attr"`
	Attributes []gexfAttributes `xml:"attributes"`
	Nodes      []gexfNode       `xml:"nodes>node"`
	Edges      []gexfEdge       `xml:"edges>edge"`
}

type gexfAttributes struct {
	Class string          `xml:"class,attr"`
	Attrs []gexfAttribute `xml:"attribute"`
}

type gexfAttribute struct {
	ID    string `xml:"id,attr"`
	Title string `xml:"title,attr"`
	Type  string `xml:"type,attr"`
}

type gexfNode struct {
	ID     string      `xml:"id,attr"`
	Label  string      `xml:"label,attr"`
	Values []gexfValue `xml:"attvalues>attvalue"`
	Spells []gexfSpell `xml:"spells>spell,omitempty"`
}

type gexfEdge struct {
	ID     string      `xml:"id,attr"`
	Source string      `xml:"source,attr"`
	Target string      `xml:"target,attr"`
	Label  string      `xml:"label,attr"`
	Weight string      `xml:"weight,attr"`
	Values []gexfValue `xml:"attvalues>attvalue"`
	Spells []gexfSpell `xml:"spells>spell"`
}

type gexfValue struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

// gexfSpell is when an edge holds; an open or unknown end is left out, which GEXF reads
// as unbounded.
type gexfSpell struct {
	Start string `xml:"start,attr,omitempty"`
	End   string `xml:"end,attr,omitempty"`
}

var (
	gexfNodeAttrs = []gexfAttribute{
		{"kind", "kind", "string"}, {"country", "country", "string"}, {"province", "province", "string"},
		{"aliases", "aliases", "string"}, {"tags", "tags", "string"},
	}
	gexfEdgeAttrs = []gexfAttribute{
		{"kind", "kind", "string"}, {"type", "agreement type", "string"}, {"sign", "sign", "integer"}, {"directed", "directed", "boolean"},
		{"intensity", "intensity", "integer"}, {"ungraded", "ungraded", "boolean"}, {"status", "status", "string"},
		{"basis", "basis", "string"}, {"valid", "valid (EDTF)", "string"}, {"forms", "forms", "string"},
		{"third", "third party", "string"}, {"role", "role", "string"}, {"credibility", "best credibility", "integer"},
		{"citations", "citations", "string"}, {"note", "note", "string"},
	}
)

// WriteGEXF writes rec as a dynamic GEXF 1.3 graph: each tie an edge from its subject to
// its object with one spell, the days it certainly covers, so that Gephi's timeline shows
// the ties of each date. Every edge is written directed, as the readers of GEXF
// (NetworkX, Gephi's filters) want one kind of edge in a graph; whether the tie itself
// has a direction is its attribute directed.
func WriteGEXF(w io.Writer, rec *alliances.Record) error {
	sources := sourcesOf(rec)
	var desc strings.Builder
	desc.WriteString(rec.Title)
	if rec.Description != "" {
		desc.WriteString(". " + rec.Description)
	}
	desc.WriteString(" Sources:")
	for _, s := range rec.Sources {
		desc.WriteString(" " + s.ID + " (" + s.Title + ", reliability " + s.Reliability + ");")
	}
	doc := gexfDoc{
		XMLNS: "http://gexf.net/1.3", XSI: "http://www.w3.org/2001/XMLSchema-instance",
		Schema: "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", Version: "1.3",
		Meta: gexfMeta{LastModified: time.Now().UTC().Format(time.DateOnly), Creator: "alliances, case " + rec.Case, Description: desc.String()},
		Graph: gexfGraph{Mode: "dynamic", EdgeType: "directed", TimeFormat: "date", TimeRep: "interval",
			Attributes: []gexfAttributes{{Class: "node", Attrs: gexfNodeAttrs}, {Class: "edge", Attrs: gexfEdgeAttrs}},
			Nodes:      []gexfNode{}, Edges: []gexfEdge{}},
	}
	for _, a := range rec.Actors {
		doc.Graph.Nodes = append(doc.Graph.Nodes, gexfNode{ID: a.ID, Label: name(a), Values: nonEmpty([]gexfValue{
			{"kind", a.Kind}, {"country", a.Country}, {"province", a.Province},
			{"aliases", strings.Join(a.Aliases, "; ")}, {"tags", strings.Join(a.Tags, ", ")},
		})})
	}
	for i := range rec.Ties {
		t := &rec.Ties[i]
		e := edgeOf(t, sources)
		ge := gexfEdge{ID: t.ID, Source: t.Subject, Target: t.Object, Label: string(t.Kind),
			Weight: strconv.FormatFloat(e.weight, 'g', -1, 64),
			Values: nonEmpty([]gexfValue{
				{"kind", string(t.Kind)}, {"type", string(t.Type)}, {"sign", sign(t.Sign)}, {"directed", strconv.FormatBool(t.Directed)},
				{"intensity", strconv.Itoa(t.Intensity)}, {"ungraded", strconv.FormatBool(e.ungraded)},
				{"status", string(t.Status)}, {"basis", string(t.Basis)}, {"valid", t.Valid.String()},
				{"forms", joinForms(t.Forms)}, {"third", t.Third}, {"role", string(t.Role)},
				{"credibility", strconv.Itoa(e.credibility)}, {"citations", e.citations}, {"note", t.Note},
			})}
		if e.start != "" || e.end != "" {
			ge.Spells = []gexfSpell{{Start: e.start, End: e.end}}
		} else {
			ge.Spells = []gexfSpell{{}} // no bound on either side: every date
		}
		doc.Graph.Edges = append(doc.Graph.Edges, ge)
	}
	nodeSpells(doc.Graph.Nodes, doc.Graph.Edges)
	return writeXML(w, doc)
}

// nodeSpells gives each node with edges one spell, from the earliest start of its edges to
// their latest end (unbounded on a side where one of them is), so that Gephi's timeline
// shows an actor while it has ties; a node without edges is there at every date.
func nodeSpells(nodes []gexfNode, edges []gexfEdge) {
	type span struct {
		start, end    string
		open, openEnd bool // some edge unbounded at the start, at the end
	}
	spans := map[string]*span{}
	for _, e := range edges {
		for _, id := range []string{e.Source, e.Target} {
			s := spans[id]
			if s == nil {
				s = &span{start: e.Spells[0].Start, end: e.Spells[0].End}
				spans[id] = s
			}
			sp := e.Spells[0]
			if sp.Start == "" || s.open {
				s.open, s.start = true, ""
			} else if sp.Start < s.start {
				s.start = sp.Start
			}
			if sp.End == "" || s.openEnd {
				s.openEnd, s.end = true, ""
			} else if sp.End > s.end {
				s.end = sp.End
			}
		}
	}
	for i := range nodes {
		if s := spans[nodes[i].ID]; s != nil && (s.start != "" || s.end != "") {
			nodes[i].Spells = []gexfSpell{{Start: s.start, End: s.end}}
		}
	}
}

// nonEmpty drops the values with nothing to say (a reader takes their absence as empty).
func nonEmpty(vs []gexfValue) []gexfValue {
	return slices.DeleteFunc(vs, func(v gexfValue) bool { return v.Value == "" })
}
