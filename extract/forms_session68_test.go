package extract_test

import (
	"slices"
	"testing"

	"github.com/alliances-project/alliances"
)

// TestTheFedayeenAreASide: a report read as a new case that names a side by a noun of
// fighters borrowed from Arabic ("the fedayeen", "the mujahideen") gets it as a side,
// as "the guerrillas" would be; a name whose last word is that noun ("Army of
// Mujahideen") stays a name. Jordan's war of 1970 and Syria's rebels; the sentences are
// written for the test, after the Jordan exhibition's case notes (¶14).
func TestTheFedayeenAreASide(t *testing.T) {
	text := "In 1970 Iraq had sided with the fedayeen in words, and the fedayeen fought the Jordanian army in Amman.\n\n" +
		"In 2017 the Army of Mujahideen fought the al-Nusra Front in Atarib, as the report on the war says."
	rd, doc, finds := discover(text)
	var sides, names []string
	for _, f := range finds {
		names = append(names, f.Actor.Name)
		if f.Actor.Kind == alliances.Category {
			sides = append(sides, f.Actor.ID)
		}
	}
	if !slices.Equal(sides, []string{"fedayeen"}) {
		t.Errorf("sides %q, want the fedayeen alone", sides)
	}
	if !slices.Contains(names, "Army of Mujahideen") {
		t.Errorf("found %q, want the Army of Mujahideen by its whole name", names)
	}
	var ties []string
	for _, p := range rd.Read(doc) {
		ties = append(ties, p.Tie.Subject+" "+string(p.Tie.Kind)+" "+p.Tie.Object)
	}
	if !slices.Contains(ties, "iraq alliance fedayeen") {
		t.Errorf("ties %q, want Iraq siding with the fedayeen", ties)
	}
}
