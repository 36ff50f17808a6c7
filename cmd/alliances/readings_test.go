package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances/answer"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// These tests check that the readings say why a number is what it is, where a bare
// number would mislead: ties that cancel out, a bloc that dissolves, a part that joins
// an organization, a side already taken, a part that broke away, a date the record does
// not reach, a ranking that rests on intensities nobody recorded.

// withTies returns a CLI whose database holds the built-in case id with ties added.
func withTies(t *testing.T, id string, add ...alliances.Tie) *cli {
	t.Helper()
	rec := builtIn(t, id)
	r := *rec
	r.Ties = slices.Clone(rec.Ties)
	for _, x := range add {
		x.Basis = alliances.Stated
		x.Citations = rec.Ties[0].Citations
		r.Ties = append(r.Ties, x)
	}
	return loaded(t, &r)
}

// TestSeriesSaysWhyActorsPart: over June to September 2021, Jami'at parts from the
// Republic's bloc in August because the Republic has no ties after mid-August (¶29: it
// collapsed), not because it switched sides; and a strain recorded as heavy as the
// support beside it (Pakistan's, Iran's and Russia's disappointment with the cabinet,
// ¶31, here graded 3 like their support) cancels the support, which the series reports
// as ties cancelling out, never as a move.
func TestSeriesSaysWhyActorsPart(t *testing.T) {
	var strains []alliances.Tie
	for _, a := range []string{"pakistan", "iran", "russia"} {
		strains = append(strains, alliances.Tie{ID: "test-strain-" + a, Subject: a, Object: "taliban", Kind: alliances.Opposition,
			Valid: edtf.MustParse("2021-09/.."), Intensity: 3})
	}
	c := withTies(t, "afghanistan-2021", strains...)
	s := decode[answer.BlocsSeries](t, c, "blocs", "--from", "2021-06", "--to", "2021-09")
	kind := map[string]answer.BlocChange{}
	for _, ch := range s.Changes {
		kind[ch.Actor] = ch
	}
	if j := kind["jamiat"]; j.Kind != "dissolved" || j.At != "2021-08" || len(j.Lost) != 1 || j.Lost[0].Partner != "islamic-republic" || j.Lost[0].Now != "gone" {
		t.Errorf("Jami'at in August 2021: %+v; want its bloc dissolved, the Republic gone", j)
	}
	for _, a := range []string{"pakistan", "iran", "russia"} {
		if p := kind[a]; p.Kind != "cancelled" || p.At != "2021-09" || len(p.Lost) != 1 || p.Lost[0].Now != "cancelled" || !strings.Contains(p.Lost[0].Terms, "opposition -3") {
			t.Errorf("%s in September 2021: %+v; want its ties to the Taliban cancelling out", a, p)
		}
	}
	for _, phrase := range []string{"cancel out (no switch of sides", "their bloc dissolved, no switch of sides"} {
		if !strings.Contains(s.Reading, phrase) {
			t.Errorf("the reading does not say %q: %s", phrase, s.Reading)
		}
	}
	if i := strings.Index(s.Reading, "No tie recorded any more"); i < 0 || !strings.Contains(s.Reading[i:], "Islamic Republic of Afghanistan") {
		t.Errorf("the reading does not say that the Republic has no ties from August: %s", s.Reading)
	}
	// Each step warns of the cancelled pairs, whatever the series makes of them.
	b := decode[answer.BlocsStep](t, c, "blocs", "--at", "2021-09")
	if w := strings.Join(b.Warnings, " "); !strings.Contains(w, "Taliban - Pakistan (support +3, opposition -3)") {
		t.Errorf("no warning of the cancelled pairs: %v", b.Warnings)
	}
}

