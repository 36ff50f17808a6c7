package main

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/cases"
	"github.com/alliances-project/alliances/edtf"
)

// These tests ask the built-in Afghanistan case the analyst's questions (shared/DOMAIN.md,
// section 1) and check the answers against what the article says (New Lines Institute,
// September 2021; ¶N counts its body paragraphs). The expected answers are written from
// the article, not from the program's output.

// decode runs a command that must succeed with --json and decodes its output.
func decode[T any](t *testing.T, c *cli, args ...string) T {
	t.Helper()
	var v T
	out := c.ok(append(args, "--json")...)
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("%v: %v\n%s", args, err, out)
	}
	return v
}

func TestFirstUseLoadsTheBuiltInCases(t *testing.T) {
	c := newCLI(t)
	out, errOut, code := c.run("actor", "taliban")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, id := range []string{"afghanistan-2021", "idlib-2018-2019"} {
		if !strings.Contains(errOut, "was empty; loaded the built-in case "+id) {
			t.Errorf("stderr = %q, want a line saying the built-in case %s was loaded", errOut, id)
		}
	}
	if !strings.HasPrefix(out, "Taliban (taliban)\n") || !strings.Contains(out, "pakistan") {
		t.Errorf("profile of the Taliban:\n%s", out)
	}
	if _, errOut, _ := c.run("actors"); strings.Contains(errOut, "loaded") {
		t.Errorf("second command loaded the cases again: %q", errOut)
	}
}

// TestBuiltInCasesCheckClean: every built-in case reads with no problem and no warning:
// every tie has a basis, every agreement a type.
func TestBuiltInCasesCheckClean(t *testing.T) {
	for _, f := range cases.All() {
		path := writeFile(t, t.TempDir(), filepath.Base(f.Name), string(f.Data))
		out := newCLI(t).ok("check", path)
		if strings.Contains(out, "warning") || !strings.Contains(out, ": ok: ") {
			t.Errorf("check %s = %q", f.Name, out)
		}
	}
}

func TestBuiltInCaseRoundTrips(t *testing.T) {
	first := newCLI(t)
	yaml1 := first.ok("export", "--case", "afghanistan-2021")
	path := writeFile(t, t.TempDir(), "export.yaml", yaml1)
	builtIn := writeFile(t, t.TempDir(), "afghanistan-2021.yaml", string(cases.Default()))
	for _, in := range []string{path, builtIn} {
		out := first.ok("import", in)
		if !strings.Contains(out, " 0 added, 0 changed, 0 retracted, ") {
			t.Errorf("re-import of %s = %q, want no change", filepath.Base(in), out)
		}
	}
	second := newCLI(t)
	second.ok("import", path)
	if yaml2 := second.ok("export"); yaml2 != yaml1 {
		t.Errorf("export after importing the export differs from the first export")
	}
}

// chainSteps returns the number of steps of the shortest chain of positive ties between
// a and b at date d, 0 when none links them.
func chainSteps(t *testing.T, c *cli, a, b, d string) int {
	t.Helper()
	res := decode[answer.PathResult](t, c, "path", a, b, "--at", d)
	if len(res.Shortest) == 0 {
		return 0
	}
	return len(res.Shortest[0].Steps)
}

// TestTalibanPartnersInMid2021 (question 1): in July 2021 the Taliban's direct partners,
// on balance of their ties, include the regional supporters (¶12, ¶14, ¶15, ¶19), Hizb-e
// Islami (a full friendship, ¶7), and the factions that had made their deals (Rabbani's in
// June, ¶10; the Karzai-loyal police in late June, ¶11). The United States (the momentum of
// the 2020 deal was not sustained, ¶15, ¶24), the Republic (at war until its collapse,
// ¶8, ¶17, ¶26) and the Islamic State (a bitter fight, ¶23) are not.
func TestTalibanPartnersInMid2021(t *testing.T) {
	c := newCLI(t)
	for _, p := range []string{"pakistan", "iran", "russia", "hizb-e-islami", "jamiat-rabbani", "karzai-loyal-police"} {
		if n := chainSteps(t, c, "taliban", p, "2021-07"); n != 1 {
			t.Errorf("%s is %d steps from the Taliban in 2021-07, want a direct partner", p, n)
		}
	}
	for _, e := range []string{"united-states", "islamic-republic", "islamic-state-khorasan"} {
		if n := chainSteps(t, c, "taliban", e, "2021-07"); n == 1 {
			t.Errorf("%s is a direct partner of the Taliban in 2021-07", e)
		}
	}
	// Every step of a chain names its ties, and every tie cites the article by paragraph.
	res := decode[answer.PathResult](t, c, "path", "taliban", "russia", "--at", "2021-07", "--explain")
	ties := tiesJSON(t, c)
	for _, step := range res.Shortest[0].Steps {
		for _, id := range step {
			tie := ties[id]
			if len(tie.Citations) == 0 || !strings.HasPrefix(tie.Citations[0].Locator, "¶") {
				t.Errorf("tie %s behind the chain cites no paragraph: %+v", id, tie.Citations)
			}
		}
	}
}

