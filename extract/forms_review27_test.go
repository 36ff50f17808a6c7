package extract_test

// The twenty-seventh fresh-eyes reviewer's findings on the mends of the twenty-sixth's
// and the last readings of the fourteenth round, each mended: a cue's gap ran across a
// relative clause; "had armed villagers attack" armed the one attacked; a name right before
// a noun of men lost its aside's verb; a sale with no named buyer took the next clause's
// name; "each side" took the first "between" of the sentence, and none past helpers; a
// leader's men were his own wherever his body was named later; a group's own force was
// a force of states.

import "testing"

// TestReviewer27Ties: what the reviewer's probes read wrong, and read now as an analyst
// would.
func TestReviewer27Ties(t *testing.T) {
	checkForms(t, reviewer26Actors(), []formCase{
		{"a relative clause in the gap", "In 1977 Zambia recruited exiles who refused to fight for ZIPRA.",
			nil, []string{"zambia support zipra"}},
		{"had armed villagers attack", "In 1977 ZANLA had armed villagers attack Rhodesia.",
			nil, []string{"zanla support rhodesia"}},
		{"a name's fighters, backed by", "In 1977 ZIPRA fighters, backed by Zambia, attacked Rhodesia.",
			[]string{"zambia support zipra", "zipra hostility rhodesia"}, nil},
		{"a sale with no named buyer", "In 1977 Zambia sold the rebels arms and Mozambique sold them uniforms.",
			nil, []string{"zambia support mozambique"}},
		{"an offer to a named receiver", "In 1977 Zambia offered 200 special forces to ZIPRA and 600 troops to ZANLA.",
			[]string{"zambia support zipra"}, nil},
		{"each side after an earlier between", "In 1977 Kaunda mediated between Smith and Nkomo, and in 1978 ZANLA and ZIPRA clashed, each side blaming the other.",
			[]string{"zanla opposition zipra", "zipra opposition zanla"}, []string{"smith opposition nkomo"}},
		{"each side past helpers", "In 1977 ZANLA and ZIPRA, helped by Zambia and Mozambique, clashed, each side blaming the other.",
			[]string{"zanla opposition zipra", "zipra opposition zanla"}, []string{"zambia opposition mozambique"}},
		{"his body named later, in another clause", "In 1970 Nkomo led ZAPU. In 1977 Nkomo's men attacked Rhodesia and then ZAPU fought ZANU.",
			[]string{"zapu hostility rhodesia"}, []string{"nkomo hostility rhodesia"}},
	})
}

// TestReviewer27Actors: a group's own force is no force of states.
func TestReviewer27Actors(t *testing.T) {
	text := "In 2001 the Taliban's Regional Force attacked the Northern Alliance, and the Multinational Joint Task Force fought the rebels.\n\n" +
		"A second paragraph, so that lines are no paragraphs of their own."
	_, _, finds := discover(text)
	got := kindsAndAliases(finds)
	for name, kind := range got {
		if name != "Multinational Joint Task Force" && len(kind) >= 5 && kind[:5] == "inter" {
			t.Errorf("found %q as %q, want no force of states", name, kind)
		}
	}
	if got["Multinational Joint Task Force"] != "international-organization " {
		t.Errorf("found %v, want the Multinational Joint Task Force a force of states", got)
	}
}