// TestSeriesSaysWhoJoined: a group that becomes part of an organization in another bloc
// (here, as a test, the Army of Glory made an element of HTS from February 2018) joined
// it: the series says so, and does not report a move of its own.
func TestSeriesSaysWhoJoined(t *testing.T) {
	c := withTies(t, "idlib-2018-2019", alliances.Tie{ID: "test-glory-joins", Subject: "army-of-glory", Object: "hayat-tahrir-al-sham",
		Kind: alliances.Membership, Role: alliances.Element, Valid: edtf.MustParse("2018-02/..")})
	s := decode[answer.BlocsSeries](t, c, "blocs", "--from", "2018-01", "--to", "2018-03")
	i := slices.IndexFunc(s.Changes, func(ch answer.BlocChange) bool { return ch.Actor == "army-of-glory" })
	if i < 0 || s.Changes[i].Kind != "joined" || s.Changes[i].Folded != "hayat-tahrir-al-sham" || s.Changes[i].FoldedAt != "2018-02" {
		t.Fatalf("the Army of Glory: %+v", s.Changes)
	}
	if !strings.Contains(s.Reading, "Army of Glory joined Hay'at Tahrir al-Sham in 2018-02") || strings.Contains(s.Reading, "Moves:") {
		t.Errorf("reading: %s", s.Reading)
	}
}

// TestCascadeStartsFromTheSideTaken: at May 2021, Hizb-e Islami and Mahaz-e Milli were
// already close to the Taliban (¶8, ¶9): a cascade puts them on the side from the start
// instead of reporting them as its first movers; --seeds-only, for a network of
// friendships, starts from the seed alone and moves them.
func TestCascadeStartsFromTheSideTaken(t *testing.T) {
	c := newCLI(t)
	res := decode[answer.CascadeResult](t, c, "cascade", "--at", "2021-05", "--seed", "taliban")
	for _, a := range []string{"hizb-e-islami", "mahaz-e-milli"} {
		i := slices.IndexFunc(res.Tipped, func(tp answer.Tipping) bool { return tp.Actor == a })
		if i < 0 || res.Tipped[i].Round != 0 || res.Tipped[i].On != "already aligned" || !slices.Contains(res.Already, a) {
			t.Errorf("%s: %+v", a, res.Tipped)
		}
	}
	if !strings.Contains(res.Reading, "already aligned: ") {
		t.Errorf("reading: %s", res.Reading)
	}
	res = decode[answer.CascadeResult](t, c, "cascade", "--at", "2021-05", "--seed", "taliban", "--seeds-only")
	if len(res.Already) != 0 || !slices.ContainsFunc(res.Tipped, func(tp answer.Tipping) bool { return tp.Actor == "hizb-e-islami" && tp.Round == 1 }) {
		t.Errorf("--seeds-only: already %v, tipped %+v", res.Already, res.Tipped)
	}
}

// TestDiffReadsBreakaways: between May and July 2021 the police officers loyal to Karzai,
// parts of the Republic in May, made their own deal with the Taliban (¶11): their stance
// toward the Taliban went from the Republic's war to their own deal, a breakaway, not a
// tie out of nowhere.
func TestDiffReadsBreakaways(t *testing.T) {
	c := newCLI(t)
	d := decode[answer.Change](t, c, "diff", "2021-05", "2021-07", "--focal", "taliban")
	i := slices.IndexFunc(d.Realignments, func(p answer.PairChange) bool { return p.A == "karzai-loyal-police" })
	if i < 0 {
		t.Fatalf("realignments: %+v", d.Realignments)
	}
	if p := d.Realignments[i]; p.Change != "broke away" || p.FoldedFrom != "islamic-republic" || p.SignFrom != "-" || p.SignTo != "+" {
		t.Errorf("the police: %+v", p)
	}
	if !strings.Contains(d.Reading, "broke away from Islamic Republic of Afghanistan (- as part of it, + on its own)") {
		t.Errorf("reading: %s", d.Reading)
	}
}

