// Package graphio writes a case for the network tools analysts hand their work to: GEXF
// 1.3 with dynamic spells, so that Gephi's timeline plays the record; GraphML with typed
// attributes, for yEd, igraph and NetworkX; STIX 2.1 bundles, for threat-intelligence
// platforms such as OpenCTI; and a flat edge list for spreadsheets.
//
// Every actor is a node and every tie an edge between its subject and object (a
// mediation's mediator is the edge's third attribute), with its kind, sign, direction,
// intensity, status, basis and valid time, and its provenance: each citation's source,
// locator, credibility, attribution and stance, in the format's own attributes. The days
// of a tie are those it certainly covers (see edtf.Interval.Strict); an open or unknown
// end is left out, and the EDTF the analyst wrote is kept beside.
package graphio

import (
	"cmp"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// edge is what every format writes of a tie.
type edge struct {
	t           *alliances.Tie
	start, end  string // ISO dates of the days the tie certainly covers; "" for an open or unknown end
	weight      float64
	ungraded    bool
	credibility int
	citations   string
}

func edgeOf(t *alliances.Tie, sources map[string]alliances.Source) edge {
	e := edge{t: t, weight: float64(t.Intensity), credibility: int(alliances.BestCredibility(t.Citations)), citations: Citations(t.Citations, sources)}
	if t.Intensity == 0 {
		e.weight, e.ungraded = 3, true // the middle of the scale, as the analyses weigh it
	}
	s := t.Valid.Strict()
	if t.Valid.Start().Kind == edtf.Closed && s.First > edtf.MinDay {
		e.start = s.First.String()
	}
	if t.Valid.End().Kind == edtf.Closed && s.Last < edtf.MaxDay {
		e.end = s.Last.String()
	}
	return e
}

// Citations writes a tie's evidence in one line: each citation's source (its title and
// reliability the first time it is named), locator, credibility, attribution and stance,
// separated by "; ".
func Citations(cs []alliances.Citation, sources map[string]alliances.Source) string {
	parts := make([]string, 0, len(cs))
	named := map[string]bool{}
	for _, c := range cs {
		var b strings.Builder
		b.WriteString(c.Source)
		if s, ok := sources[c.Source]; ok && s.Title != "" && !named[c.Source] {
			named[c.Source] = true
			fmt.Fprintf(&b, " (%s", s.Title)
			if s.Reliability != "" {
				fmt.Fprintf(&b, ", reliability %s", s.Reliability)
			}
			b.WriteString(")")
		}
		if c.Locator != "" {
			b.WriteString(" " + c.Locator)
		}
		fmt.Fprintf(&b, ", credibility %d", c.Credibility)
		if c.AttributedTo != "" {
			b.WriteString(", according to " + c.AttributedTo)
		}
		if c.Stance == alliances.Denies {
			b.WriteString(", denies")
		}
		parts = append(parts, b.String())
	}
	return strings.Join(parts, "; ")
}

// sourcesOf indexes a record's sources by id.
func sourcesOf(rec *alliances.Record) map[string]alliances.Source {
	m := make(map[string]alliances.Source, len(rec.Sources))
	for _, s := range rec.Sources {
		m[s.ID] = s
	}
	return m
}

func sign(s alliances.Sign) string { return strconv.Itoa(int(s)) }

func joinForms(fs []alliances.Form) string {
	ss := make([]string, len(fs))
	for i, f := range fs {
		ss[i] = string(f)
	}
	return strings.Join(ss, ",")
}

func name(a alliances.Actor) string { return cmp.Or(a.Name, a.ID) }

// writeXML writes an XML document with its declaration, indented, ending in a newline.
func writeXML(w io.Writer, doc any) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
