package casefile

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
)

// head is the start of a valid case, which the broken cases below extend. Its lines are
// numbered in the comments, so that expected positions can be checked by eye.
const head = `case: broken
title: Broken on purpose
sources:
  - id: report
    title: A report
    kind: analysis
    reliability: B
actors:
  - {id: alpha, name: Alpha, kind: armed-group}
  - {id: beta, name: Beta, kind: state}
  - {id: gamma, name: Gamma, kind: state}
`

// headLines is the number of lines of head; broken files add lines after it.
const headLines = 11

// want is an expected diagnostic: the line (counted from the first line after head,
// which is line 1), the column, and a phrase the message must contain.
type want struct {
	line, col int
	phrase    string
}

func TestParseReportsEveryProblemWithItsPlace(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []want
	}{
		{"TabIndentation", "ties:\n\t- id: x\n", []want{{2, 1, "tab in the indentation"}}},
		{"UnknownFieldSuggestsName", `ties:
  - id: a-b
    subject: alpha
    objcet: beta
    kind: alliance
    valid: 2016
    citations: [{source: report, credibility: 2}]
`, []want{{4, 5, `unknown field "objcet" in a tie, did you mean "object"?`}, {2, 5, "missing object"}}},
		{"UnknownActorSuggestsID", `ties:
  - id: a-b
    subject: alpah
    object: beta
    kind: alliance
    valid: 2016
    citations: [{source: report, credibility: 2}]
`, []want{{3, 14, `unknown actor "alpah", did you mean "alpha"?`}}},
		{"UnknownSource", `ties:
  - id: a-b
    subject: alpha
    object: beta
    kind: alliance
    valid: 2016
    citations: [{source: reprot, credibility: 2}]
`, []want{{7, 26, `unknown source "reprot", did you mean "report"?`}}},
		{"InvalidDatePointsAtCharacter", `ties:
  - id: a-b
    subject: alpha
    object: beta
    kind: alliance
    valid: 2016-13
    citations: [{source: report, credibility: 2}]
`, []want{{6, 17, "month 13 out of range"}}},
		{"QuotedDateCountsTheQuote", `ties:
  - id: a-b
    subject: alpha
    object: beta
    kind: alliance
    valid: "2016-02-30"
    citations: [{source: report, credibility: 2}]
`, []want{{6, 21, "day 30 out of range"}}},
		{"IntervalEndsBeforeStart", `ties:
  - id: a-b
    subject: alpha
    object: beta
    kind: alliance
    valid: 2018/2016
    citations: [{source: report, credibility: 2}]
`, []want{{6, 17, "ends (2016) before it starts (2018)"}}},
		{"UnknownKind", `ties:
  - id: a-b
    subject: alpha
    object: beta
    kind: aliance
    valid: 2016
    citations: [{source: report, credibility: 2}]
`, []want{{5, 11, `unknown tie kind "aliance", did you mean "alliance"?`}}},
		{"FormsOnNonSupport", `ties:
  - id: a-b
    subject: alpha
    object: beta
    kind: hostility
    forms: [weapons]
    valid: 2016
    citations: [{source: report, credibility: 2}]
`, []want{{6, 12, "forms on a hostility tie, expected support forms only on support ties and obligations only on alliances"}}},
		{"SupportFormOnAlliance", `ties:
  - id: a-b
    subject: alpha
    object: beta
    kind: alliance
    forms: [defense, weapons]
    valid: 2016
    citations: [{source: report, credibility: 2}]
`, []want{{6, 22, `unknown alliance obligation "weapons", expected one of defense, offense, neutrality, non-aggression, consultation`}}},
		{"MediationWithoutThird", `ties:
  - id: a-b
    subject: gamma
    object: alpha
    kind: mediation
    valid: 2016
    citations: [{source: report, credibility: 2}]
`, []want{{5, 11, "mediation without a third actor"}}},
		{"TieWithoutCitation", `ties:
  - id: a-b
    subject: alpha
    object: beta
    kind: alliance
    valid: 2016
`, []want{{2, 5, "no citation"}}},
		{"CredibilityOutOfRange", `ties:
  - id: a-b
    subject: alpha
    object: beta
    kind: alliance
    valid: 2016
    citations: [{source: report, credibility: 7}]
`, []want{{7, 47, "credibility 7 out of range, expected 1 (confirmed) to 6"}}},
		{"UnknownTopLevelField", `events: []
sources2: x
`, []want{{2, 1, `unknown field "sources2"`}}},
		{"DuplicateIDs", `ties:
  - id: alpha
    subject: alpha
    object: beta
    kind: alliance
    valid: 2016
    citations: [{source: report, credibility: 2}]
`, []want{{2, 9, `duplicate id "alpha", already used in actors`}}},
		{"MembershipLoop", `ties:
  - id: a-in-b
    subject: alpha
    object: beta
    kind: membership
    valid: 2016
    citations: [{source: report, credibility: 2}]
  - id: b-in-g
    subject: beta
    object: gamma
    kind: membership
    valid: 2016
    citations: [{source: report, credibility: 2}]
  - id: g-in-a
    subject: gamma
    object: alpha
    kind: membership
    valid: 2016
    citations: [{source: report, credibility: 2}]
`, []want{{14, 5, "membership loop alpha → beta → gamma → alpha"}}},
		{"MissingCredibility", `ties:
  - id: a-b
    subject: alpha
    object: beta
    kind: alliance
    valid: 2016
    citations: [{source: report}]
`, []want{{7, 17, "missing credibility, expected 1 (confirmed) to 6"}}},
		{"IntensityZero", `ties:
  - id: a-b
    subject: alpha
    object: beta
    kind: alliance
    valid: 2016
    intensity: 0
    citations: [{source: report, credibility: 2}]
`, []want{{7, 16, "intensity 0 out of range"}}},
		{"ManyProblemsAtOnce", `ties:
  - id: a-b
    subject: alpha
    object: zeta
    kind: support
    forms: [weapons, money]
    valid: 2016/..
    citations: [{source: report, credibility: 0}]
  - id: Bad_ID
    subject: alpha
    object: alpha
    kind: hostility
    third: beta
    valid: 2016
    citations: []
`, []want{
			{4, 13, `unknown actor "zeta", did you mean "beta"?`},
			{6, 22, `unknown support form "money"`},
			{8, 47, "credibility 0 out of range"},
			{9, 9, `id "Bad_ID" is not valid`},
			{9, 5, "no citation"},
			{11, 13, "object is the subject itself"},
			{13, 12, "third actor on a hostility tie"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec, diags := Parse("broken.yaml", []byte(head+tt.body))
			assertDiagnostics(t, diags, headLines, tt.want)
			sameChecker(t, rec)
		})
	}
}