// tiesJSON returns every tie of the built-in cases by id.
func tiesJSON(t *testing.T, c *cli, args ...string) map[string]alliances.Tie {
	t.Helper()
	out := map[string]alliances.Tie{}
	for _, tie := range decode[[]alliances.Tie](t, c, append([]string{"ties"}, args...)...) {
		out[tie.ID] = tie
	}
	return out
}

// TestNamesAndAliasesAreAccepted: an analyst may name actors as the article does.
func TestNamesAndAliasesAreAccepted(t *testing.T) {
	c := newCLI(t)
	res := decode[answer.PathResult](t, c, "path", "Russia", "Rabbani's Jami'at", "--at", "2021-07")
	if res.From != "russia" || res.To != "jamiat-rabbani" {
		t.Errorf("path Russia \"Rabbani's Jami'at\" read as %s to %s", res.From, res.To)
	}
	if _, errOut, code := c.run("path", "Russia", "Rabani", "--at", "2021-07"); code != exitNotFound || !strings.Contains(errOut, "did you mean") {
		t.Errorf("a misspelt name: exit %d, %q; want not found with a suggestion", code, errOut)
	}
	ties := decode[[]alliances.Tie](t, c, "ties", "--between", "Hekmatyar,Ashraf Ghani")
	if len(ties) == 0 {
		t.Error("ties --between Hekmatyar,Ashraf Ghani found nothing (¶7 has their honeymoon and their feud)")
	}
}

// TestHizbIslamiReversal (question 2): after its 2016 peace deal the Taliban targeted
// Hizb-e Islami; by 2018 Hekmatyar was edging closer to them, a full friendship before the
// Republic fell (¶7). The pair's net sign turns from - to +; the peace deal with the
// government is a process tie and never counts as friendship.
func TestHizbIslamiReversal(t *testing.T) {
	c := newCLI(t)
	for _, tie := range decode[[]alliances.Tie](t, c, "ties", "--between", "hizb-e-islami,taliban", "--at", "2016") {
		if tie.Sign > 0 {
			t.Errorf("a positive tie between Hizb-e Islami and the Taliban in 2016: %s", tie.ID)
		}
	}
	ch := decode[answer.Change](t, c, "diff", "2016", "2019", "--focal", "taliban")
	turned := slices.ContainsFunc(ch.Realignments, func(p answer.PairChange) bool {
		return p.A == "hizb-e-islami" && p.SignFrom == "-" && p.SignTo == "+"
	})
	if !turned {
		t.Errorf("diff 2016 2019 does not show Hizb-e Islami turning from - to + toward the Taliban: %+v", ch.Realignments)
	}
	for _, tie := range decode[[]alliances.Tie](t, c, "ties", "--between", "hizb-e-islami,islamic-republic", "--kind", "agreement") {
		if tie.Type != alliances.PeaceDeal || tie.Sign != 0 {
			t.Errorf("the 2016 deal %s: type %q, sign %v; want a peace deal without sign", tie.ID, tie.Type, tie.Sign)
		}
	}
}

