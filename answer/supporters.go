package answer

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/snapshot"
)

// Supporter is one actor's support of the focal actor over the window.
type Supporter struct {
	Rank        int              `json:"rank"` // by score; equal scores share a rank
	Actor       string           `json:"actor"`
	Score       float64          `json:"score"`     // on the days the support certainly covers
	MaxScore    float64          `json:"max_score"` // on the days it possibly covers (fuzzy dates, unknown ends)
	Forms       []alliances.Form `json:"forms"`
	Days        int64            `json:"days"`          // days of the window with support certainly active
	PossibleDay int64            `json:"possible_days"` // days of the window with support possibly active
	Unknown     []string         `json:"unknown"`       // what the record does not know: "start", "end"
	Intensity   int              `json:"intensity"`     // the highest intensity given, 0 when none
	Ungraded    bool             `json:"ungraded"`      // a tie counted has no intensity: it weighs 3, the middle of the scale
	Credibility int              `json:"credibility"`
	SourceRanks []SourceRank     `json:"source_ranks"`
	Ties        []string         `json:"ties"`
	// AllegedForms are the forms only alleged or disputed ties give; AllegedOnly says that
	// every tie counted is alleged or disputed.
	AllegedForms []alliances.Form `json:"alleged_forms"`
	AllegedOnly  bool             `json:"alleged_only"`
}

// SourceRank is a rank the sources of a tie give the supporter among the actor's
// supporters, with the citations that assert the tie and whom they attribute it to.
type SourceRank struct {
	Rank         int      `json:"rank"`
	Tie          string   `json:"tie"`
	Citations    []string `json:"citations"`               // "source locator"
	AttributedTo []string `json:"attributed_to,omitempty"` // distinct attributions
}

// SupportResult is who supported an actor over a period, ranked, with the forms,
// duration, intensity and evidence of each supporter's support.
type SupportResult struct {
	Report
	Actor      string      `json:"actor"`
	From       string      `json:"from"`
	To         string      `json:"to"`
	Supporters []Supporter `json:"supporters"`
	Robust     *Robustness `json:"robust,omitempty"`
}

// supportWindow is the period asked for, or by default the span of the support ties to
// the actor and to its parts, whose ties fold into its own (open ends stop at the other
// ties' finite dates).
func supportWindow(rec *Record, actor, from, to string) (edtf.Range, error) {
	w := edtf.Range{First: edtf.MaxDay, Last: edtf.MinDay}
	parts := partsOf(rec, actor)
	for i := range rec.Index.Len() {
		if _, o, _ := rec.Index.Parties(i); rec.Index.Kind(i) != alliances.Support || !parts[rec.Index.Actors[o]] {
			continue
		}
		t := rec.Index.Tie(i)
		r := t.Valid.Strict()
		if r.First > edtf.MinDay {
			w.First = min(w.First, r.First)
		}
		w.Last = max(w.Last, r.First)
		if r.Last < edtf.MaxDay {
			w.Last = max(w.Last, r.Last)
		}
	}
	for _, p := range []struct {
		flag, value string
		set         func(edtf.Range)
	}{
		{"from", from, func(r edtf.Range) { w.First = r.First }},
		{"to", to, func(r edtf.Range) { w.Last = r.Last }},
	} {
		if p.value == "" {
			continue
		}
		r, err := parseAt(p.flag, p.value)
		if err != nil {
			return w, err
		}
		p.set(*r)
	}
	switch {
	case from != "" && to != "" && w.First > w.Last:
		return w, usageError("--to %s is before --from %s", to, from)
	case w.First > w.Last:
		return w, alliances.Errorf(alliances.NotFound, "", "no support to %s is recorded in case %s", actor, rec.Case)
	}
	return w, nil
}

// partsOf returns the actor and the actors recorded as its members, elements, factions or
// leaders at any time, and theirs in turn: those whose ties may fold into its own ("the
// Libyan National Army" into the interim government it belongs to).
func partsOf(rec *Record, actor string) map[string]bool {
	parts := map[string]bool{actor: true}
	for grew := true; grew; {
		grew = false
		for i := range rec.Index.Len() {
			if rec.Index.Kind(i) != alliances.Membership {
				continue
			}
			if s, o, _ := rec.Index.Parties(i); parts[rec.Index.Actors[o]] && !parts[rec.Index.Actors[s]] {
				parts[rec.Index.Actors[s]], grew = true, true
			}
		}
	}
	return parts
}