// TestWarningsOfPeriodAndRecord: in August 2021 the Republic's ties end on the 15th (¶29),
// 15 of the month's 31 days: the majority rule leaves them out, and the output says so;
// a date after the record's last date says that the record may simply stop there.
func TestWarningsOfPeriodAndRecord(t *testing.T) {
	c := newCLI(t)
	r := decode[answer.CentralityResult](t, c, "centrality", "--at", "2021-08")
	if w := strings.Join(r.Warnings, " "); !strings.Contains(w, "active on only part of 2021-08 are left out") || !strings.Contains(w, "--overlap any reads them") {
		t.Errorf("no warning of the ties the majority rule leaves out: %v", r.Warnings)
	}
	if w := strings.Join(decode[answer.CentralityResult](t, c, "centrality", "--at", "2021-08-10").Warnings, " "); strings.Contains(w, "left out, as covering") {
		t.Errorf("a day has no majority to apply: %s", w)
	}
	b := decode[answer.BlocsStep](t, c, "blocs", "--at", "2030")
	if w := strings.Join(b.Warnings, " "); !strings.Contains(w, "the date lies after the latest date the record gives") {
		t.Errorf("no warning of a date beyond the record: %v", b.Warnings)
	}
}

// TestSupportersSayWhatIsUnknown: the article gives Iran's and Russia's support no
// intensity of its own words beside Pakistan's (¶15, ¶19), so a ranking among them rests
// on the case's grading: the reading names the supporters of no recorded intensity when
// there are any; and a support whose end is unknown, known only before the period, is
// named as left out.
func TestSupportersSayWhatIsUnknown(t *testing.T) {
	c := withTies(t, "afghanistan-2021",
		alliances.Tie{ID: "test-ungraded-support", Subject: "kuwait", Object: "taliban", Kind: alliances.Support, Valid: edtf.MustParse("2021/2021")},
		alliances.Tie{ID: "test-old-support", Subject: "china", Object: "taliban", Kind: alliances.Support, Valid: edtf.MustParse("2005/")})
	res := decode[answer.SupportResult](t, c, "supporters", "taliban", "--from", "2021", "--to", "2021")
	i := slices.IndexFunc(res.Supporters, func(s answer.Supporter) bool { return s.Actor == "kuwait" })
	if i < 0 || !res.Supporters[i].Ungraded {
		t.Fatalf("Kuwait's ungraded support: %+v", res.Supporters)
	}
	if !strings.Contains(res.Reading, "The record grades no intensity for") || !strings.Contains(res.Reading, "Kuwait") {
		t.Errorf("reading: %s", res.Reading)
	}
	if w := strings.Join(res.Warnings, " "); !strings.Contains(w, "test-old-support") || strings.Contains(w, "too few for a network measure") {
		t.Errorf("warnings: %v", res.Warnings)
	}
	if _, errOut, code := c.run("supporters", "united-states", "--case", "afghanistan-2021"); code != exitNotFound || strings.Contains(errOut, "--from") {
		t.Errorf("an actor nobody supports: exit %d, %s", code, errOut)
	}
}

// TestStatedSaysWhatItUnfolds: the police's membership of the Republic is the analyst's
// inference (basis inferred): --stated leaves it out, and the parts it no longer folds
// are named.
func TestStatedSaysWhatItUnfolds(t *testing.T) {
	c := newCLI(t)
	b := decode[answer.BlocsStep](t, c, "blocs", "--at", "2018", "--stated")
	if w := strings.Join(b.Warnings, " "); !strings.Contains(w, "--stated leaves out inferred memberships too") || !strings.Contains(w, "afghan-police") {
		t.Errorf("warnings: %v", b.Warnings)
	}
}