// TestUnitedStatesNeverPartnersTheTaliban (question 2): at war until the February 2020
// agreement, which is a peace deal, a process tie; antagonism after it (¶13-15, ¶24-25).
func TestUnitedStatesNeverPartnersTheTaliban(t *testing.T) {
	c := newCLI(t)
	for _, d := range []string{"2010", "2019", "2020-06", "2021-07"} {
		if n := chainSteps(t, c, "united-states", "taliban", d); n == 1 {
			t.Errorf("the United States is a direct partner of the Taliban at %s", d)
		}
	}
	deal := false
	for _, tie := range decode[[]alliances.Tie](t, c, "ties", "--between", "united-states,taliban", "--at", "2020-02") {
		deal = deal || tie.Kind == alliances.Agreement && tie.Type == alliances.PeaceDeal && tie.Sign == 0
	}
	if !deal {
		t.Error("no peace deal without sign between the United States and the Taliban in 2020 (¶24)")
	}
}

// TestSupportersOf2021 (question 3): in 2021 Pakistan, Iran, Russia, Qatar and Kuwait
// supported the Taliban (¶12); Russia was the third-largest source of support according
// to Taliban sources (¶19), with weapons and money (¶19); Saudi support had stopped (¶28).
// Pakistan's support is "substantive" (3), Iran's and Russia's ungraded (3 by default):
// equal scores share the first rank, not 1, 2, 3. Qatar's and Kuwait's support is
// "smaller" (2) and undated: the output says what is unknown.
func TestSupportersOf2021(t *testing.T) {
	c := newCLI(t)
	res := decode[answer.SupportResult](t, c, "supporters", "taliban", "--from", "2021", "--to", "2021-08")
	got := map[string]answer.Supporter{}
	for _, s := range res.Supporters {
		got[s.Actor] = s
	}
	if names := answer.SortedCopy(keysOf(got)); !slices.Equal(names, []string{"iran", "kuwait", "pakistan", "qatar", "russia"}) {
		t.Fatalf("supporters in 2021 = %v", names)
	}
	for _, a := range []string{"pakistan", "iran", "russia"} {
		if got[a].Rank != 1 {
			t.Errorf("%s ranks %d; Pakistan, Iran and Russia score alike and share rank 1", a, got[a].Rank)
		}
	}
	if got["qatar"].Rank != 4 || !slices.Contains(got["qatar"].Unknown, "start") {
		t.Errorf("Qatar: rank %d, unknown %v; want rank 4 and its start unknown", got["qatar"].Rank, got["qatar"].Unknown)
	}
	r := got["russia"]
	if len(r.SourceRanks) != 1 || r.SourceRanks[0].Rank != 3 || !slices.Equal(r.SourceRanks[0].AttributedTo, []string{"Taliban sources"}) {
		t.Errorf("Russia's ranks by the sources = %+v, want #3 per Taliban sources", r.SourceRanks)
	}
	if !slices.Contains(r.Forms, alliances.Weapons) || !slices.Contains(r.Forms, alliances.Funding) {
		t.Errorf("Russia's forms = %v, want weapons and funding", r.Forms)
	}
	if !strings.Contains(res.Reading, "on the word of Taliban sources") {
		t.Errorf("the reading does not say whose word Russia's rank rests on: %q", res.Reading)
	}
}

