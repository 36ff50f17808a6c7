package alliances

import (
	"errors"
	"fmt"
	"testing"

	"github.com/alliances-project/alliances/edtf"
)

func TestKindsFollowTheDomainTable(t *testing.T) {
	// Signs and directions of shared/DOMAIN.md, "Tie kinds".
	want := map[Kind]struct {
		sign     Sign
		directed bool
	}{
		Alliance: {1, false}, Support: {1, true}, Cooperation: {1, false}, Agreement: {1, false},
		Mediation: {1, true}, Favour: {1, true}, Membership: {1, true}, Negotiation: {0, false},
		Rivalry: {-1, false}, Hostility: {-1, false}, Opposition: {-1, true}, Coercion: {-1, true},
	}
	if len(Kinds) != len(want) {
		t.Fatalf("%d kinds, want %d", len(Kinds), len(want))
	}
	for k, w := range want {
		if k.Sign() != w.sign || k.Directed() != w.directed {
			t.Errorf("%s: sign %v directed %v, want %v %v", k, k.Sign(), k.Directed(), w.sign, w.directed)
		}
	}
	if Kind("friendship").Valid() {
		t.Error("an unknown kind is valid")
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
