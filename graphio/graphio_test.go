package graphio

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/cases"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/storetest"
)

// afghanistan reads the built-in case: 54 actors and 182 ties (alliances check).
func afghanistan(t *testing.T) *alliances.Record {
	t.Helper()
	rec, err := cases.Standalone(cases.All()[0]) // with the registry's actors it names
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.Actors) != 54 || len(rec.Ties) != 182 {
		t.Fatalf("the built-in case holds %d actors and %d ties, want 54 and 182", len(rec.Actors), len(rec.Ties))
	}
	return rec
}

func value(vs []gexfValue, key string) string {
	for _, v := range vs {
		if v.For == key {
			return v.Value
		}
	}
	return ""
}

// TestGEXF reads back the GEXF of the built-in case: every actor a node, every tie an
// edge with its spell and its evidence. Hizb-e Islami's 2016 peace deal with the
// Republic is written 2016/ (from 2016 to an unknown date): its spell starts on
// 2016-01-01 and has no end.
func TestGEXF(t *testing.T) {
	rec := afghanistan(t)
	var buf bytes.Buffer
	if err := WriteGEXF(&buf, rec); err != nil {
		t.Fatal(err)
	}
	var doc gexfDoc
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("the GEXF does not parse: %v", err)
	}
	g := doc.Graph
	if doc.Version != "1.3" || g.Mode != "dynamic" || g.TimeFormat != "date" || len(g.Nodes) != 54 || len(g.Edges) != 182 {
		t.Fatalf("version %s, mode %s, timeformat %s, %d nodes, %d edges; want 1.3, dynamic, date, 54, 182", doc.Version, g.Mode, g.TimeFormat, len(g.Nodes), len(g.Edges))
	}
	for _, e := range g.Edges {
		if e.ID != "tie-hizb-peace-deal-2016" {
			continue
		}
		if e.Source != "hizb-e-islami" || len(e.Spells) != 1 || e.Spells[0] != (gexfSpell{Start: "2016-01-01"}) ||
			value(e.Values, "valid") != "2016/" || !strings.Contains(value(e.Values, "citations"), "newlines-2021") || value(e.Values, "kind") != "agreement" {
			t.Errorf("the peace deal's edge: %+v", e)
		}
		return
	}
	t.Error("no edge for tie-hizb-peace-deal-2016")
}

// TestGraphML reads back the GraphML of the built-in case: the keys are typed, the
// support ties directed, every tie's sign and citations written.
func TestGraphML(t *testing.T) {
	rec := afghanistan(t)
	var buf bytes.Buffer
	if err := WriteGraphML(&buf, rec); err != nil {
		t.Fatal(err)
	}
	var doc graphmlDoc
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("the GraphML does not parse: %v", err)
	}
	if len(doc.Graph.Nodes) != 54 || len(doc.Graph.Edges) != 182 {
		t.Fatalf("%d nodes and %d edges, want 54 and 182", len(doc.Graph.Nodes), len(doc.Graph.Edges))
	}
	types := map[string]string{}
	for _, k := range doc.Keys {
		types[k.ID] = k.Type
	}
	if types["e_sign"] != "int" || types["e_weight"] != "double" || types["e_ungraded"] != "boolean" {
		t.Errorf("key types: %v", types)
	}
	found := false
	for _, e := range doc.Graph.Edges {
		if e.ID != "tie-pakistan-support-2004" {
			continue
		}
		found = true
		got := map[string]string{}
		for _, d := range e.Data {
			got[d.Key] = d.Value
		}
		if got["e_directed"] != "true" || e.Source != "pakistan" || e.Target != "taliban" || got["e_sign"] != "1" || got["e_start"] != "2004-01-01" ||
			got["e_end"] != "" || !strings.Contains(got["e_citations"], "¶14") {
			t.Errorf("Pakistan's support of the Taliban: %s -> %s, %v", e.Source, e.Target, got)
		}
	}
	if !found {
		t.Error("no edge for tie-pakistan-support-2004")
	}
}