// TestPathSaysWhatStandsBetween: two actors at war with no friendly chain between them
// are said to be directly hostile; two whose ties cancel out are said to; an actor
// without ties at the date is named as such (Dostum, whose recorded ties begin in 2021).
func TestPathSaysWhatStandsBetween(t *testing.T) {
	src := []alliances.Citation{{Source: "report", Locator: "p. 1", Credibility: 2}}
	rec := &alliances.Record{Case: "test-path", Title: "two wars and a truce",
		Sources: []alliances.Source{{ID: "report", Title: "A report", Kind: "analysis", Reliability: "B"}},
		Actors: []alliances.Actor{{ID: "front", Name: "Front", Kind: "armed-group"}, {ID: "army", Name: "Army", Kind: "state"},
			{ID: "militia", Name: "Militia", Kind: "militia"}},
		Ties: []alliances.Tie{
			{ID: "war", Subject: "front", Object: "army", Kind: alliances.Hostility, Valid: edtf.MustParse("2019/2021"), Intensity: 4, Basis: alliances.Stated, Citations: src},
			{ID: "deal", Subject: "militia", Object: "army", Kind: alliances.Cooperation, Valid: edtf.MustParse("2019/2021"), Intensity: 2, Basis: alliances.Stated, Citations: src},
			{ID: "feud", Subject: "militia", Object: "army", Kind: alliances.Rivalry, Valid: edtf.MustParse("2019/2021"), Intensity: 2, Basis: alliances.Stated, Citations: src},
		}}
	c := loaded(t, rec)
	p := decode[answer.PathResult](t, c, "path", "front", "army", "--at", "2020")
	if len(p.Shortest) != 0 || !strings.Contains(p.Why, "directly hostile (hostility -4)") {
		t.Errorf("front and army: %+v", p)
	}
	if p := decode[answer.PathResult](t, c, "path", "militia", "army", "--at", "2020"); !strings.Contains(p.Why, "cancel out") {
		t.Errorf("militia and army: %q", p.Why)
	}
	if p := decode[answer.PathResult](t, newCLI(t), "path", "pakistan", "dostum", "--at", "2010"); !strings.Contains(p.Why, "Abdul Rashid Dostum has no ties at the date") {
		t.Errorf("Dostum in 2010: %q", p.Why)
	}
}

// TestTiesNameTheirCases: a listing across the two built-in cases says which case each
// tie comes from.
func TestTiesNameTheirCases(t *testing.T) {
	c := newCLI(t)
	out := c.ok("ties", "--status", "alleged")
	if !strings.HasPrefix(out, "CASE") || !strings.Contains(out, "of 2 cases (--case keeps one)") {
		t.Errorf("ties of two cases:\n%s", out)
	}
	if out := c.ok("ties", "--status", "alleged", "--case", "idlib-2018-2019"); strings.HasPrefix(out, "CASE") {
		t.Errorf("ties of one case with a CASE column:\n%s", out)
	}
}

// TestCentralitySaysTheNetworkIsInPieces: in 2016 the positive ties make separate pieces
// (the Republic's camp, the Taliban's, the jihadists at war with both, ¶8, ¶18): the
// eigenvector centrality of one piece says nothing of another, and the output warns. The
// pieces are counted on the network measured: each actor's piece holds every actor it
// has a positive tie to.
func TestCentralitySaysTheNetworkIsInPieces(t *testing.T) {
	c := newCLI(t)
	r := decode[answer.CentralityResult](t, c, "centrality", "--at", "2016", "--explain")
	if r.Pieces < 2 || r.Largest >= len(r.Actors) {
		t.Fatalf("2016: %d pieces, the largest of %d of %d actors", r.Pieces, r.Largest, len(r.Actors))
	}
	if w := strings.Join(r.Warnings, " "); !strings.Contains(w, "falls into") {
		t.Errorf("no warning of the pieces: %v", r.Warnings)
	}
	// An actor with eigenvector centrality above 0 and one at 0 lie in different pieces:
	// no positive tie joins the Taliban to the Republic in 2016.
	score := map[string]float64{}
	for _, a := range r.Actors {
		if a.Eigenvector != nil {
			score[a.Actor] = *a.Eigenvector
		}
	}
	if (score["taliban"] > 1e-3) == (score["islamic-republic"] > 1e-3) { // the power iteration leaves a residue below 1e-4
		t.Errorf("Taliban %g and Republic %g: one piece carries the eigenvector, the other not", score["taliban"], score["islamic-republic"])
	}
}
