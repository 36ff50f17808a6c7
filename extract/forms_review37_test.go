package extract_test

// The forms the thirty-seventh and thirty-eighth reviews found (their reports:
// testdata/reports/srilanka-1983 and mozambique-1977), each in a sentence of its own.

import (
	"testing"

	"github.com/alliances-project/alliances"
)

// mozambiqueActors are the actors of the Mozambique review's sentences.
func mozambiqueActors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "mozambique", Name: "Mozambique", Aliases: []string{"Maputo", "Mozambican"}, Kind: "state"},
		{ID: "south-africa", Name: "South Africa", Aliases: []string{"Pretoria", "South Africans", "South African"}, Kind: "state"},
		{ID: "portugal", Name: "Portugal", Aliases: []string{"Lisbon", "Portuguese"}, Kind: "state"},
		{ID: "malawi", Name: "Malawi", Kind: "state"},
		{ID: "renamo", Name: "RENAMO", Kind: "armed-group"},
		{ID: "frelimo", Name: "FRELIMO", Kind: "party"},
		{ID: "fernandes", Name: "Evo Fernandes", Kind: "individual"},
		{ID: "banda", Name: "Hastings Banda", Aliases: []string{"Banda"}, Kind: "individual"},
		{ID: "dhlakama", Name: "Afonso Dhlakama", Aliases: []string{"Dhlakama"}, Kind: "individual"},
		{ID: "catholic-church", Name: "Catholic Church", Aliases: []string{"Catholic bishops"}, Kind: "other"},
		{ID: "foundations", Name: "Conservative foundations", Aliases: []string{"conservative foundations"}, Kind: "category"},
	}
}

// TestFormsOfTheMozambiqueReview: forms the thirty-eighth review found, in sentences of
// their own after its report's.
func TestFormsOfTheMozambiqueReview(t *testing.T) {
	checkForms(t, mozambiqueActors(), []formCase{
		// A state's capital after "outside" is a place (¶5).
		{"killed outside a capital", "In 1988 Evo Fernandes was killed outside Lisbon.", nil, []string{"fernandes hostility portugal"}},
		// A quarrel is a rivalry (¶4); championing is support (¶5); messages carried
		// between two are a mediation (¶14); a base let be is support (¶10).
		{"a quarrel with", "In 1980 the South Africans had their own quarrel with Maputo.", []string{"south-africa rivalry mozambique"}, nil},
		{"championed", "In 1985 conservative foundations championed RENAMO as an anti-communist cause.", []string{"foundations support renamo"}, nil},
		{"messages carried between", "From 1988 the Catholic bishops carried messages between Maputo and Dhlakama.",
			[]string{"catholic-church mediation mozambique"}, nil},
		{"a rear base tolerated", "In 1985 Banda tolerated RENAMO's use of southern Malawi as a rear base.", []string{"banda support renamo"}, nil},
		{"control: a criticism tolerated", "In 1985 Banda tolerated the criticism of RENAMO.", nil, []string{"banda support renamo"}},
	})
}
