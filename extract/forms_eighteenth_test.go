package extract_test

// The readings of the eighteenth round: help one had or got from another, where the
// words between name help; help asked for, which none gave yet; and rules of an
// analyst's that keep the words their cues need.

import (
	"slices"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/extract"
)

// TestFormsOfHelpHadFrom: what one had, got or bought from another is help where the
// words between name it (the Angola report's ¶2: the FNLA "had ... money and arms from
// the CIA"); not where they name a move ("had come from Sudan"), word or a break ("a gang
// that had broken away from the AFRC", the Sierra Leone report's ¶14, a splinter the
// shorter cue reads). Help sought, asked or appealed for is none given ("the Taliban
// sought help from Pakistan").
func TestFormsOfHelpHadFrom(t *testing.T) {
	checkForms(t, seventeenthActors(), []formCase{
		{"had money and arms from", "In 1975 UNITA had money and arms from the United States.", []string{"united-states support unita"}, nil},
		{"got weapons from", "In 2013 the FDLR got weapons from Uganda.", []string{"uganda support fdlr"}, nil},
		{"bought drones from", "In 2020 Azerbaijan bought drones from Turkey.", []string{"turkey support azerbaijan"}, nil},
		{"had come from", "In 2014 the ADF had come from Sudan.", nil, []string{"sudan support adf", "sudan support adf 0.40"}},
		{"got word from", "In 2015 the ADF got word from Sudan.", nil, []string{"sudan support adf", "sudan support adf 0.40"}},
		{"had broken away from", "In 2000 the ADF, a gang that had broken away from the FDLR, held the hills.",
			[]string{"adf splinter fdlr"}, []string{"fdlr support adf"}},
		{"sought help from", "In 2016 the Taliban sought help from Pakistan.", nil, []string{"pakistan support taliban", "pakistan support taliban 0.40"}},
		{"asked for military support from", "In 2017 the ADF asked for military support from Sudan.", nil, []string{"sudan support adf", "sudan support adf 0.40"}},
		{"help given from", "In 2018 the FDLR fought on with help from Uganda.", []string{"uganda support fdlr"}, nil},
	})
}

// TestRulesExtendedKeepTheirConditions: an analyst's rule whose cues need words (then,
// before, within) stays a relation of its own when added to the built-in rules; merged
// into the built-in relation of its kind, its cues would state ties without those words.
func TestRulesExtendedKeepTheirConditions(t *testing.T) {
	more, err := extract.ParseRules("mine.yaml", []byte("relations:\n  - kind: support\n    passive: [\"obtained by loan ... from\"]\n    within: [tanks]\n"))
	if err != nil {
		t.Fatal(err)
	}
	rules := extract.DefaultRules()
	n := len(rules.Relations)
	rules.Extend(more)
	if len(rules.Relations) != n+1 || !slices.Equal(rules.Relations[n].Within, []string{"tanks"}) {
		t.Fatalf("extended rules: %d relations (had %d), last %+v; want the analyst's, with its within, added", len(rules.Relations), n, rules.Relations[len(rules.Relations)-1])
	}
	plain, err := extract.ParseRules("plain.yaml", []byte("relations:\n  - kind: support\n    cues: [\"lavished gifts on\"]\n"))
	if err != nil {
		t.Fatal(err)
	}
	rules.Extend(plain)
	if len(rules.Relations) != n+1 || !slices.Contains(rules.Relations[0].Cues, "lavished gifts on") {
		t.Errorf("a rule with no conditions made %d relations (want %d), its cue merged into the first of its kind: %v", len(rules.Relations), n+1,
			slices.Contains(rules.Relations[0].Cues, "lavished gifts on"))
	}
}

// TestFormsOfDemandsToGo: telling, pressing, warning or asking another to go or stop is
// a demand, as calling on it is (the Chad report's ¶17: Khartoum "told the UFR's leaders
// to leave Sudan"; the Congo one's ¶15: "pressing Mobutu to step aside"); a demand made
// of an actor's leaders or fighters, named in its possessive, is made of the actor. One
// who tells what another did is no party to it ("told reporters that"), nor is one asked
// to act ("asked Pakistan to send troops").
func TestFormsOfDemandsToGo(t *testing.T) {
	checkForms(t, seventeenthActors(), []formCase{
		{"told to leave", "In 2009 Sudan told the UFR's leaders to leave the country.", []string{"sudan opposition ufr"}, nil},
		{"pressed to step aside", "In 1997 the United States pressed Mobutu to step aside.", []string{"united-states opposition mobutu"}, nil},
		{"urged the men to disarm", "In 2009 Sudan urged the UFR's fighters to disarm.", []string{"sudan opposition ufr"}, nil},
		{"told reporters that", "In 2009 Sudan told reporters that the UFR had attacked Chad.", []string{"ufr hostility chad"}, []string{"sudan opposition ufr", "sudan hostility chad"}},
		{"asked to send troops", "In 2002 the United States asked Pakistan to send troops.", nil, []string{"united-states opposition pakistan"}},
	})
}

// TestFormsOfColumnsOfAList: a list after a plural noun of forces and "of" that opens the
// sentence acts together (the Mali report's ¶8: "columns of Ansar Dine, AQIM and MUJAO
// moved south and took Konna", here with a verb of capture the reader knows).
func TestFormsOfColumnsOfAList(t *testing.T) {
	actors := append(seventeenthActors(),
		alliances.Actor{ID: "ansar-dine", Name: "Ansar Dine", Kind: "armed-group"},
		alliances.Actor{ID: "aqim", Name: "AQIM", Kind: "armed-group"},
		alliances.Actor{ID: "mujao", Name: "MUJAO", Kind: "armed-group"})
	checkForms(t, actors, []formCase{
		{"columns of three", "In January 2013, however, columns of Ansar Dine, AQIM and MUJAO captured Konna.",
			[]string{"ansar-dine cooperation aqim", "ansar-dine cooperation mujao", "aqim cooperation mujao"}, []string{"ansar-dine hostility aqim"}},
		{"fighters of two who clash", "In 2013 fighters of Ansar Dine and MUJAO clashed near Gao.", []string{"ansar-dine hostility mujao"}, []string{"ansar-dine cooperation mujao"}},
	})
}