// sameChecker checks that a Checker, given rec a part at a time as a reader streaming
// its ties gives it, finds the problems alliances.Validate finds in the whole record.
func sameChecker(t *testing.T, rec *alliances.Record) {
	t.Helper()
	if rec == nil {
		return
	}
	c := alliances.NewChecker(rec.Case, rec.Title, rec.Sources, rec.Actors)
	for i := range rec.Ties {
		c.Tie(i, &rec.Ties[i])
	}
	for i := range rec.Events {
		c.Event(i, &rec.Events[i])
	}
	cite := func(list string, i int, cits []alliances.Citation) {
		if len(cits) == 0 {
			c.Uncited(list, i)
		}
		for j := range cits {
			c.Citation(list, i, j, &cits[j])
		}
	}
	for i := range rec.Ties {
		cite("ties", i, rec.Ties[i].Citations)
	}
	for i := range rec.Events {
		cite("events", i, rec.Events[i].Citations)
	}
	got, want := c.Done(), alliances.Validate(rec)
	key := func(p alliances.Problem) string { return p.String() + " " + p.Unknown }
	gotKeys, wantKeys := make([]string, len(got)), make([]string, len(want))
	for i := range got {
		gotKeys[i] = key(got[i])
	}
	for i := range want {
		wantKeys[i] = key(want[i])
	}
	slices.Sort(gotKeys)
	slices.Sort(wantKeys)
	if !slices.Equal(gotKeys, wantKeys) {
		t.Errorf("the checker finds\n%s\nValidate finds\n%s", strings.Join(gotKeys, "\n"), strings.Join(wantKeys, "\n"))
	}
}

func TestParseReportsSourceAndActorProblems(t *testing.T) {
	src := `case: Not An ID
sources:
  - id: report
    title: A report
    kind: blog
    reliability: G
actors:
  - {id: alpha, name: Alpha, kind: armed-group, country: Afghanistan, tags: [tajik]}
  - {id: alpha, name: Alpha again, kind: rebel}
  - {id: beta, kind: state, external: {wikipedia: Beta}}
`
	rec, diags := Parse("broken.yaml", []byte(src))
	sameChecker(t, rec)
	assertDiagnostics(t, diags, 0, []want{
		{1, 1, "missing title"},
		{1, 7, `case id "Not An ID" is not a valid id`},
		{5, 11, `unknown source kind "blog"`},
		{6, 18, `unknown reliability "G", expected one of A, B, C, D, E, F`},
		{8, 58, "not an ISO 3166-1 alpha-3 code"},
		{8, 78, `tag "tajik" is not of the form key:value`},
		{9, 10, `duplicate id "alpha"`},
		{9, 42, `unknown actor kind "rebel"`},
		{10, 5, "missing name"},
		{10, 40, `unknown external id scheme "wikipedia"`},
	})
}

// assertDiagnostics checks the errors among diags (warnings have tests of their own).
func assertDiagnostics(t *testing.T, diags alliances.Diagnostics, offset int, wants []want) {
	t.Helper()
	diags = diags.Errors()
	var got []string
	for _, d := range diags {
		got = append(got, d.String())
	}
	if len(diags) != len(wants) {
		t.Fatalf("got %d diagnostics, want %d:\n%s", len(diags), len(wants), strings.Join(got, "\n"))
	}
	for _, w := range wants {
		line := w.line + offset
		found := false
		for _, d := range diags {
			if d.File == "broken.yaml" && d.Line == line && d.Column == w.col && strings.Contains(d.Msg, w.phrase) {
				found = true
			}
		}
		if !found {
			t.Errorf("missing %d:%d: %s\ngot:\n%s", line, w.col, w.phrase, strings.Join(got, "\n"))
		}
	}
}