// TestEdgesCSV checks the flat table: a header and a row per tie, and a note that a
// spreadsheet would run as a formula written behind a quote.
func TestEdgesCSV(t *testing.T) {
	rec := storetest.Sample()
	rec.Normalize() // the store gives records normalized: a tie's sign follows its kind
	rec.Ties[0].Note = "=HYPERLINK(\"x\")"
	var buf bytes.Buffer
	if err := WriteEdgesCSV(&buf, rec); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(rec.Ties)+1 || strings.Join(rows[0], ",") != strings.Join(EdgesHeader, ",") {
		t.Fatalf("%d rows, header %v", len(rows), rows[0])
	}
	note := rows[1][len(EdgesHeader)-1]
	sign := rows[1][7]
	if note != "'=HYPERLINK(\"x\")" || sign != "+" {
		t.Errorf("the first tie's note %q and sign %q, want the note behind a quote and +", note, sign)
	}
}

// TestMarkupStaysText writes names and notes holding markup: the XML parses, and gives
// them back as they were.
func TestMarkupStaysText(t *testing.T) {
	rec := storetest.Sample()
	evil := `<script>alert("&")</script>`
	rec.Actors[0].Name = evil
	rec.Ties[0].Note = evil
	for _, write := range []func(*bytes.Buffer) error{
		func(b *bytes.Buffer) error { return WriteGEXF(b, rec) },
		func(b *bytes.Buffer) error { return WriteGraphML(b, rec) },
	} {
		var buf bytes.Buffer
		if err := write(&buf); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(buf.String(), "<script>") {
			t.Error("markup written raw")
		}
		var any struct {
			Inner []byte `xml:",innerxml"`
		}
		if err := xml.Unmarshal(buf.Bytes(), &any); err != nil {
			t.Errorf("does not parse: %v", err)
		}
		var gexf gexfDoc
		if xml.Unmarshal(buf.Bytes(), &gexf) == nil && len(gexf.Graph.Nodes) > 0 && gexf.Graph.Nodes[0].Label != evil {
			t.Errorf("the name reads back as %q", gexf.Graph.Nodes[0].Label)
		}
	}
}

// TestSTIX reads back the STIX bundle of the built-in case and checks it against the
// rules of STIX 2.1 (its specification, sections 2 and 3): every object has a type,
// spec_version 2.1, an id of its type and a UUID, created and modified timestamps; a
// relationship's type is lowercase letters, digits and hyphens, its refs name objects of
// the bundle, its stop_time is later than its start_time, its confidence 0 to 100. And
// what the case says: Pakistan's support of the Taliban from 2004, with no end, cited at
// ¶14 with credibility 2, so confidence 70.
func TestSTIX(t *testing.T) {
	rec := afghanistan(t)
	var buf bytes.Buffer
	if err := WriteSTIX(&buf, rec); err != nil {
		t.Fatal(err)
	}
	var bundle struct {
		Type    string           `json:"type"`
		ID      string           `json:"id"`
		Objects []map[string]any `json:"objects"`
	}
	if err := json.Unmarshal(buf.Bytes(), &bundle); err != nil {
		t.Fatal(err)
	}
	id := regexp.MustCompile(`^([a-z][a-z0-9-]*)--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
	stamp := regexp.MustCompile(`^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$`)
	if bundle.Type != "bundle" || !id.MatchString(bundle.ID) || len(bundle.Objects) != 54+182 {
		t.Fatalf("bundle %s %s with %d objects, want 236 (54 identities, 182 relationships)", bundle.Type, bundle.ID, len(bundle.Objects))
	}
	seen := map[string]bool{}
	for _, o := range bundle.Objects {
		seen[o["id"].(string)] = true
	}
	for _, o := range bundle.Objects {
		m := id.FindStringSubmatch(fmt.Sprint(o["id"]))
		if m == nil || m[1] != o["type"] || o["spec_version"] != "2.1" || !stamp.MatchString(fmt.Sprint(o["created"])) || !stamp.MatchString(fmt.Sprint(o["modified"])) {
			t.Errorf("object %v: id, type, spec_version or timestamps", o["id"])
			continue
		}
		if o["type"] != "relationship" {
			continue
		}
		if !regexp.MustCompile(`^[a-z0-9-]+$`).MatchString(fmt.Sprint(o["relationship_type"])) || !seen[fmt.Sprint(o["source_ref"])] || !seen[fmt.Sprint(o["target_ref"])] {
			t.Errorf("relationship %v: type %v, refs %v %v", o["x_alliances_id"], o["relationship_type"], o["source_ref"], o["target_ref"])
		}
		if start, stop := fmt.Sprint(o["start_time"]), fmt.Sprint(o["stop_time"]); o["start_time"] != nil && o["stop_time"] != nil && stop <= start {
			t.Errorf("relationship %v: stop_time %s not later than start_time %s", o["x_alliances_id"], stop, start)
		}
		if c, ok := o["confidence"].(float64); ok && (c < 0 || c > 100) {
			t.Errorf("relationship %v: confidence %v", o["x_alliances_id"], c)
		}
		if o["x_alliances_id"] == "tie-pakistan-support-2004" {
			refs := fmt.Sprint(o["external_references"])
			if o["start_time"] != "2004-01-01T00:00:00.000Z" || o["stop_time"] != nil || o["confidence"] != 70.0 || !strings.Contains(refs, "¶14") || o["relationship_type"] != "support" {
				t.Errorf("Pakistan's support of the Taliban: %v", o)
			}
		}
	}
	var again bytes.Buffer
	if err := WriteSTIX(&again, rec); err != nil {
		t.Fatal(err)
	}
	if first, second := regexp.MustCompile(`"(identity|relationship)--[^"]+"`).FindAllString(buf.String(), -1),
		regexp.MustCompile(`"(identity|relationship)--[^"]+"`).FindAllString(again.String(), -1); strings.Join(first, ",") != strings.Join(second, ",") {
		t.Error("two exports of the same case give their objects different ids")
	}
}

