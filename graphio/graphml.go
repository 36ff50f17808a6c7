package graphio

import (
	"encoding/csv"
	"encoding/xml"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/alliances-project/alliances"
)

// The GraphML document: keys for typed attributes, one graph of the case.
type graphmlDoc struct {
	XMLName xml.Name     `xml:"graphml"`
	XMLNS   string       `xml:"xmlns,attr"`
	XSI     string       `xml:"xmlns:xsi,attr"`
	Schema  string       `xml:"xsi:schemaLocation,attr"`
	Keys    []graphmlKey `xml:"key"`
	Graph   graphmlGraph `xml:"graph"`
}

type graphmlKey struct {
	ID   string `xml:"id,attr"`
	For  string `xml:"for,attr"`
	Name string `xml:"attr.name,attr"`
	Type string `xml:"attr.type,attr"`
}

type graphmlGraph struct {
	ID          string        `xml:"id,attr"`
	EdgeDefault string        `xml:"edgedefault,attr"`
	Data        []graphmlData `xml:"data"`
	Nodes       []graphmlNode `xml:"node"`
	Edges       []graphmlEdge `xml:"edge"`
}

type graphmlNode struct {
	ID   string        `xml:"id,attr"`
	Data []graphmlData `xml:"data"`
}

type graphmlEdge struct {
	ID     string        `xml:"id,attr"`
	Source string        `xml:"source,attr"`
	Target string        `xml:"target,attr"`
	Data   []graphmlData `xml:"data"`
}

type graphmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// graphmlKeys are the attributes, with GraphML's types: a date is a string (ISO 8601),
// "" when open or unknown.
var graphmlKeys = []graphmlKey{
	{"g_case", "graph", "case", "string"}, {"g_title", "graph", "title", "string"}, {"g_sources", "graph", "sources", "string"},
	{"n_name", "node", "name", "string"}, {"n_kind", "node", "kind", "string"}, {"n_country", "node", "country", "string"},
	{"n_province", "node", "province", "string"}, {"n_aliases", "node", "aliases", "string"}, {"n_tags", "node", "tags", "string"},
	{"e_kind", "edge", "kind", "string"}, {"e_type", "edge", "agreement_type", "string"}, {"e_sign", "edge", "sign", "int"}, {"e_directed", "edge", "directed", "boolean"},
	{"e_weight", "edge", "weight", "double"}, {"e_intensity", "edge", "intensity", "int"}, {"e_ungraded", "edge", "ungraded", "boolean"},
	{"e_start", "edge", "start", "string"}, {"e_end", "edge", "end", "string"}, {"e_valid", "edge", "valid", "string"},
	{"e_status", "edge", "status", "string"}, {"e_basis", "edge", "basis", "string"}, {"e_forms", "edge", "forms", "string"},
	{"e_third", "edge", "third", "string"}, {"e_role", "edge", "role", "string"}, {"e_credibility", "edge", "credibility", "int"},
	{"e_citations", "edge", "citations", "string"}, {"e_note", "edge", "note", "string"},
}

