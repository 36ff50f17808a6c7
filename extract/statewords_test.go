package extract

// The words that name a state, looked up as the reader keeps names: by their spelling.

import (
	"testing"

	"github.com/alliances-project/alliances"
)

// TestStateWordsWithDoubledLetters: a state's name with a letter written twice ("Russia",
// "Morocco") is a state's word, as one without is ("Iran"); the reader keeps names by
// their spelling ("rusia"), and asked in the text's ("russia") it said no before.
func TestStateWordsWithDoubledLetters(t *testing.T) {
	rd := NewReader(DefaultRules(), []alliances.Actor{
		{ID: "russia", Name: "Russia", Kind: "state"}, {ID: "morocco", Name: "Morocco", Kind: "state"},
		{ID: "iran", Name: "Iran", Kind: "state"}, {ID: "hezbollah", Name: "Hezbollah", Kind: "armed-group"}})
	for w, want := range map[string]bool{"russia": true, "morocco": true, "iran": true, "hezbollah": false, "rusia": true} {
		if got := rd.stateWord([]string{w}, 0); got != want {
			t.Errorf("stateWord(%q) = %v, want %v", w, got, want)
		}
	}
}
