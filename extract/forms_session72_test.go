package extract_test

import (
	"testing"

	"github.com/alliances-project/alliances"
)

// session72Actors are the actors of this session's sentences.
func session72Actors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "grivas", Name: "George Grivas", Aliases: []string{"Grivas"}, Kind: "individual"},
		{ID: "eoka-b", Name: "EOKA-B", Kind: "armed-group"},
		{ID: "sharaa", Name: "Ahmed al-Sharaa", Aliases: []string{"Sharaa"}, Kind: "individual"},
		{ID: "baghdadi", Name: "Abu Bakr al-Baghdadi", Kind: "individual"},
		{ID: "isi", Name: "Islamic State of Iraq", Kind: "armed-group"},
		{ID: "nusra", Name: "Nusra Front", Aliases: []string{"the Nusra Front"}, Kind: "armed-group"},
		{ID: "al-qaeda", Name: "al-Qaeda", Kind: "armed-group"},
		{ID: "htay-maung", Name: "Htay Maung", Kind: "individual"},
		{ID: "seventh-brigade", Name: "KNLA 7th Brigade", Aliases: []string{"the 7th Brigade"}, Kind: "armed-group"},
		{ID: "knu", Name: "Karen National Union", Aliases: []string{"KNU"}, Kind: "armed-group"},
		{ID: "spdc", Name: "SPDC", Kind: "state-organ"},
		{ID: "peace-council", Name: "KNU/KNLA Peace Council", Aliases: []string{"the KNU/KNLA Peace Council"}, Kind: "armed-group"},
	}
}

// TestFormsFromTheSeventhSessionsReviews: the forms this session's reviews and misses
// found read wrong. A verb of founding or leading joined by "and" to one with no object
// shares its subject ("In 1971 Grivas returned and founded EOKA-B", cyprus-1974 ¶6), as
// it does past a relative clause on the subject itself ("Htay Maung, commander of the 7th
// Brigade, who took several hundred men out of the KNU ..., made peace with the SPDC ...
// and founded the KNU/KNLA Peace Council", karen-1949 ¶19), but not past one on another
// name ("set up the Nusra Front, which refused to merge ... and pledged allegiance to
// al-Qaeda", syria-2024 ¶15).
func TestFormsFromTheSeventhSessionsReviews(t *testing.T) {
	checkForms(t, session72Actors(), []formCase{
		{"and founded", "In 1971 Grivas returned and founded EOKA-B.",
			[]string{"grivas membership eoka-b"}, nil},
		{"who ..., and founded", "In 2007 Htay Maung, commander of the 7th Brigade, who took several hundred men out of the KNU in January 2007, made peace with the SPDC in February and founded the KNU/KNLA Peace Council.",
			[]string{"htay-maung membership peace-council"}, nil},
		{"which ..., and pledged", "Sharaa was sent into Syria in 2011 by Abu Bakr al-Baghdadi, then leader of the Islamic State of Iraq, and set up the Nusra Front, which refused to merge with Baghdadi's group in 2013 and pledged allegiance to al-Qaeda instead.",
			nil, []string{"sharaa membership al-qaeda"}},
	})
}
