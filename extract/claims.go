package extract

import (
	"fmt"
	"slices"

	"github.com/alliances-project/alliances"
)

// told is a sentence before a claim, with its actors and its time: what a claim after
// it may speak of.
type told struct {
	span       Span
	ts         []token
	ms         []mention
	valid, cue string
}

// hostile reports whether a sentence told tells of fighting (a cue of hostility).
func (rd *Reader) hostile(t told) bool {
	for _, c := range rd.cueSpans(t.ts, t.ms) {
		if c.cue.kind == alliances.Hostility {
			return true
		}
	}
	return false
}

// claimed reads a sentence in which actors claim an attack the sentences before it tell
// ("Gunmen attacked an army post near Gao. Al-Mourabitoun claimed the attack."): the
// claimers are hostile to the actors those sentences name, by their own word (alleged),
// and claimers who claim it together cooperate. A claim whose sentence names a target of
// its own is read as any sentence is.
func (rd *Reader) claimed(d *Document, p Paragraph, s Span, ts []token, ms []mention, before []told) []Proposal {
	if len(ms) == 0 || !slices.ContainsFunc(ts, func(t token) bool { return rd.claimFirst[t.word] }) {
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
	var attacks []told
	for _, t := range before {
		if rd.hostile(t) {
			attacks = append(attacks, t)
		}
	}
	valid, timeCue := "", ""
	if len(attacks) > 0 {
		valid, timeCue = attacks[0].valid, attacks[0].cue // the attack's time
	}
	for i, a := range ids {
		for _, b := range ids[i+1:] {
			if a != b {
				add(alliances.Tie{Subject: a, Object: b, Kind: alliances.Cooperation}, s,
					[]string{"claim: " + said + " (together)", "hedge: the claimers' word"}, valid, timeCue)
			}
		}
	}
	for _, t := range attacks {
		span := Span{t.span.Start, s.End}
		var targets []string
		for _, m := range t.ms {
			if !slices.Contains(targets, m.id) {
				targets = append(targets, m.id)
			}
		}
		for _, target := range targets {
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

// proposalID is the id of a proposed tie: its parties, kind and paragraph, and a
// mediation's third ("x-iran-mediation-taliban-p25", "...-with-karzai-p25").
func proposalID(t alliances.Tie, paragraph int) string {
	if t.Third != "" {
		return fmt.Sprintf("x-%s-%s-%s-with-%s-p%d", t.Subject, t.Kind, t.Object, t.Third, paragraph)
	}
	return fmt.Sprintf("x-%s-%s-%s-p%d", t.Subject, t.Kind, t.Object, paragraph)
}
