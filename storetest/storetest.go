// Package storetest is the conformance suite every alliances.Store implementation
// passes: the SQLite store always, the PostgreSQL store when a test server is
// configured. It checks the bitemporal contract: imports are atomic and idempotent,
// edits record new versions, retractions keep the past, and every query can be asked as
// known at an earlier instant.
package storetest

import (
	"context"
	"errors"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/cases"
	"github.com/alliances-project/alliances/edtf"
)

// Clock is a settable clock for recorded times.
type Clock struct{ T time.Time }

// Now returns the clock's time.
func (c *Clock) Now() time.Time { return c.T }

// Advance moves the clock on by d and returns the new time.
func (c *Clock) Advance(d time.Duration) time.Time { c.T = c.T.Add(d); return c.T }

// Open opens an empty store whose imports stamp changes with clock.Now.
type Open func(t *testing.T, clock *Clock) alliances.Store

// Run runs the suite against stores made by open.
func Run(t *testing.T, open Open) {
	t.Run("ImportThenRecordGivesBackTheCase", func(t *testing.T) { testRoundTrip(t, open) })
	t.Run("ReimportChangesNothing", func(t *testing.T) { testReimport(t, open) })
	t.Run("EditKeepsOldVersionKnownAtEarlierTime", func(t *testing.T) { testEdit(t, open) })
	t.Run("RetractionHidesClaimButKeepsHistory", func(t *testing.T) { testRetract(t, open) })
	t.Run("ErrConflictWritesNothing", func(t *testing.T) { testConflict(t, open) })
	t.Run("ErrInvalidWritesNothing", func(t *testing.T) { testInvalid(t, open) })
	t.Run("SeveralRecordsAllOrNothing", func(t *testing.T) { testSeveral(t, open) })
	t.Run("TieFilters", func(t *testing.T) { testFilters(t, open) })
	t.Run("ActorSearchIgnoresCaseAndAccents", func(t *testing.T) { testActorSearch(t, open) })
	t.Run("EventsOfAnActorAsKnownAtEachTime", func(t *testing.T) { testEventsOfActor(t, open) })
	t.Run("ErrNotFound", func(t *testing.T) { testNotFound(t, open) })
	t.Run("CasesNameTheRegistrysActors", func(t *testing.T) { testRegistry(t, open) })
	t.Run("MergesAreVersionsAndChecked", func(t *testing.T) { testMerge(t, open) })
	t.Run("StreamedTiesAreImportedAsAWholeRecordIs", func(t *testing.T) { testStream(t, open) })
}

var start = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

func mustImport(t *testing.T, s alliances.Store, rec *alliances.Record) alliances.ImportSummary {
	t.Helper()
	sums, err := s.Import(context.Background(), rec)
	if err != nil {
		t.Fatalf("import %s: %v", rec.Case, err)
	}
	return sums[0]
}

