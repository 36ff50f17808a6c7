package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// A profile's fixed fields. A database's profile of an armed group, a handbook's entry,
// an infobox copied into a report open paragraphs with a label and a colon and list what
// the label says of the group the profile is about: "Allies: NSCN-K (transit, camps and
// training in Myanmar, 1988-2012); NDFB (shared camps in Bhutan); KLO", "Rivals: NSCN-IM;
// Bodo Liberation Tigers (BLT); SULFA", "State sponsors: Pakistan's Inter-Services
// Intelligence (ISI) (alleged by India, denied by Pakistan)". Each item ties the group its
// title names to the actors the item names outside its brackets; the brackets give the
// item's time and whether it is only alleged or denied.

// field is what a label says of its items: the kind of tie, and whether the item is the
// tie's subject (a sponsor supports the group, a leader is its member) or its object.
type field struct {
	kind        alliances.Kind
	itemSubject bool
	leader      bool
}

// fieldLabels are the labels of a profile's fields that name ties, folded.
var fieldLabels = map[string]field{
	"allies": {alliances.Alliance, false, false}, "ally": {alliances.Alliance, false, false}, "alliances": {alliances.Alliance, false, false},
	"partners": {alliances.Alliance, false, false}, "main allies": {alliances.Alliance, false, false},
	"rivals": {alliances.Rivalry, false, false}, "rival": {alliances.Rivalry, false, false}, "rival groups": {alliances.Rivalry, false, false},
	"enemies": {alliances.Hostility, false, false}, "opponents": {alliances.Hostility, false, false}, "adversaries": {alliances.Hostility, false, false},
	"sponsors": {alliances.Support, true, false}, "state sponsors": {alliances.Support, true, false}, "state sponsor": {alliances.Support, true, false},
	"supporters": {alliances.Support, true, false}, "backers": {alliances.Support, true, false}, "patrons": {alliances.Support, true, false},
	"external support": {alliances.Support, true, false}, "foreign support": {alliances.Support, true, false}, "foreign backers": {alliances.Support, true, false},
	"external sponsors": {alliances.Support, true, false}, "outside support": {alliances.Support, true, false},
	"leaders": {alliances.Membership, true, true}, "leader": {alliances.Membership, true, true}, "leadership": {alliances.Membership, true, true},
	"founders": {alliances.Membership, true, true}, "founder": {alliances.Membership, true, true}, "key leaders": {alliances.Membership, true, true},
	"commanders": {alliances.Membership, true, true}, "head": {alliances.Membership, true, true},
	"members": {alliances.Membership, true, false}, "member groups": {alliances.Membership, true, false}, "components": {alliances.Membership, true, false},
	"factions": {alliances.Membership, true, false}, "affiliates": {alliances.Membership, true, false}, "constituent groups": {alliances.Membership, true, false},
	"splinters": {alliances.Splinter, true, false}, "splinter groups": {alliances.Splinter, true, false}, "offshoots": {alliances.Splinter, true, false},
	"breakaway groups": {alliances.Splinter, true, false},
}

// fieldQualifiers are the words before a name in an item that make it qualify the item's
// head, no item of its own.
var fieldQualifiers = map[string]bool{"under": true, "of": true, "by": true, "with": true, "from": true, "in": true, "for": true, "against": true}

// profileTopic returns the actor the document's title names first, unless an individual
// or a state: the group a profile is about ("United Liberation Front of Asom (ULFA):
// Group Profile"), or "".
func (rd *Reader) profileTopic(d *Document) string {
	title, _, _ := strings.Cut(strings.TrimSpace(d.Text), "\n")
	ts := tokens(title, 0)
	for _, m := range rd.mentionsAfter(ts, "", nil) {
		if k := rd.kinds[m.id]; m.first >= 0 && k != "" && k != "individual" && k != "state" {
			return m.id
		}
	}
	return ""
}

// fields reads a field that opens the paragraph's first sentence: its label, a colon, and
// items after it, apart by semicolons (by commas where it has none).
func (rd *Reader) fields(d *Document, p Paragraph, s Span, ts []token, ms []mention, first bool) []Proposal {
	if !first || rd.profile == "" || len(ts) < 3 {
		return nil
	}
	colon := slices.IndexFunc(ts[:min(4, len(ts))], func(t token) bool { return strings.Contains(t.pre, ":") })
	if colon < 1 || !ts[0].upper {
		return nil
	}
	f, ok := fieldLabels[strings.Join(wordsOf(ts, 0, colon), " ")]
	if !ok {
		return nil
	}
	sep := ";"
	if !slices.ContainsFunc(ts[colon:], func(t token) bool { return strings.Contains(t.pre, ";") }) {
		sep = ","
	}
	// The items: their tokens [from, to), the brackets' words marked.
	var out []Proposal
	depth, from := 0, colon
	inBracket := make([]bool, len(ts))
	for k := colon; k <= len(ts); k++ {
		if k < len(ts) {
			depth += strings.Count(ts[k].pre, "(") - strings.Count(ts[k].pre, ")")
			depth = max(depth, 0)
			inBracket[k] = depth > 0
			if depth > 0 || k == colon || !strings.Contains(ts[k].pre, sep) {
				continue
			}
		}
		out = append(out, rd.fieldItem(d, p, s, ts, ms, f, from, k, inBracket)...)
		from = k
	}
	return out
}

// fieldItem makes the ties of one item of a field, tokens [from, to).
func (rd *Reader) fieldItem(d *Document, p Paragraph, s Span, ts []token, ms []mention, f field, from, to int, inBracket []bool) []Proposal {
	text := d.Text[ts[from].start:ts[to-1].end]
	status, why := alliances.Reported, "a profile's field"
	item := wordsOf(ts, from, to)
	switch {
	case slices.Contains(item, "denied") || slices.Contains(item, "denies"):
		status, why = alliances.Disputed, why+", denied"
	case slices.ContainsFunc(item, func(w string) bool {
		return w == "alleged" || w == "reportedly" || w == "suspected" || w == "unconfirmed"
	}):
		status, why = alliances.Alleged, why+", alleged"
	}
	valid, timeCue := rd.when(text, "", -1, -1)
	var out []Proposal
	seen := map[string]bool{}
	for _, m := range ms {
		if m.first < from || m.first >= to || inBracket[m.first] || m.id == rd.profile || seen[m.id] {
			continue
		}
		if m.first > 0 && fieldQualifiers[ts[m.first-1].word] || ts[m.end-1].possessive && slices.ContainsFunc(ms, func(o mention) bool { return o.first == m.end }) {
			continue // "the pro-talks leadership under Rajkhowa", "PLA and UNLF of Manipur", "Pakistan's ISI": the item's qualifiers
		}
		if f.leader && rd.kinds[m.id] != "individual" || !f.leader && rd.kinds[m.id] == "individual" && f.kind == alliances.Membership {
			continue
		}
		seen[m.id] = true
		t := alliances.Tie{Subject: rd.profile, Object: m.id, Kind: f.kind, Status: status}
		if f.itemSubject {
			t.Subject, t.Object = m.id, rd.profile
		}
		if f.leader {
			t.Role = alliances.Leader
		}
		if prop, ok := rd.finish(d, p, s, t, []string{"field: " + strings.Join(wordsOf(ts, 0, 1), " "), why}, valid, timeCue, 0.6); ok {
			out = append(out, prop)
		}
	}
	return out
}