func keysOf[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

// TestIranBrokersBetweenRussiaAndTaliban (question 4): according to Taliban sources, Iran
// introduced the Taliban to the Russians around 2016 (¶18): a mediation counted as Iran's
// brokerage, on one party's word.
func TestIranBrokersBetweenRussiaAndTaliban(t *testing.T) {
	c := newCLI(t)
	res := decode[answer.BrokersResult](t, c, "brokers", "--at", "2016")
	found := slices.ContainsFunc(res.Mediations, func(m answer.Mediation) bool {
		return m.Mediator == "iran" && m.Between == [2]string{"russia", "taliban"} && m.Status == "alleged"
	})
	if !found {
		t.Errorf("no alleged mediation by Iran between Russia and the Taliban in 2016: %+v", res.Mediations)
	}
	i := slices.IndexFunc(res.Brokers, func(b answer.Broker) bool { return b.Actor == "iran" })
	if i < 0 || res.Brokers[i].Mediation != 1 || res.Brokers[i].Total < 1 {
		t.Fatalf("Iran's brokerage in 2016: %+v", res.Brokers)
	}
	if !strings.Contains(strings.Join(res.Warnings, " "), "tie-iran-introduces-taliban-to-russia (alleged") {
		t.Errorf("no warning that the mediation rests on one party's word: %v", res.Warnings)
	}
}

// TestRegionalPowersMediateIn2020 (question 4): Pakistan, Iran and Russia lobbied the old
// stakeholders and mediated between them and the Taliban (¶25): each brokers between the
// Taliban and Rabbani's Jami'at (part of Jami'at until its deal) and Karzai.
func TestRegionalPowersMediateIn2020(t *testing.T) {
	c := newCLI(t)
	res := decode[answer.BrokersResult](t, c, "brokers", "--at", "2020-06")
	for _, m := range []string{"pakistan", "iran", "russia"} {
		var with []string
		for _, md := range res.Mediations {
			if md.Mediator == m {
				with = append(with, md.Between[0]+"/"+md.Between[1])
			}
		}
		slices.Sort(with)
		if !slices.Equal(with, []string{"hamid-karzai/taliban", "jamiat/taliban"}) {
			t.Errorf("%s mediates between %v in mid-2020, want Karzai and Jami'at (Rabbani's faction) with the Taliban", m, with)
		}
	}
}

// TestSaudiRoleIn2009CannotBeJudged (question 7): the article says it is not known
// whether the Saudis played a role in the 2009-2010 contacts (¶22). The case records no
// Saudi role (no one claims one); an analyst who records the question as a mediation of
// credibility 6 (cannot be judged) sees it flagged, with a flag that leaves it out.
func TestSaudiRoleIn2009CannotBeJudged(t *testing.T) {
	rec := builtIn(t, "afghanistan-2021")
	if b := decode[answer.BrokersResult](t, loaded(t, rec), "brokers", "--at", "2009-06"); slices.ContainsFunc(b.Mediations, func(m answer.Mediation) bool { return m.Mediator == "saudi-arabia" }) {
		t.Fatalf("the case records a Saudi mediation in 2009: %+v", b.Mediations)
	}
	asked := *rec
	asked.Ties = append(slices.Clone(rec.Ties), alliances.Tie{ID: "test-saudi-role-2009", Subject: "saudi-arabia", Object: "taliban",
		Third: "islamic-republic", Kind: alliances.Mediation, Valid: edtf.MustParse("2009/2010"), Basis: alliances.Inferred,
		Citations: []alliances.Citation{{Source: "newlines-2021", Locator: "¶22", Credibility: 6}}})
	c := loaded(t, &asked)
	res := decode[answer.BrokersResult](t, c, "brokers", "--at", "2009-06")
	i := slices.IndexFunc(res.Mediations, func(m answer.Mediation) bool { return m.Mediator == "saudi-arabia" })
	if i < 0 || res.Mediations[i].Credibility != 6 {
		t.Fatalf("the Saudi role in 2009: %+v", res.Mediations)
	}
	w := strings.Join(res.Warnings, " ")
	if !strings.Contains(w, "credibility 6") || !strings.Contains(w, "--min-credibility 3 leaves them out") {
		t.Errorf("no warning about the doubtful mediation, with the flag that leaves it out: %v", res.Warnings)
	}
	res = decode[answer.BrokersResult](t, c, "brokers", "--at", "2009-06", "--min-credibility", "3")
	if slices.ContainsFunc(res.Mediations, func(m answer.Mediation) bool { return m.Mediator == "saudi-arabia" }) {
		t.Error("the Saudi mediation survives --min-credibility 3")
	}
}

// TestDefectionsOfJune2021 (question 5): Rabbani's faction made the first deal, in June
// 2021 (¶10); in late June and early July the western Jami'at commanders, Khalili's Hazara
// commanders and the police and militia commanders loyal to Karzai followed (¶11). These
// are the record's moves; none is the whole organization's (the parts broke away), and a
// membership is never a move. The run is scored against chance.
func TestDefectionsOfJune2021(t *testing.T) {
	c := newCLI(t)
	res := decode[answer.CascadeResult](t, c, "cascade", "--at", "2021-05", "--seed", "taliban", "--record", "2021-06/2021-08", "--fit")
	got := map[string]string{}
	for _, mv := range res.Record {
		got[mv.Actor] = mv.Date
	}
	want := map[string]string{"jamiat-rabbani": "2021-06", "jamiat-western-commanders": "2021-06-20~",
		"khalili-hazara-commanders": "2021-06-20~", "karzai-loyal-police": "2021-06-20~", "karzai-loyal-militias": "2021-06-20~"}
	if len(got) != len(want) {
		t.Errorf("recorded moves %v, want %v", got, want)
	}
	for a, d := range want {
		if got[a] != d {
			t.Errorf("%s moved on %q, want %s", a, got[a], d)
		}
	}
	if res.Chance == nil || res.Chance.Draws != 1000 || res.Fit == nil {
		t.Fatalf("no score against chance: %+v", res.Chance)
	}
	if !strings.Contains(strings.Join(res.Warnings, " "), "fitted to the record") {
		t.Errorf("no warning that the fit is in-sample: %v", res.Warnings)
	}
	// Hizb-e Islami and Mahaz-e Milli were with the Taliban before June (¶7, ¶8): on the
	// side from the start, neither moves nor misses.
	for _, a := range []string{"hizb-e-islami", "mahaz-e-milli"} {
		if !slices.Contains(res.Already, a) {
			t.Errorf("%s is not among those already aligned: %v", a, res.Already)
		}
	}
	// A what-if without Rabbani's faction, once it is an actor of its own.
	wi := decode[answer.CascadeResult](t, c, "cascade", "--at", "2021-07", "--seed", "taliban", "--without", "jamiat-rabbani")
	if wi.WhatIf == nil || slices.ContainsFunc(wi.WhatIf.Tipped, func(tp answer.Tipping) bool { return tp.Actor == "jamiat-rabbani" }) {
		t.Errorf("what-if without jamiat-rabbani: %+v", wi.WhatIf)
	}
}

// TestBlocsOf2021 (question 6): month by month in 2021, the Republic and the United States
// stay apart from the Taliban while the Republic stands (¶17, ¶26); Rabbani's faction moves
// to the Taliban's side in June (¶10), the western Jami'at commanders and the Karzai-loyal
// police in July, after their deals of late June (¶11).
func TestBlocsOf2021(t *testing.T) {
	c := newCLI(t)
	s := decode[answer.BlocsSeries](t, c, "blocs", "--from", "2021-01", "--to", "2021-08", "--step", "1m")
	for _, step := range s.Steps {
		bloc := map[string]int{}
		for _, b := range step.Blocs {
			for _, a := range b.Actors {
				bloc[a] = b.Bloc
			}
		}
		for _, a := range []string{"islamic-republic", "united-states"} {
			if b, ok := bloc[a]; ok && b == bloc["taliban"] {
				t.Errorf("%s: %s in the Taliban's bloc", step.At, a)
			}
		}
	}
	moved := map[string]string{}
	for _, ch := range s.Changes {
		if ch.FromName == "islamic-republic" && ch.ToName == "taliban" {
			moved[ch.Actor] = ch.At
		}
	}
	for a, at := range map[string]string{"jamiat-rabbani": "2021-06", "jamiat-western-commanders": "2021-07", "karzai-loyal-police": "2021-07"} {
		if moved[a] != at {
			t.Errorf("%s moved from the Republic's bloc to the Taliban's at %q, want %s (moves: %+v)", a, moved[a], at, s.Changes)
		}
	}
	if s.Case != "afghanistan-2021" || !strings.Contains(s.CaseNote, "the built-in case") {
		t.Errorf("case %q (%s): an analysis of a database of two cases must say which it read", s.Case, s.CaseNote)
	}
}

// TestBlocsAreTheSameWhateverTheSeed: the blocs of 2016 are solved exactly, every optimal
// partition is listed, and the seed of the local search changes nothing.
func TestBlocsAreTheSameWhateverTheSeed(t *testing.T) {
	c := newCLI(t)
	var first answer.BlocsStep
	for i, seed := range []string{"1", "2", "3"} {
		b := decode[answer.BlocsStep](t, c, "blocs", "--at", "2016", "--seed", seed)
		if !b.Exact || !b.OptimaComplete || b.Optima != len(b.Partitions) {
			t.Errorf("seed %s: exact %v, complete %v, %d optima listed of %d", seed, b.Exact, b.OptimaComplete, len(b.Partitions), b.Optima)
		}
		if i == 0 {
			first = b
			continue
		}
		if !slices.EqualFunc(b.Partitions, first.Partitions, func(x, y [][]string) bool {
			return slices.EqualFunc(x, y, slices.Equal)
		}) {
			t.Errorf("seed %s gives other optima than seed 1", seed)
		}
	}
	// Hizb-e Islami sits with the Republic in 2016 (its honeymoon with Ghani, ¶7) and
	// with the Taliban in mid-2021.
	with := func(b answer.BlocsStep, a, other string) bool {
		return slices.ContainsFunc(b.Blocs, func(bl answer.Bloc) bool { return slices.Contains(bl.Actors, a) && slices.Contains(bl.Actors, other) })
	}
	if !with(first, "hizb-e-islami", "islamic-republic") || with(first, "hizb-e-islami", "taliban") {
		t.Errorf("2016: Hizb-e Islami not with the Republic: %+v", first.Blocs)
	}
	if late := decode[answer.BlocsStep](t, c, "blocs", "--at", "2021-07"); !with(late, "hizb-e-islami", "taliban") {
		t.Errorf("2021-07: Hizb-e Islami not with the Taliban: %+v", late.Blocs)
	}
}

// TestCentralityLeadersAreOrganizations: in mid-2021 the leading actors are organizations
// and states: their parts (US forces, Pakistan's military, Ghani, the security forces) are
// folded into them. Equal scores share a rank, and JSON says how much it lists.
func TestCentralityLeadersAreOrganizations(t *testing.T) {
	c := newCLI(t)
	res := decode[answer.CentralityResult](t, c, "centrality", "--at", "2021-07")
	kinds := map[string]string{}
	for _, a := range decode[[]alliances.Actor](t, c, "actors") {
		kinds[a.ID] = a.Kind
	}
	for _, a := range res.Actors {
		if slices.Contains([]string{"us-forces", "pakistan-military", "ashraf-ghani", "afghan-security-forces", "hekmatyar"}, a.Actor) {
			t.Errorf("%s, a part of an organization, has a place of its own", a.Actor)
		}
	}
	// The Taliban lead: their deals run to every camp (¶4-¶11). The leaders after them
	// are organizations and states, not their parts.
	if len(res.Actors) < 3 || res.Actors[0].Actor != "taliban" {
		t.Fatalf("actors %+v", res.Actors)
	}
	for _, a := range res.Actors[:5] {
		if k := kinds[a.Actor]; k != "armed-group" && k != "state" && k != "party" {
			t.Errorf("%s (%s) leads by betweenness", a.Actor, k)
		}
	}
	last := res.Actors[len(res.Actors)-1]
	if last.Betweenness == 0 && last.Rank == len(res.Actors) && res.Actors[len(res.Actors)-2].Betweenness == 0 {
		t.Errorf("actors with equal betweenness do not share a rank: %+v", res.Actors)
	}
	if res.Listed.Total != len(res.Actors) || res.Listed.Limit != 0 {
		t.Errorf("JSON lists %d of %+v: it must list all, or say what it cut", len(res.Actors), res.Listed)
	}
	cut := decode[answer.CentralityResult](t, c, "centrality", "--at", "2021-07", "--limit", "3")
	if len(cut.Actors) != 3 || cut.Listed.Total != len(res.Actors) || cut.Listed.Limit != 3 {
		t.Errorf("--limit 3: %d actors, listed %+v", len(cut.Actors), cut.Listed)
	}
}

// TestClaimsOnTalibanSourcesAreAlleged (question 7): every claim the article credits to
// Taliban sources is alleged and says so (¶18, ¶19, ¶22).
func TestClaimsOnTalibanSourcesAreAlleged(t *testing.T) {
	c := newCLI(t)
	alleged := decode[[]alliances.Tie](t, c, "ties", "--status", "alleged", "--case", "afghanistan-2021")
	if len(alleged) == 0 {
		t.Fatal("no alleged tie")
	}
	for _, tie := range alleged {
		if !slices.ContainsFunc(tie.Citations, func(ci alliances.Citation) bool { return ci.AttributedTo == "Taliban sources" }) {
			t.Errorf("%s is alleged but credits no one: %+v", tie.ID, tie.Citations)
		}
	}
}

// TestEveryAnalysisSaysWhatItRead: each analysis, as a table and as JSON, opens with its
// reading, states its rules (date, layers, folding) and its warnings; on this case, that
// every tie rests on one source.
func TestEveryAnalysisSaysWhatItRead(t *testing.T) {
	c := newCLI(t)
	for _, args := range [][]string{
		{"centrality", "--at", "2021-07"},
		{"brokers", "--at", "2016"},
		{"balance", "--at", "2021-07"},
		{"blocs", "--at", "2021-07"},
		{"blocs", "--from", "2021-05", "--to", "2021-07", "--step", "1m"},
		{"path", "russia", "taliban", "--at", "2021-07"},
		{"cascade", "--at", "2021-07", "--seed", "taliban"},
		{"diff", "2016", "2021", "--focal", "taliban"},
		{"supporters", "taliban"},
	} {
		out := c.ok(args...)
		lines := strings.Split(out, "\n")
		if strings.HasPrefix(lines[0], "Case:") || !strings.Contains(out, "\nRead: ") || !strings.Contains(out, "\nLayers: alignment x1") ||
			!strings.Contains(out, "folded into their organizations") {
			t.Errorf("%v does not open with a reading and its rules:\n%s", args, strings.Join(lines[:min(8, len(lines))], "\n"))
		}
		if !strings.Contains(out, "rests on one source (newlines-2021)") {
			t.Errorf("%v does not warn that everything rests on one source", args)
		}
		var r answer.Report
		if err := json.Unmarshal([]byte(c.ok(append(args, "--json")...)), &r); err != nil || r.Reading == "" || r.Rules.Date == "" || r.Case != "afghanistan-2021" {
			t.Errorf("%v --json: reading %q, rules %+v, case %q (%v)", args, r.Reading, r.Rules, r.Case, err)
		}
	}
}

// TestMonthsReadTheStateThatHeld: the Republic collapsed in mid-August 2021 (¶26): its
// ties cover 15 of August's 31 days, so the month shows the state after the collapse, while
// a day before it shows the Republic.
func TestMonthsReadTheStateThatHeld(t *testing.T) {
	c := newCLI(t)
	has := func(args ...string) bool {
		res := decode[answer.CentralityResult](t, c, append([]string{"centrality", "--all"}, args...)...)
		return slices.ContainsFunc(res.Actors, func(a answer.Central) bool { return a.Actor == "islamic-republic" })
	}
	if has("--at", "2021-08") || !has("--at", "2021-08-10") || !has("--at", "2021-08", "--overlap", "any") {
		t.Error("the Republic: want absent from August (majority), present on 10 August and with --overlap any")
	}
}

// TestAnalysesOnAwkwardInput runs analyses where they used to fail: empty status lists
// in --robust, empty snapshots, names that do not fit.
func TestAnalysesOnAwkwardInput(t *testing.T) {
	c := newCLI(t)
	for _, args := range [][]string{
		{"centrality", "--at", "2016", "--status", "alleged", "--robust"},
		{"balance", "--at", "2016", "--status", "alleged", "--robust"},
		{"centrality", "--at", "1800"},
		{"balance", "--at", "1800", "--robust"},
		{"cascade", "--at", "1800", "--seed", "taliban"},
		{"blocs", "--at", "2016", "--k", "1000000000"},
		{"diff", "2016", "2019", "--focal", "taliban", "--no-fold"},
	} {
		if out, errOut, code := c.run(args...); code != 0 || strings.Contains(errOut, "goroutine") {
			t.Errorf("%v: exit %d\n%s%s", args, code, out, errOut)
		}
	}
	for _, tt := range []struct {
		args   []string
		code   int
		phrase string
	}{
		{[]string{"path", "taliban", "taliban", "--at", "2016"}, exitUsage, "two different actors"},
		{[]string{"path", "taliban", "Afghan Taliban", "--at", "2016"}, exitUsage, "are both taliban"},
		{[]string{"cascade", "--at", "2021", "--seed", "taliban", "--without", "taliban"}, exitUsage, "it is a seed"},
		{[]string{"path", "iran", "taliban", "--at", "2016", "--limit", "100000"}, exitUsage, "--limit 100000"},
		{[]string{"cascade", "--at", "2021", "--seed", "taliban", "--without-tie", "no-such-tie"}, exitNotFound, "no such tie"},
		{[]string{"cascade", "--at", "2021", "--seed", "taliban", "--side", "iran"}, exitUsage, "not among the seeds"},
		{[]string{"diff", "2021-13", "2019"}, exitUsage, `first date "2021-13": column 6: month 13`},
		{[]string{"supporters", "taliban", "--from", "2021", "--to", "2019"}, exitUsage, "--to 2019 is before --from 2021"},
		{[]string{"centrality", "--at", "2016", "--approx", "-1"}, exitUsage, "--approx -1"},
		{[]string{"balance", "--at", "2016", "--case", "nope"}, exitNotFound, `no case "nope"`},
		{[]string{"supporters", "pakistan-military", "--from", "2020", "--to", "2021"}, exitUsage, "folded into pakistan"},
		{[]string{"blocs", "--at", "2016", "--layers", "alignment,hierarchy"}, exitUsage, "does not read the hierarchy layer"},
		{[]string{"diff", "2016", "2021", "--layers", "alignment,process"}, exitUsage, "a cease-fire, talks or a mediation make no one a friend"},
		{[]string{"blocs", "--at", "2016", "--layers", "alignment,friendship"}, exitUsage, `unknown layer "friendship"`},
		{[]string{"centrality", "--at", "2016", "--kind", "mediation"}, exitUsage, "in the process layer"},
		{[]string{"centrality", "--at", "2016", "--sign", "-"}, exitUsage, "--sign - leaves none; add --all"},
		{[]string{"blocs", "--at", "2016", "--overlap", "most"}, exitUsage, "expected majority or any"},
		{[]string{"blocs", "--at", "2016", "--part-weight", "2"}, exitUsage, "--part-weight 2"},
		{[]string{"cascade", "--at", "2021", "--seed", "taliban", "--movers", "states"}, exitUsage, `--movers "states"`},
		{[]string{"path", "hizb-e-islami", "hayat-tahrir-al-sham", "--at", "2018"}, exitNotFound, "an actor of case idlib-2018-2019"},
	} {
		if _, errOut, code := c.run(tt.args...); code != tt.code || !strings.Contains(errOut, tt.phrase) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d and %q", tt.args, code, errOut, tt.code, tt.phrase)
		}
	}
}

