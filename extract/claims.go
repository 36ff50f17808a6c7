package extract

import (
	"slices"

	"github.com/alliances-project/alliances"
)

// told is what a sentence before a claim said: the actors it names and whether it
// tells of fighting (a cue of hostility), with its time.
type told struct {
	span       Span
	ids        []string
	hostile    bool
	valid, cue string
}

// tell records a sentence for the claims after it.
func (rd *Reader) tell(s Span, ts []token, ms []mention, valid, timeCue string) told {
	t := told{span: s, valid: valid, cue: timeCue}
	for _, m := range ms {
		if !slices.Contains(t.ids, m.id) {
			t.ids = append(t.ids, m.id)
		}
	}
	for _, c := range rd.cueSpans(ts, ms) {
		t.hostile = t.hostile || c.cue.kind == alliances.Hostility
	}
	return t
}

// claimed reads a sentence in which actors claim an attack the sentences before it tell
// ("Gunmen attacked an army post near Gao. Al-Mourabitoun claimed the attack."): the
// claimers are hostile to the actors those sentences name, by their own word (alleged),
// and claimers who claim it together cooperate. A claim whose sentence names a target of
// its own is read as any sentence is.
func (rd *Reader) claimed(d *Document, p Paragraph, s Span, ts []token, ms []mention, before []told) []Proposal {
	if len(ms) == 0 {
		return nil
	}
	var claimers []*mention
	said := ""
	for i := range ts {
		for _, phrase := range rd.marks["claim"] {
			words := rd.words(phrase)
			if !matchAt(ts, i, words) {
				continue
			}
			end := i + len(words)
			for k := range ms {
				switch {
				case words[len(words)-1] == "by" && ms[k].first >= end && ms[k].first-end <= 2:
					claimers = group(ts, ms, k, +1)
				case words[len(words)-1] != "by" && ms[k].end <= i && i-ms[k].end <= 3 && (k+1 == len(ms) || ms[k+1].first > i):
					claimers = group(ts, ms, k, -1)
				}
			}
			if claimers != nil {
				said = phrase
				break
			}
		}
		if claimers != nil {
			break
		}
	}
	if claimers == nil {
		return nil
	}
	ids := make([]string, 0, len(claimers))
	for _, c := range claimers {
		ids = append(ids, c.id)
	}
	for _, m := range ms {
		if !slices.Contains(ids, m.id) {
			return nil // "AQIM claimed the attack on the Malian army": the sentence says whom
		}
	}
	var out []Proposal
	add := func(t alliances.Tie, span Span, cues []string, valid, timeCue string) {
		t.Status = alliances.Alleged
		if prop, ok := rd.finish(d, p, span, t, cues, valid, timeCue, 0.6); ok {
			out = append(out, prop)
		}
	}
	valid, timeCue := "", ""
	for _, t := range before {
		if t.hostile && t.valid != "" {
			valid, timeCue = t.valid, t.cue // the attack's time
			break
		}
	}
	for i, a := range ids {
		for _, b := range ids[i+1:] {
			if a != b {
				add(alliances.Tie{Subject: a, Object: b, Kind: alliances.Cooperation}, s,
					[]string{"claim: " + said + " (together)", "hedge: the claimers' word"}, valid, timeCue)
			}
		}
	}
	for _, t := range before {
		if !t.hostile {
			continue
		}
		span := Span{t.span.Start, s.End}
		for _, target := range t.ids {
			if slices.Contains(ids, target) {
				continue
			}
			for _, a := range ids {
				add(alliances.Tie{Subject: a, Object: target, Kind: alliances.Hostility}, span,
					[]string{"claim: " + said + ", the attack told before", "hedge: the claimers' word"}, t.valid, t.cue)
			}
		}
	}
	return out
}