func TestParseAcceptsValidCase(t *testing.T) {
	data, err := os.ReadFile("testdata/valid/small.yaml")
	if err != nil {
		t.Fatal(err)
	}
	rec, diags := Parse("small.yaml", data)
	if len(diags) > 0 {
		t.Fatalf("unexpected problems:\n%v", diags)
	}
	if len(rec.Sources) != 1 || len(rec.Actors) != 4 || len(rec.Ties) != 4 || len(rec.Events) != 1 {
		t.Fatalf("got %d sources, %d actors, %d ties, %d events; want 1, 4, 4, 1",
			len(rec.Sources), len(rec.Actors), len(rec.Ties), len(rec.Events))
	}
	med := rec.Ties[1]
	if med.Kind != alliances.Mediation || med.Third != "beta" || med.Status != alliances.Alleged ||
		med.Citations[0].AttributedTo != "Alpha sources" || med.Citations[1].Stance != alliances.Denies {
		t.Errorf("mediation tie read wrong: %+v", med)
	}
	if !med.Directed || med.Sign != 0 || med.Basis != alliances.Stated || rec.Ties[2].Basis != alliances.Inferred {
		t.Errorf("mediation is a directed process tie without sign, got directed=%v sign=%v basis=%v", med.Directed, med.Sign, med.Basis)
	}
	if got := rec.Ties[0].Valid.String(); got != "2004/2021-08~" {
		t.Errorf("valid = %q, want 2004/2021-08~", got)
	}
	if rec.Ties[2].Role != alliances.Faction || rec.Actors[0].External["ucdp"] != "123" {
		t.Errorf("role or external id read wrong: %+v %+v", rec.Ties[2], rec.Actors[0])
	}
}

// TestWarningsSayWhatToAdd: an agreement without a type and ties without a basis load
// (they are warnings, not errors), each placed where the analyst adds the field; a type
// on another kind, an unknown type or basis are errors.
func TestWarningsSayWhatToAdd(t *testing.T) {
	body := `ties:
  - id: a-b
    subject: alpha
    object: beta
    kind: agreement
    valid: 2016
    citations: [{source: report, credibility: 2}]
  - id: a-c
    subject: alpha
    object: gamma
    kind: agreement
    type: cease-fire
    basis: stated
    valid: 2016
    citations: [{source: report, credibility: 2}]
  - id: b-c
    subject: beta
    object: gamma
    kind: alliance
    valid: 2016
    citations: [{source: report, credibility: 2}]
`
	rec, diags := Parse("broken.yaml", []byte(head+body))
	if errs := diags.Errors(); len(errs) != 0 {
		t.Fatalf("errors in a file that must load: %v", errs)
	}
	ws := diags.Warnings()
	if len(ws) != 2 || ws[0].Line != headLines+2 || !strings.Contains(ws[0].Msg, "tie without a basis, and 1 more") ||
		ws[1].Line != headLines+5 || ws[1].Column != 11 || !strings.Contains(ws[1].Msg, "agreement without a type") {
		t.Errorf("warnings = %v", ws)
	}
	if rec.Ties[0].Sign != 0 || rec.Ties[1].Sign != 0 || rec.Ties[2].Sign != 1 {
		t.Errorf("signs %v %v %v: an untyped agreement and a cease-fire carry no sign", rec.Ties[0].Sign, rec.Ties[1].Sign, rec.Ties[2].Sign)
	}
	bad := strings.Replace(head+body, "type: cease-fire", "type: ceasefire", 1)
	bad = strings.Replace(bad, "kind: alliance\n", "kind: alliance\n    type: business-deal\n    basis: guessed\n", 1)
	_, diags = Parse("broken.yaml", []byte(bad))
	assertDiagnostics(t, diags, headLines, []want{
		{12, 11, `unknown agreement type "ceasefire", did you mean "cease-fire"?`},
		{20, 11, "type on a alliance tie"},
		{21, 12, `unknown basis "guessed"`},
	})
}

// TestSuggestionIsTheSameEveryTime: a misspelt field as near to two names ("tit1es" is
// two steps from both "ties" and "title") is given the same suggestion on every read, the
// first of them in alphabetical order, whatever order Go iterates a map in.
func TestSuggestionIsTheSameEveryTime(t *testing.T) {
	for range 20 {
		_, diags := Parse("misspelt.yaml", []byte("case: x\ntitle: y\ntit1es: z\n"))
		want := `unknown field "tit1es" in the case, did you mean "ties"?`
		if len(diags) == 0 || diags[0].Msg != want {
			t.Fatalf("diagnostics = %v, want first %q", diags, want)
		}
	}
}