// Each node's spell runs from the earliest start of its edges to their latest end,
// unbounded where one of them is: Gephi's timeline shows an actor while it has ties.
func TestGEXFNodeSpells(t *testing.T) {
	cite := []alliances.Citation{{Source: "s", Credibility: 2}}
	rec := &alliances.Record{Case: "c", Title: "c", Sources: []alliances.Source{{ID: "s", Title: "S", Kind: "analysis", Reliability: "B"}},
		Actors: []alliances.Actor{{ID: "a", Name: "A", Kind: "party"}, {ID: "b", Name: "B", Kind: "party"}, {ID: "c", Name: "C", Kind: "party"}, {ID: "d", Name: "D", Kind: "party"}},
		Ties: []alliances.Tie{
			{ID: "t1", Subject: "a", Object: "b", Kind: alliances.Alliance, Valid: edtf.MustParse("2001/2003"), Citations: cite},
			{ID: "t2", Subject: "a", Object: "b", Kind: alliances.Rivalry, Valid: edtf.MustParse("2005/2007"), Citations: cite},
			{ID: "t3", Subject: "c", Object: "b", Kind: alliances.Alliance, Valid: edtf.MustParse("2010/.."), Citations: cite},
		}}
	rec.Normalize()
	var buf bytes.Buffer
	if err := WriteGEXF(&buf, rec); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	spell := func(id string) string {
		i := strings.Index(out, `<node id="`+id+`"`)
		if i < 0 {
			return "no node"
		}
		node := out[i:]
		node = node[:strings.Index(node, "</node>")]
		if j := strings.Index(node, "<spell "); j >= 0 {
			return node[j : j+strings.Index(node[j:], ">")]
		}
		return "no spell"
	}
	for id, want := range map[string]string{
		"a": `<spell start="2001-01-01" end="2007-12-31"`,
		"b": `<spell start="2001-01-01"`, // its tie with c has no end
		"c": `<spell start="2010-01-01"`,
		"d": "no spell", // no ties: there at every date
	} {
		if got := strings.TrimSpace(spell(id)); got != want {
			t.Errorf("node %s: %q, want %q", id, got, want)
		}
	}
}