// rankSupporters scores each supporter of actor in the snapshot (see runSupporters).
func rankSupporters(s *snapshot.Snapshot, actor string, window edtf.Range) []Supporter {
	target := s.Node(actor)
	by := map[string]*Supporter{}
	strict, fuzzy := map[string][]valued{}, map[string][]valued{}
	stated := map[string][]alliances.Form{} // by supporter: the forms ties neither alleged nor disputed give
	for e, ed := range s.Edges {
		if int(ed.To) != target {
			continue
		}
		t := s.TieOf(e)
		sp := by[s.Actor(int(ed.From))]
		if sp == nil {
			sp = &Supporter{Actor: s.Actor(int(ed.From)), Credibility: 6, Forms: []alliances.Form{}, SourceRanks: []SourceRank{}, Unknown: []string{},
				AllegedForms: []alliances.Form{}, AllegedOnly: true}
			by[sp.Actor] = sp
		}
		open := t.Status == alliances.Alleged || t.Status == alliances.Disputed
		if !open {
			sp.AllegedOnly = false
			stated[sp.Actor] = append(stated[sp.Actor], t.Forms...)
		}
		cred := alliances.BestCredibility(t.Citations)
		v := ed.W * float64(7-cred) / 6
		strict[sp.Actor] = append(strict[sp.Actor], valued{s.ReadRange(e), v})
		fuzzy[sp.Actor] = append(fuzzy[sp.Actor], valued{s.PossibleRange(e), v})
		for _, u := range unknownEnds(t) {
			if !slices.Contains(sp.Unknown, u) {
				sp.Unknown = append(sp.Unknown, u)
			}
		}
		sp.Intensity = max(sp.Intensity, t.Intensity)
		sp.Ungraded = sp.Ungraded || t.Intensity == 0
		sp.Credibility = min(sp.Credibility, int(cred))
		sp.Ties = append(sp.Ties, t.ID)
		for _, f := range t.Forms {
			if !slices.Contains(sp.Forms, f) {
				sp.Forms = append(sp.Forms, f)
			}
		}
		if t.Rank > 0 {
			sp.SourceRanks = append(sp.SourceRanks, rankOf(t))
		}
	}
	out := make([]Supporter, 0, len(by))
	span := float64(window.Last-window.First) + 1
	for _, sp := range by {
		for _, f := range sp.Forms {
			if !slices.Contains(stated[sp.Actor], f) {
				sp.AllegedForms = append(sp.AllegedForms, f)
			}
		}
		var days float64
		days, sp.Days = envelope(strict[sp.Actor], window)
		sp.Score = days / span
		days, sp.PossibleDay = envelope(fuzzy[sp.Actor], window)
		sp.MaxScore = days / span
		out = append(out, *sp)
	}
	slices.SortFunc(out, func(a, b Supporter) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(b.MaxScore, a.MaxScore), cmp.Compare(a.Actor, b.Actor))
	})
	scores := make([]float64, len(out))
	for i := range out {
		scores[i] = out[i].Score
	}
	for i, r := range ranks(scores) {
		out[i].Rank = r
	}
	return out
}

// valued is a range of days with the value a support gives on each.
type valued struct {
	r edtf.Range
	v float64
}

// envelope integrates over window the strongest value on each day, and counts the days
// with any: claims of one support that overlap count once, by the strongest.
func envelope(vs []valued, w edtf.Range) (float64, int64) {
	type event struct {
		day   edtf.Day
		v     float64
		start bool
	}
	var evs []event
	for _, x := range vs {
		first, last := max(x.r.First, w.First), min(x.r.Last, w.Last)
		if first <= last {
			evs = append(evs, event{first, x.v, true}, event{last + 1, x.v, false})
		}
	}
	slices.SortFunc(evs, func(a, b event) int { return cmp.Compare(a.day, b.day) })
	active := map[float64]int{}
	var total float64
	var days int64
	for i, e := range evs {
		if e.start {
			active[e.v]++
		} else if active[e.v]--; active[e.v] == 0 {
			delete(active, e.v)
		}
		if i+1 < len(evs) && len(active) > 0 {
			n := int64(evs[i+1].day - e.day)
			top := 0.0
			for v := range active {
				top = max(top, v)
			}
			total += top * float64(n)
			days += n
		}
	}
	return total, days
}

