package extract_test

import (
	"slices"
	"testing"
)

// TestAManOfAPartyIsNoParty: a new case finds a man, a post or a part of a body in
// words with no noun of a body before "of the" and a body's name ("Joseph Garang of the
// Sudanese Communist Party", sudan-1955 ¶13; "Girija Prasad Koirala of the Nepali
// Congress", nepal-1996 ¶4; "Leaflet of the Democratic Front ...", jordan-1970 ¶17), not
// an organization of that name; "Army of the North" and "Truce Commission of the
// Security Council" stay bodies.
func TestAManOfAPartyIsNoParty(t *testing.T) {
	text := "In 1965 Joseph Garang of the Sudanese Communist Party said the south needed its own government. " +
		"A Leaflet of the Democratic Front for the Liberation of Palestine called for a general strike. " +
		"The Army of the North fought on, and the Truce Commission of the Security Council reported to New York.\n\n" +
		"A second paragraph, so that lines are no paragraphs of their own."
	_, _, finds := discover(text)
	var names []string
	for _, f := range finds {
		names = append(names, f.Actor.Name)
	}
	for _, bad := range []string{"Joseph Garang of the Sudanese Communist Party", "Leaflet of the Democratic Front for the Liberation of Palestine"} {
		if slices.Contains(names, bad) {
			t.Errorf("found %q, want no %q", names, bad)
		}
	}
	for _, want := range []string{"Sudanese Communist Party", "Democratic Front for the Liberation of Palestine", "Army of the North", "Truce Commission of the Security Council"} {
		if !slices.Contains(names, want) {
			t.Errorf("found %q, want %q", names, want)
		}
	}
}