// TestOwnBodiesAreNoRealignments: a party's faction that declares for its own party is
// no realignment toward it, even kept apart with --no-fold; an outsider that does is.
func TestOwnBodiesAreNoRealignments(t *testing.T) {
	c := newCLI(t)
	path := writeFile(t, t.TempDir(), "own.yaml", `case: own
title: A party, its faction and an outsider
sources: [{id: s, title: S, kind: analysis, reliability: B}]
actors:
  - {id: party, name: Party, kind: party}
  - {id: wing, name: Wing, kind: faction}
  - {id: outsider, name: Outsider, kind: militia}
ties:
  - {id: wing-of-party, subject: wing, object: party, kind: membership, role: faction, valid: "2000/..", basis: stated, citations: [{source: s, credibility: 2}]}
  - {id: wing-for-party, subject: wing, object: party, kind: favour, valid: "2015/..", basis: stated, citations: [{source: s, credibility: 2}]}
  - {id: outsider-for-party, subject: outsider, object: party, kind: favour, valid: "2015/..", basis: stated, citations: [{source: s, credibility: 2}]}
`)
	c.ok("import", path)
	ch := decode[answer.Change](t, c, "diff", "2010", "2020", "--focal", "party", "--no-fold", "--case", "own")
	var who []string
	for _, p := range ch.Realignments {
		who = append(who, p.A)
	}
	if !slices.Equal(who, []string{"outsider"}) {
		t.Errorf("realignments toward the party: %v, want the outsider alone", who)
	}
}