func testRoundTrip(t *testing.T, open Open) {
	clock := &Clock{T: start}
	s := open(t, clock)
	rec := Sample()
	sum := mustImport(t, s, Sample())
	if want := (alliances.ImportSummary{Case: "sample", Added: 9, Recorded: start}); sum != want {
		t.Errorf("summary = %+v, want %+v (1 source + 4 actors + 3 ties + 1 event added)", sum, want)
	}
	got, err := s.Record(context.Background(), "sample", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	rec.Normalize()
	if !reflect.DeepEqual(got, rec) {
		t.Errorf("record read back differs:\n got %+v\nwant %+v", got, rec)
	}
}

func testReimport(t *testing.T, open Open) {
	clock := &Clock{T: start}
	s := open(t, clock)
	mustImport(t, s, Sample())
	clock.Advance(time.Hour)
	sum := mustImport(t, s, Sample())
	if want := (alliances.ImportSummary{Case: "sample", Unchanged: 9}); sum != want {
		t.Errorf("second import = %+v, want %+v", sum, want)
	}
	vs, err := s.History(context.Background(), "beta-supports-alpha")
	if err != nil || len(vs) != 1 {
		t.Errorf("history after re-import = %d versions (%v), want 1", len(vs), err)
	}
}

func testEdit(t *testing.T, open Open) {
	ctx := context.Background()
	clock := &Clock{T: start}
	s := open(t, clock)
	mustImport(t, s, Sample())
	edited := Sample()
	edited.Ties[0].Valid = edtf.MustParse("2004/2019")
	edited.Ties[0].Intensity = 2
	editTime := clock.Advance(24 * time.Hour)
	sum := mustImport(t, s, edited)
	if sum.Changed != 1 || sum.Unchanged != 8 || sum.Added != 0 || sum.Retracted != 0 {
		t.Errorf("edit summary = %+v, want 1 changed and 8 unchanged", sum)
	}
	now := tiesOf(t, s, alliances.TieFilter{Actors: []string{"beta"}, Kinds: []alliances.Kind{alliances.Support}})
	before := tiesOf(t, s, alliances.TieFilter{Actors: []string{"beta"}, Kinds: []alliances.Kind{alliances.Support}, KnownAt: editTime.Add(-time.Second)})
	if len(now) != 1 || now[0].Valid.String() != "2004/2019" || now[0].Recorded.Version != 2 {
		t.Errorf("current tie = %+v, want version 2 valid 2004/2019", now)
	}
	if len(before) != 1 || before[0].Valid.String() != "2004/2021-08~" || before[0].Recorded.Version != 1 ||
		!before[0].Recorded.To.Equal(editTime) {
		t.Errorf("tie known before the edit = %+v, want version 1 valid 2004/2021-08~ superseded at %v", before, editTime)
	}
	vs, err := s.History(ctx, "beta-supports-alpha")
	if err != nil || len(vs) != 2 || !vs[0].Recorded.From.Equal(start) || !vs[1].Recorded.From.Equal(editTime) {
		t.Errorf("history = %+v (%v), want versions recorded at %v and %v", vs, err, start, editTime)
	}
	old, err := s.Record(ctx, "sample", editTime.Add(-time.Nanosecond))
	if err != nil {
		t.Fatal(err)
	}
	want := Sample()
	want.Normalize()
	if !reflect.DeepEqual(old, want) {
		t.Errorf("record known before the edit differs from the original")
	}
}

func testRetract(t *testing.T, open Open) {
	clock := &Clock{T: start}
	s := open(t, clock)
	mustImport(t, s, Sample())
	smaller := Sample()
	smaller.Ties = smaller.Ties[1:]
	retractTime := clock.Advance(time.Hour)
	if sum := mustImport(t, s, smaller); sum.Retracted != 1 || sum.Unchanged != 8 {
		t.Errorf("summary = %+v, want 1 retracted, 8 unchanged", sum)
	}
	if got := tiesOf(t, s, alliances.TieFilter{}); len(got) != 2 {
		t.Errorf("current ties = %d, want 2", len(got))
	}
	if got := tiesOf(t, s, alliances.TieFilter{KnownAt: retractTime.Add(-time.Nanosecond)}); len(got) != 3 {
		t.Errorf("ties known before the retraction = %d, want 3", len(got))
	}
	vs, err := s.History(context.Background(), "beta-supports-alpha")
	if err != nil || len(vs) != 1 || !vs[0].Recorded.To.Equal(retractTime) {
		t.Errorf("history = %+v (%v), want one version closed at %v", vs, err, retractTime)
	}
	clock.Advance(time.Hour)
	if sum := mustImport(t, s, Sample()); sum.Added != 1 {
		t.Errorf("restoring the tie: summary = %+v, want 1 added", sum)
	}
	if vs, _ := s.History(context.Background(), "beta-supports-alpha"); len(vs) != 2 || vs[1].Recorded.Version != 2 {
		t.Errorf("restored tie history = %+v, want a version 2", vs)
	}
}

func testConflict(t *testing.T, open Open) {
	ctx := context.Background()
	clock := &Clock{T: start}
	s := open(t, clock)
	mustImport(t, s, Sample())
	other := Sample()
	other.Case = "other"
	other.Sources[0].ID = "other-report"
	for i := range other.Ties {
		for j := range other.Ties[i].Citations {
			other.Ties[i].Citations[j].Source = "other-report"
		}
	}
	other.Events = nil
	other.Actors = append([]alliances.Actor{{ID: "delta", Name: "Delta", Kind: "militia"}}, other.Actors...)
	clock.Advance(time.Hour)
	_, err := s.Import(ctx, other)
	if alliances.KindOf(err) != alliances.Conflict {
		t.Fatalf("import of a case reusing another case's ids: err = %v, want a conflict", err)
	}
	if got, _ := s.Actors(ctx, alliances.ActorFilter{IDs: []string{"delta"}}); len(got) != 0 {
		t.Errorf("actor delta was written by a failed import")
	}
	if cs, _ := s.Cases(ctx, time.Time{}); len(cs) != 1 {
		t.Errorf("cases after a failed import = %+v, want only sample", cs)
	}
}

func testInvalid(t *testing.T, open Open) {
	ctx := context.Background()
	s := open(t, &Clock{T: start})
	bad := Sample()
	bad.Ties[0].Object = "nobody"
	if _, err := s.Import(ctx, bad); alliances.KindOf(err) != alliances.Invalid {
		t.Fatalf("import of a record with an unknown actor: err = %v, want invalid", err)
	}
	if cs, _ := s.Cases(ctx, time.Time{}); len(cs) != 0 {
		t.Errorf("cases after an invalid import = %+v, want none", cs)
	}
}

// caseIDs checks that CaseIDs lists the ids of what Cases lists, and returns them.
func caseIDs(t *testing.T, s alliances.Store, knownAt time.Time) []string {
	t.Helper()
	cs, err := s.Cases(context.Background(), knownAt)
	if err != nil {
		t.Fatal(err)
	}
	ids, err := s.CaseIDs(context.Background(), knownAt)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{}
	for _, c := range cs {
		want = append(want, c.ID)
	}
	if !reflect.DeepEqual(ids, want) {
		t.Errorf("CaseIDs = %v, want the ids of Cases, %v", ids, want)
	}
	return ids
}

func testSeveral(t *testing.T, open Open) {
	ctx := context.Background()
	s := open(t, &Clock{T: start})
	other := Sample()
	other.Case = "other"
	other.Sources = []alliances.Source{{ID: "other-report", Title: "Another", Kind: "news", Reliability: "C"}}
	other.Actors = []alliances.Actor{{ID: "epsilon", Name: "Epsilon", Kind: "militia"}, {ID: "zeta", Name: "Zeta", Kind: "militia"}}
	other.Ties = []alliances.Tie{{ID: "epsilon-zeta", Subject: "epsilon", Object: "zeta", Kind: alliances.Rivalry,
		Valid: edtf.MustParse("2020"), Citations: []alliances.Citation{{Source: "other-report", Credibility: 3}}}}
	other.Events = nil
	sums, err := s.Import(ctx, Sample(), other)
	if err != nil || len(sums) != 2 || sums[0].Added != 9 || sums[1].Added != 4 {
		t.Fatalf("import of two cases: %+v, %v; want 9 and 4 added", sums, err)
	}
	if ids := caseIDs(t, s, time.Time{}); !reflect.DeepEqual(ids, []string{"other", "sample"}) {
		t.Errorf("case ids = %v, want other and sample", ids)
	}
	if ids := caseIDs(t, s, start.Add(-time.Hour)); len(ids) != 0 {
		t.Errorf("case ids known before the import = %v, want none", ids)
	}
	if got := tiesOf(t, s, alliances.TieFilter{Case: "other"}); len(got) != 1 || got[0].ID != "epsilon-zeta" {
		t.Errorf("ties of case other = %+v, want its one tie", got)
	}
	clash := Sample()
	clash.Case = "clash"
	clash.Sources[0].ID = "clash-report"
	for i := range clash.Ties {
		for j := range clash.Ties[i].Citations {
			clash.Ties[i].Citations[j].Source = "clash-report"
		}
	}
	for i := range clash.Events {
		clash.Events[i].Citations[0].Source = "clash-report"
	}
	edited := Sample()
	edited.Ties = edited.Ties[:1]
	_, err = s.Import(ctx, edited, clash)
	var e *alliances.Error
	if alliances.KindOf(err) != alliances.Conflict || !errors.As(err, &e) || e.Op != "import clash" {
		t.Fatalf("import of an edit and a clashing case: err = %v, want a conflict with op \"import clash\"", err)
	}
	if got := tiesOf(t, s, alliances.TieFilter{}); len(got) != 4 {
		t.Errorf("ties after the failed import = %d, want 4: the edit in the same import must not be written", len(got))
	}
	if _, err := s.Import(ctx, Sample(), Sample()); alliances.KindOf(err) != alliances.Invalid {
		t.Errorf("the same case twice in one import: err = %v, want invalid", err)
	}
}

// testEventsOfActor: the sample's event names alpha and gamma; an edit then names alpha
// and beta. The events of each actor follow the version known at each time.
func testEventsOfActor(t *testing.T, open Open) {
	ctx := context.Background()
	clock := &Clock{T: start}
	s := open(t, clock)
	mustImport(t, s, Sample())
	before := clock.T
	edited := Sample()
	edited.Events[0].Actors = []string{"alpha", "beta"}
	clock.Advance(time.Hour)
	mustImport(t, s, edited)
	tests := []struct {
		name    string
		actors  []string
		knownAt time.Time
		want    int
	}{
		{"GammaNoLonger", []string{"gamma"}, time.Time{}, 0},
		{"BetaNow", []string{"beta"}, time.Time{}, 1},
		{"AlphaAlways", []string{"alpha"}, time.Time{}, 1},
		{"EitherOnce", []string{"alpha", "beta"}, time.Time{}, 1},
		{"GammaBeforeTheEdit", []string{"gamma"}, before, 1},
		{"BetaNotBefore", []string{"beta"}, before, 0},
		{"NobodyElse", []string{"delta"}, time.Time{}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Events(ctx, alliances.EventFilter{Actors: tt.actors, KnownAt: tt.knownAt})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != tt.want {
				t.Errorf("events of %v = %+v, want %d", tt.actors, got, tt.want)
			}
			for _, e := range got {
				if !tt.knownAt.IsZero() && !slices.Equal(e.Actors, []string{"alpha", "gamma"}) || tt.knownAt.IsZero() && !slices.Equal(e.Actors, []string{"alpha", "beta"}) {
					t.Errorf("event %s has actors %v, not those of the version known then", e.ID, e.Actors)
				}
			}
		})
	}
}