// unknownEnds names the ends of a tie's valid time that the record does not know.
func unknownEnds(t *alliances.Tie) []string {
	var out []string
	if t.Valid.Start().Kind == edtf.Unknown {
		out = append(out, "start")
	}
	if t.Valid.End().Kind == edtf.Unknown {
		out = append(out, "end")
	}
	return out
}

var supportersLegend = [][2]string{
	{"SCORE", "the strongest support certainly given each day (intensity, 3 when unknown, times (7 - credibility) / 6), averaged over the period"},
	{"MAX", "the same over the days the support possibly covers (fuzzy dates, unknown ends)"},
	{"FORMS", "the forms of support the ties give; * after a form only alleged or disputed ties give"},
	{"YEARS", "years of the period with support certainly active; + when a start or end is unknown"},
	{"INT", "the highest intensity the record gives (? when none)"},
	{"CRED", "the strongest credibility of a citation (1 confirmed .. 6 cannot be judged)"},
	{"SOURCES' RANK", "the rank the sources themselves give the supporter, and on whose word"},
}

// fuzzySupportersLegend is the legend when dates are read as broadly as they may run
// (--fuzzy): the days counted are those the support possibly covers, and SCORE is MAX.
var fuzzySupportersLegend = [][2]string{
	{"SCORE", "the strongest support possibly given each day, dates read as broadly as they may run (--fuzzy), averaged over the period"},
	{"MAX", "the same (with --fuzzy every possible day counts)"},
	supportersLegend[2],
	{"YEARS", "years of the period with support possibly active (--fuzzy); + when a start or end is unknown"},
	supportersLegend[4], supportersLegend[5], supportersLegend[6],
}

func (r *SupportResult) supporterWarnings() {
	for _, sp := range r.Supporters {
		if len(sp.Unknown) > 0 && sp.MaxScore > sp.Score*1.5 {
			r.Warn("%s support has an unknown %s: its score counts only the days the record is sure of (%.2f; up to %.2f)",
				possessive(sp.Actor), strings.Join(sp.Unknown, " and "), sp.Score, sp.MaxScore)
		}
	}
	if len(r.Supporters) > 1 && r.Supporters[1].Rank == 1 {
		r.Warn("several supporters share the first rank")
	}
}

// beyondWindow warns of the support ties to actor that the period leaves out though they
// may reach into it: an unknown end after a known start before the period, or an unknown
// start before a known end after it. The score counts the days the record is sure of.
func (r *SupportResult) beyondWindow(rec *Record, actor string, window edtf.Range, s *snapshot.Snapshot) {
	counted := map[string]bool{}
	for _, i := range s.Tie {
		counted[s.Index.ID(int(i))] = true
	}
	var out []string
	ix := rec.Index
	for i := range ix.Len() {
		if ix.Kind(i) != alliances.Support || counted[ix.ID(i)] || ix.Status(i) == alliances.Denied || ix.Status(i) == alliances.Retracted {
			continue
		}
		_, o, _ := ix.Parties(i)
		if into, _ := s.FoldedInto(ix.Actors[o]); ix.Actors[o] != actor && into != actor {
			continue
		}
		t := ix.Tie(i) // a support of the actor: read in full
		st := t.Valid.Strict()
		if t.Valid.End().Kind == edtf.Unknown && st.Last < window.First || t.Valid.Start().Kind == edtf.Unknown && st.First > window.Last {
			out = append(out, fmt.Sprintf("%s (%s, %s)", rec.Name(t.Subject), t.ID, t.Valid))
		}
	}
	if len(out) > 0 {
		r.Warn("support with an unknown end (or start) that may reach into the period is left out, the record being sure only of its known date: %s; the sources may say how long it lasted",
			strings.Join(out, "; "))
	}
}

