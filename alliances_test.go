package alliances

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/alliances-project/alliances/edtf"
)

func TestKindsFollowTheDomainTable(t *testing.T) {
	// Layers, signs and directions of shared/DOMAIN.md, "Tie kinds and layers".
	want := map[Kind]struct {
		layer    Layer
		sign     Sign
		directed bool
	}{
		Alliance: {Alignment, 1, false}, Support: {Alignment, 1, true}, Cooperation: {Alignment, 1, false},
		Favour: {Alignment, 1, true}, Rivalry: {Alignment, -1, false}, Hostility: {Alignment, -1, false},
		Opposition: {Alignment, -1, true}, Coercion: {Alignment, -1, true},
		Membership: {Hierarchy, 0, true}, Splinter: {Hierarchy, 0, true}, Merger: {Hierarchy, 0, true}, Renaming: {Hierarchy, 0, true},
		Agreement: {Process, 0, false}, Negotiation: {Process, 0, false}, Mediation: {Process, 0, true},
	}
	if len(Kinds) != len(want) {
		t.Fatalf("%d kinds, want %d", len(Kinds), len(want))
	}
	for k, w := range want {
		if k.Layer() != w.layer || k.Sign() != w.sign || k.Directed() != w.directed {
			t.Errorf("%s: layer %s sign %v directed %v, want %s %v %v", k, k.Layer(), k.Sign(), k.Directed(), w.layer, w.sign, w.directed)
		}
	}
	if Kind("friendship").Valid() {
		t.Error("an unknown kind is valid")
	}
}

// TestAgreementTypesAlign: a business, defection or power-sharing deal aligns its
// parties (+ in the alignment layer); a cease-fire, non-aggression pact or peace deal
// does not, nor does an agreement without a type (DOMAIN.md, "Tie kinds and layers").
func TestAgreementTypesAlign(t *testing.T) {
	want := map[AgreementType]Sign{CeaseFire: 0, NonAggression: 0, PeaceDeal: 0, BusinessDeal: 1, DefectionDeal: 1, PowerSharing: 1, "": 0}
	if len(AgreementTypes) != len(want)-1 {
		t.Fatalf("%d agreement types, want %d", len(AgreementTypes), len(want)-1)
	}
	for a, sign := range want {
		tie := Tie{Kind: Agreement, Type: a}
		tie.Normalize()
		if tie.Sign != sign || SignOf(Agreement, a) != sign || tie.Aligns() != (sign != 0) {
			t.Errorf("agreement of type %q: sign %v, want %v", a, tie.Sign, sign)
		}
	}
	// A file written before types existed carries + beside an agreement: still read.
	if !AcceptsSign(Agreement, "", 1) || !AcceptsSign(Agreement, CeaseFire, 0) || AcceptsSign(Hostility, "", 1) {
		t.Error("AcceptsSign does not take the legacy sign of agreements, or takes a wrong one")
	}
}

func TestResolveActor(t *testing.T) {
	actors := []Actor{
		{ID: "jamiat", Name: "Jami'at-i Islami", Aliases: []string{"Jamiat"}},
		{ID: "jamiat-rabbani", Name: "Jami'at faction of Salahuddin Rabbani", Aliases: []string{"Rabbani's Jami'at"}},
		{ID: "taliban", Name: "Taliban"},
		{ID: "is-a", Name: "Islamic State", Aliases: []string{"IS"}},
		{ID: "is-b", Name: "IS branch", Aliases: []string{"IS"}},
		{ID: "gulbuddin-hekmatyar", Name: "Gulbuddin Hekmatyar", Kind: "individual"},
		{ID: "hamid-karzai", Name: "Hamid Karzai", Kind: "individual"},
		{ID: "mahmud-karzai", Name: "Mahmud Karzai", Kind: "individual"},
		// A state read into two new cases and merged: its name is the one it was merged into.
		{ID: "mali", Name: "Mali", Kind: "state"},
		{ID: "mali-2", Name: "Mali", Kind: "state", MergedInto: "mali"},
	}
	for _, tt := range []struct {
		query, want string
		kind        ErrorKind
	}{
		{"taliban", "taliban", 0},
		{"Taliban", "taliban", 0},
		{"jamiat i islami", "jamiat", 0},
		{"Rabbani’s Jamiat", "jamiat-rabbani", 0},
		{"IS", "", Invalid},                     // two actors share the alias
		{"talibn", "", NotFound},                // with a suggestion
		{"rabbani", "", NotFound},               // a part of a name is not a name
		{"Hekmatyar", "gulbuddin-hekmatyar", 0}, // an individual's surname, where one has it
		{"Karzai", "", Invalid},                 // two have it
		{"Mali", "mali", 0},                     // one merged into the other (a reviewer was told "names several actors")
		{"mali-2", "mali-2", 0},                 // by its id, the one merged
	} {
		got, err := ResolveActor(tt.query, actors)
		if got != tt.want || err != nil && KindOf(err) != tt.kind || err == nil && tt.want == "" {
			t.Errorf("ResolveActor(%q) = %q, %v; want %q, kind %q", tt.query, got, err, tt.want, tt.kind)
		}
	}
}

