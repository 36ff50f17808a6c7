package extract_test

import (
	"slices"
	"testing"

	"github.com/alliances-project/alliances"
)

// TestReaderReadsListsPostsAndOperations: the forms behind the misses of the Mali, Sahel
// and foreign-involvement annotations (docs/extraction.md), each written here on other
// actors: lists that pair every member, posts given in a relative clause, operations
// and their states, support given to an object named before it.
func TestReaderReadsListsPostsAndOperations(t *testing.T) {
	known := append(slices.Clone(actors),
		alliances.Actor{ID: "egypt", Name: "Egypt", Kind: "state"},
		alliances.Actor{ID: "france", Name: "France", Kind: "state"},
		alliances.Actor{ID: "mali", Name: "Mali", Kind: "state"},
		alliances.Actor{ID: "ivory-coast", Name: "Côte d'Ivoire", Kind: "state"},
		alliances.Actor{ID: "ecowas", Name: "Economic Community of West African States", Aliases: []string{"ECOWAS"}, Kind: "organization"},
		alliances.Actor{ID: "mohamed-morsi", Name: "Mohamed Morsi", Kind: "individual"},
		alliances.Actor{ID: "alassane-ouattara", Name: "Alassane Ouattara", Kind: "individual"},
		alliances.Actor{ID: "dioncounda-traore", Name: "Dioncounda Traoré", Kind: "individual"},
		alliances.Actor{ID: "operation-serval", Name: "Opération Serval", Aliases: []string{"Operation Serval"}, Kind: "state-organ"},
		alliances.Actor{ID: "operation-barkhane", Name: "Operation Barkhane", Kind: "state-organ"},
	)
	checkForms(t, known, []formCase{
		// Mali ¶22: "former co-belligerents Ansar Dine, MOJWA, and the MNLA soon found
		// themselves in conflict with each other".
		{"a fight with each other pairs the whole list", "In 2012 the Taliban, Jami'at and Hizb-e Islami soon found themselves in conflict with each other.",
			[]string{"jamiat hostility hizb-e-islami", "taliban hostility hizb-e-islami", "taliban hostility jamiat"}, nil},
		{"a noun of partners names the list after it", "In 2012 the former co-belligerents Jami'at, Hizb-e Islami and the Taliban met in Doha.",
			[]string{"jamiat cooperation hizb-e-islami", "jamiat cooperation taliban", "hizb-e-islami cooperation taliban"}, nil},
		// Mali ¶32: "MOJWA and AQIM forces took over the eastern town of Ménaka".
		{"a town taken together", "On 19 November 2012, the Taliban and Jami'at forces took over the eastern town of Kunduz.",
			[]string{"taliban cooperation jamiat"}, []string{"taliban hostility jamiat"}},
		{"a post taken over is no fight", "In 2013 Hekmatyar took over the leadership of Hizb-e Islami.",
			[]string{"hekmatyar membership hizb-e-islami"}, []string{"hekmatyar hostility hizb-e-islami", "hekmatyar hostility hizb-e-islami 0.55"}},
		// Mali ¶18.
		{"a post in a relative clause", "In 2012 Côte d'Ivoire President Alassane Ouattara, who was the rotational chairman of ECOWAS, warned the Taliban.",
			[]string{"alassane-ouattara membership ecowas", "alassane-ouattara membership ivory-coast"}, nil},
		{"a speaker's post", "In April 2012 power passed to National Assembly of Mali Speaker Dioncounda Traoré.",
			[]string{"dioncounda-traore membership mali"}, nil},
		// Sahel ¶8, ¶18; Mali ¶5.
		{"an operation is its launcher's", "In January 2013 the French military launched Opération Serval against the Taliban.",
			[]string{"operation-serval membership france"}, nil},
		{"an operation named after its state", "In 2016 the Taliban called it revenge for the France Operation Barkhane.",
			[]string{"operation-barkhane membership france"}, nil},
		{"an operation ended in a place is not the place's", "In mid-2014, the French military in Mali ended its Operation Serval.",
			[]string{"operation-serval membership france"}, []string{"operation-serval membership mali"}},
		// Foreign involvement ¶27, ¶28.
		{"support given to the one named before it", "Iran has sent the Taliban financial support since 2011.",
			[]string{"iran support taliban"}, nil},
		{"support for one against another", "Since 2013, Egypt has been supportive of the Taliban, and President Mohamed Morsi has expressed open support for the Taliban against Jami'at.",
			[]string{"egypt favour taliban", "mohamed-morsi support taliban", "mohamed-morsi opposition jamiat"},
			[]string{"egypt favour mohamed-morsi", "taliban opposition jamiat"}},
		// Iraq ¶32: "voting in favor of independence from Iraq".
		{"in favor of what another cue governs", "In 2017 Hizb-e Islami voted in favor of independence from Pakistan.",
			[]string{"hizb-e-islami opposition pakistan"}, []string{"hizb-e-islami favour pakistan"}},
		// Foreign involvement ¶19.
		{"a district of a state is a place", "In 2013 Jami'at fighters crossed the border and took over eight villages in the Qusayr District of Pakistan.",
			nil, []string{"jamiat hostility pakistan"}},
	})
}