func (r *SupportResult) reading(rec *Record) string {
	if len(r.Supporters) == 0 {
		return fmt.Sprintf("No support to %s recorded from %s to %s.", rec.Name(r.Actor), r.From, r.To)
	}
	// The first five, and any that share the fifth's rank.
	shown := r.Supporters[:min(5, len(r.Supporters))]
	for len(shown) < len(r.Supporters) && r.Supporters[len(shown)].Rank == shown[len(shown)-1].Rank {
		shown = r.Supporters[:len(shown)+1]
	}
	var lead []string
	for _, sp := range shown {
		x := fmt.Sprintf("%d. %s", sp.Rank, rec.Name(sp.Actor))
		switch {
		case sp.AllegedOnly:
			x += " (alleged"
			if len(sp.Forms) > 0 && !(len(sp.Forms) == 1 && sp.Forms[0] == alliances.UnknownForm) {
				x += ": " + JoinStrings(sp.Forms, ", ")
			}
			x += ")"
		case len(sp.Forms) > 0 && !(len(sp.Forms) == 1 && sp.Forms[0] == alliances.UnknownForm):
			var sure, alleged []string
			for _, f := range sp.Forms {
				if slices.Contains(sp.AllegedForms, f) {
					alleged = append(alleged, string(f))
				} else {
					sure = append(sure, string(f))
				}
			}
			parts := []string{}
			if len(sure) > 0 {
				parts = append(parts, strings.Join(sure, ", "))
			}
			if len(alleged) > 0 {
				parts = append(parts, "alleged: "+strings.Join(alleged, ", "))
			}
			x += " (" + strings.Join(parts, "; ") + ")"
		}
		lead = append(lead, x)
	}
	s := fmt.Sprintf("From %s to %s, %s supported %s: %s.", r.From, r.To, alliances.Count(len(r.Supporters), "actor"), rec.Name(r.Actor), strings.Join(lead, "; "))
	var ungraded []string
	for _, sp := range shown {
		if sp.Ungraded {
			ungraded = append(ungraded, sp.Actor)
		}
	}
	if len(ungraded) > 0 {
		s += fmt.Sprintf(" The record grades no intensity for %s (counted 3, the middle of the scale): how they stand against the others is not known; --robust reads them as 1 and as 5.",
			rec.Names(ungraded))
	}
	for _, sp := range r.Supporters {
		for _, sr := range sp.SourceRanks {
			s += fmt.Sprintf(" The sources rank %s #%d", rec.Name(sp.Actor), sr.Rank)
			if len(sr.AttributedTo) > 0 {
				s += " on the word of " + strings.Join(sr.AttributedTo, ", ")
			}
			s += "."
		}
	}
	return s
}

func rankOf(t *alliances.Tie) SourceRank {
	sr := SourceRank{Rank: t.Rank, Tie: t.ID, Citations: []string{}}
	for _, c := range t.Citations {
		if c.Stance == alliances.Denies {
			continue
		}
		sr.Citations = append(sr.Citations, strings.TrimSpace(c.Source+" "+c.Locator))
		if c.AttributedTo != "" && !slices.Contains(sr.AttributedTo, c.AttributedTo) {
			sr.AttributedTo = append(sr.AttributedTo, c.AttributedTo)
		}
	}
	return sr
}

// Supporters ranks who supported actor over the period from..to (either may be empty:
// see supportWindow) in the record read by the filter f, which must give no date: every
// day of the period counts, each by the support that covers it. When robust, the
// ranking is rerun over the variants of the snapshot.
func Supporters(ctx context.Context, rec *Record, f snapshot.Filter, actor, from, to string, robust bool) (*SupportResult, error) {
	f.Kinds = []alliances.Kind{alliances.Support}
	window, err := supportWindow(rec, actor, from, to)
	if err != nil {
		return nil, err
	}
	f.At, f.Overlap = &window, snapshot.Any // every day of the period counts, each by what covers it
	kept := keepAsked(rec, &f, actor)
	s, err := rec.Index.Snapshot(ctx, f)
	if err != nil {
		return nil, err
	}
	if err := notFolded(s, actor); err != nil {
		return nil, err
	}
	res := &SupportResult{Actor: actor, From: window.First.String(), To: window.Last.String(), Supporters: rankSupporters(s, actor, window)}
	res.Report = newReport(rec, f, res.From+"/"+res.To)
	res.Legend = supportersLegend
	if f.Fuzzy {
		res.Legend = fuzzySupportersLegend
	}
	res.askedWarning(rec, kept)
	res.RecordWarnings(rec, s)
	res.supporterWarnings()
	res.beyondWindow(rec, actor, window, s)
	res.Reading = res.reading(rec)
	if robust {
		res.Robust, err = robustNodes(ctx, rec.Index, f, func(s *snapshot.Snapshot) (map[string]float64, error) {
			scores := map[string]float64{}
			for _, sp := range rankSupporters(s, res.Actor, window) {
				scores[sp.Actor] = sp.Score
			}
			return scores, nil
		})
		if err != nil {
			return nil, err
		}
	}
	return res, nil
}