// TestSuggestByInitials: "GNA" asked of a record that does not give it as an alias is
// suggested as the actor whose name it abbreviates, not as the closest spelling (a
// reviewer was offered "libyan-national-army", the enemy).
func TestSuggestByInitials(t *testing.T) {
	actors := []Actor{
		{ID: "government-of-national-accord", Name: "Government of National Accord"},
		{ID: "libyan-national-army", Name: "Libyan National Army", Aliases: []string{"LNA"}},
	}
	_, err := ResolveActor("GNA", actors)
	if err == nil || !strings.Contains(err.Error(), `did you mean "government-of-national-accord"?`) {
		t.Errorf("GNA: %v, want the Government of National Accord suggested", err)
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Jami'at-i Islami", "jamiat i islami"},
		{"Jamiʿat-i Islāmī", "jamiat i islami"},
		{"JAMIAT  I   ISLAMI", "jamiat i islami"},
		{"Hizb-e Wahdat (Khalili)", "hizb e wahdat khalili"},
		{"Mahaz-e Milli", "mahaz e milli"},
		{"Şura", "sura"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestClosest(t *testing.T) {
	ids := []string{"taliban", "hizb-e-islami", "jamiat", "jamiat-rabbani", "pakistan"}
	tests := []struct{ in, want string }{
		{"talibn", "taliban"},  // one deletion
		{"talbian", "taliban"}, // one transposition
		{"hizb-i-islami", "hizb-e-islami"},
		{"jamiat-rabani", "jamiat-rabbani"},
		{"russia", ""}, // nothing close
		{"jamiat", ""}, // an exact match is not a suggestion
		{"x", ""},
	}
	for _, tt := range tests {
		if got := Closest(tt.in, ids); got != tt.want {
			t.Errorf("Closest(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"abc", "", 3}, {"", "abc", 3}, {"kitten", "sitting", 3}, {"ab", "ba", 1}, {"abcd", "acbd", 1}, {"flaw", "lawn", 2},
	}
	for _, tt := range tests {
		if got := editDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestKindOf(t *testing.T) {
	err := fmt.Errorf("wrapped: %w", Errorf(NotFound, "actor", "no actor %q", "x"))
	if KindOf(err) != NotFound {
		t.Errorf("KindOf = %v, want not found", KindOf(err))
	}
	if KindOf(errors.New("plain")) != Internal {
		t.Error("a plain error is not internal")
	}
	if got := err.Error(); got != `wrapped: actor: no actor "x"` {
		t.Errorf("message = %q", got)
	}
}

func TestBestCredibilityIgnoresDenials(t *testing.T) {
	cs := []Citation{{Credibility: 3}, {Credibility: 1, Stance: Denies}, {Credibility: 4}}
	if got := BestCredibility(cs); got != 3 {
		t.Errorf("BestCredibility = %d, want 3 (the denial at 1 does not support the claim)", got)
	}
	if got := BestCredibility(nil); got != 6 {
		t.Errorf("BestCredibility(nil) = %d, want 6", got)
	}
}

// BenchmarkValidate checks a large record with many unknown references and a long
// membership chain: validation must stay near linear in the size of the record.
func BenchmarkValidate(b *testing.B) {
	r := &Record{Case: "big", Title: "Big", Sources: []Source{{ID: "s", Title: "S", Kind: "dataset", Reliability: "B"}}}
	for i := range 5000 {
		r.Actors = append(r.Actors, Actor{ID: fmt.Sprintf("a%d", i), Name: "A", Kind: "militia"})
	}
	cite := []Citation{{Source: "s", Credibility: 2}}
	for i := range 50000 {
		obj := fmt.Sprintf("a%d", (i+1)%5000)
		if i%10 == 0 {
			obj = fmt.Sprintf("missing%d", i)
		}
		kind := Alliance
		if i < 4999 {
			kind, obj = Membership, fmt.Sprintf("a%d", i+1) // a chain a0 → a1 → ... → a4999
		}
		r.Ties = append(r.Ties, Tie{ID: fmt.Sprintf("t%d", i), Subject: fmt.Sprintf("a%d", i%5000), Object: obj,
			Kind: kind, Valid: edtf.MustParse("2016"), Citations: cite})
	}
	for b.Loop() {
		Validate(r)
	}
}