// WriteGraphML writes rec as GraphML, a node per actor and an edge per tie from its
// subject to its object, each attribute typed. The graph is directed (NetworkX and igraph
// refuse a graph of both kinds of edge); whether the tie itself has a direction is its
// attribute directed.
func WriteGraphML(w io.Writer, rec *alliances.Record) error {
	sources := sourcesOf(rec)
	var srcs []string
	for _, s := range rec.Sources {
		srcs = append(srcs, s.ID+" ("+s.Title+", reliability "+s.Reliability+")")
	}
	doc := graphmlDoc{XMLNS: "http://graphml.graphdrawing.org/xmlns", XSI: "http://www.w3.org/2001/XMLSchema-instance",
		Schema: "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd", Keys: graphmlKeys,
		Graph: graphmlGraph{ID: rec.Case, EdgeDefault: "directed",
			Data: []graphmlData{{"g_case", rec.Case}, {"g_title", rec.Title}, {"g_sources", strings.Join(srcs, "; ")}}}}
	for _, a := range rec.Actors {
		doc.Graph.Nodes = append(doc.Graph.Nodes, graphmlNode{ID: a.ID, Data: data([]graphmlData{
			{"n_name", name(a)}, {"n_kind", a.Kind}, {"n_country", a.Country}, {"n_province", a.Province},
			{"n_aliases", strings.Join(a.Aliases, "; ")}, {"n_tags", strings.Join(a.Tags, ", ")},
		})})
	}
	for i := range rec.Ties {
		t := &rec.Ties[i]
		e := edgeOf(t, sources)
		doc.Graph.Edges = append(doc.Graph.Edges, graphmlEdge{ID: t.ID, Source: t.Subject, Target: t.Object, Data: data([]graphmlData{
			{"e_kind", string(t.Kind)}, {"e_type", string(t.Type)}, {"e_sign", sign(t.Sign)}, {"e_directed", strconv.FormatBool(t.Directed)},
			{"e_weight", strconv.FormatFloat(e.weight, 'g', -1, 64)}, {"e_intensity", strconv.Itoa(t.Intensity)},
			{"e_ungraded", strconv.FormatBool(e.ungraded)}, {"e_start", e.start}, {"e_end", e.end}, {"e_valid", t.Valid.String()},
			{"e_status", string(t.Status)}, {"e_basis", string(t.Basis)}, {"e_forms", joinForms(t.Forms)},
			{"e_third", t.Third}, {"e_role", string(t.Role)}, {"e_credibility", strconv.Itoa(e.credibility)},
			{"e_citations", e.citations}, {"e_note", t.Note},
		})})
	}
	return writeXML(w, doc)
}

// data drops the attributes with nothing to say (a reader takes their absence as empty).
func data(ds []graphmlData) []graphmlData {
	return slices.DeleteFunc(ds, func(d graphmlData) bool { return d.Value == "" })
}

// EdgesHeader is the header of WriteEdgesCSV.
var EdgesHeader = []string{"id", "source", "target", "source_name", "target_name", "kind", "type", "sign", "directed",
	"start", "end", "valid", "valid_words", "intensity", "status", "basis", "forms", "third", "credibility", "citations", "note"}

// WriteEdgesCSV writes rec as one flat table of ties for a spreadsheet: a row per tie with
// its parties' ids and names, its sign (+, - or 0), its dates (start and end as ISO dates, "" when open or
// unknown; the EDTF, and the EDTF in words) and its evidence in one cell.
func WriteEdgesCSV(w io.Writer, rec *alliances.Record) error {
	sources := sourcesOf(rec)
	names := map[string]string{}
	for _, a := range rec.Actors {
		names[a.ID] = name(a)
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(EdgesHeader); err != nil {
		return err
	}
	for i := range rec.Ties {
		t := &rec.Ties[i]
		e := edgeOf(t, sources)
		row := []string{t.ID, t.Subject, t.Object, names[t.Subject], names[t.Object], string(t.Kind), string(t.Type),
			t.Sign.String(), strconv.FormatBool(t.Directed), e.start, e.end, t.Valid.String(), t.Valid.Words(), strconv.Itoa(t.Intensity),
			string(t.Status), string(t.Basis), joinForms(t.Forms), t.Third, strconv.Itoa(e.credibility), e.citations, t.Note}
		for i, c := range row {
			row[i] = cell(c)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// cell guards a text that a spreadsheet would take for a formula (it begins with =, +,
// -, @, a tab or a carriage return, past any single quotes) behind a single quote, which
// the spreadsheet shows as text: the rule of the case's own CSV tables (package csvio).
// A sign, + or - alone, is no formula.
func cell(s string) string {
	rest := strings.TrimLeft(s, "'")
	if s == "+" || s == "-" || rest == "" || !strings.ContainsRune("=+-@\t\r", rune(rest[0])) {
		return s
	}
	return "'" + s
}