func testFilters(t *testing.T, open Open) {
	s := open(t, &Clock{T: start})
	mustImport(t, s, Sample())
	day := func(s string) *edtf.Range { r := edtf.MustParse(s).Strict(); return &r }
	tests := []struct {
		name   string
		filter alliances.TieFilter
		want   []string
	}{
		// The sample's valid times: support 2004/2021-08~, mediation 2016~, hostility /2015.
		{"All", alliances.TieFilter{}, []string{"beta-supports-alpha", "gamma-introduces-alpha", "alpha-fights-gamma"}},
		{"AtMid2016", alliances.TieFilter{At: day("2016-07-01")}, []string{"beta-supports-alpha", "gamma-introduces-alpha"}},
		{"At2015HostilityIsCertain", alliances.TieFilter{At: day("2015-12-31")}, []string{"beta-supports-alpha", "alpha-fights-gamma"}},
		// The mediation is approximate (2016~): possibly active in 2015, not certainly.
		{"FuzzyAt2015", alliances.TieFilter{At: day("2015-06"), Fuzzy: true}, []string{"beta-supports-alpha", "gamma-introduces-alpha", "alpha-fights-gamma"}},
		{"Negative", alliances.TieFilter{Signs: []alliances.Sign{-1}}, []string{"alpha-fights-gamma"}},
		{"Kind", alliances.TieFilter{Kinds: []alliances.Kind{alliances.Mediation}}, []string{"gamma-introduces-alpha"}},
		{"ThirdActorCounts", alliances.TieFilter{Actors: []string{"beta"}}, []string{"beta-supports-alpha", "gamma-introduces-alpha"}},
		{"Status", alliances.TieFilter{Statuses: []alliances.Status{alliances.Alleged}}, []string{"gamma-introduces-alpha"}},
		// The mediation's best asserting citation has credibility 3.
		{"MinCredibility2", alliances.TieFilter{MinCredibility: 2}, []string{"beta-supports-alpha", "alpha-fights-gamma"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, tie := range tiesOf(t, s, tt.filter) {
				got = append(got, tie.ID)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func testActorSearch(t *testing.T, open Open) {
	s := open(t, &Clock{T: start})
	mustImport(t, s, Sample())
	for _, q := range []string{"jamiat", "JAMI'AT", "jamīat-i", "alpha front"} {
		got, err := s.Actors(context.Background(), alliances.ActorFilter{Query: q})
		if err != nil || len(got) != 1 || got[0].ID != "alpha" {
			t.Errorf("search %q = %+v (%v), want alpha", q, got, err)
		}
	}
}

func testNotFound(t *testing.T, open Open) {
	s := open(t, &Clock{T: start})
	if _, err := s.History(context.Background(), "nothing"); alliances.KindOf(err) != alliances.NotFound {
		t.Errorf("history of an unknown id: err = %v, want not found", err)
	}
	if _, err := s.Record(context.Background(), "nothing", time.Time{}); alliances.KindOf(err) != alliances.NotFound {
		t.Errorf("record of an unknown case: err = %v, want not found", err)
	}
}

func tiesOf(t *testing.T, s alliances.Store, f alliances.TieFilter) []alliances.Tie {
	t.Helper()
	ties, err := s.Ties(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	return ties
}

// Sample returns a small valid record: one source, four actors, three ties (a support
// episode, an alleged mediation, a hostility) and one event.
func Sample() *alliances.Record {
	cite := func(loc string, cred alliances.Credibility) []alliances.Citation {
		return []alliances.Citation{{Source: "report", Locator: loc, Credibility: cred}}
	}
	date := edtf.MustParse("2021-09-09")
	return &alliances.Record{
		Case: "sample", Title: "A sample case",
		Sources: []alliances.Source{{ID: "report", Title: "A report", Date: &date, Kind: "analysis", Reliability: "B"}},
		Actors: []alliances.Actor{
			{ID: "alpha", Name: "Alpha Front", Aliases: []string{"Jamiat-i Alpha"}, Kind: "armed-group", Country: "AFG",
				Tags: []string{"ethnicity:tajik"}, External: map[string]string{"wikidata": "Q1"}},
			{ID: "beta", Name: "Beta", Kind: "state"},
			{ID: "gamma", Name: "Gamma", Kind: "state"},
			{ID: "delta-wing", Name: "Delta wing", Kind: "faction"},
		},
		Ties: []alliances.Tie{
			{ID: "beta-supports-alpha", Subject: "beta", Object: "alpha", Kind: alliances.Support,
				Forms: []alliances.Form{alliances.Weapons}, Valid: edtf.MustParse("2004/2021-08~"), Intensity: 4, Rank: 1,
				Citations: cite("¶14", 2)},
			{ID: "gamma-introduces-alpha", Subject: "gamma", Object: "alpha", Kind: alliances.Mediation, Third: "beta",
				Valid: edtf.MustParse("2016~"), Status: alliances.Alleged,
				Citations: []alliances.Citation{{Source: "report", Locator: "¶18", Credibility: 3, AttributedTo: "Alpha sources"},
					{Source: "report", Locator: "¶19", Credibility: 1, Stance: alliances.Denies}}},
			{ID: "alpha-fights-gamma", Subject: "alpha", Object: "gamma", Kind: alliances.Hostility,
				Valid: edtf.MustParse("/2015"), Citations: cite("¶7", 2), Note: "Until the deal."},
		},
		Events: []alliances.Event{{ID: "deal", Title: "A deal", Date: edtf.MustParse("2016-21"), Type: "AGREE",
			Actors: []string{"alpha", "gamma"}, Citations: cite("¶7", 2)}},
	}
}

// ImportBuiltIn imports the built-in cases and their registry into s, failing the test
// where it cannot: the store the server's, the web app's and the answers' tests read.
func ImportBuiltIn(t testing.TB, s alliances.Store) {
	t.Helper()
	recs, err := cases.Records()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Import(context.Background(), recs...); err != nil {
		t.Fatal(err)
	}
}
