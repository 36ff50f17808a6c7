package extract_test

// The findings of the twenty-fourth fresh-eyes reviewer, who probed the readings of the
// twelfth round with sentences of its own (Nigeria, Nepal, Chechnya, and the Angola and
// Congo reports' actors), each mended.

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
)

// TestATwentyFourthReviewersTies: ties the new readings proposed that an analyst would not
// take: a deal's noun after a verb that makes no deal; money "taken from" an ally; the
// place of a detention where an agent after "by" says who detained; a possessor whose
// kin, foes or fall the verb's object is; the object of the verb before "and" read as the
// subject of the one after; "betrayed" a feeling; a man after "ruled out ... by".
func TestATwentyFourthReviewersTies(t *testing.T) {
	actors := append(congoActors(), angolaActors()...)
	actors = append(actors, alliances.Actor{ID: "chad", Name: "Chad", Kind: "state"}, alliances.Actor{ID: "boko-haram", Name: "Boko Haram", Kind: "armed-group"},
		alliances.Actor{ID: "nigeria", Name: "Nigeria", Aliases: []string{"Nigerian"}, Kind: "state"})
	for _, c := range []struct {
		text string
		kind alliances.Kind
		want []string
	}{
		{"In 1976 the MPLA and the FNLA opposed the treaty.", alliances.Agreement, nil},
		{"In 1976 the MPLA and the FNLA drafted a memorandum.", alliances.Agreement, nil},
		{"In 1976 the MPLA and the FNLA signed a treaty.", alliances.Agreement, []string{"mpla agreement fnla"}},
		{"In 1976 the MPLA had taken money from Cuba.", alliances.Hostility, nil},
		{"In 1976 the MPLA had taken most of Huambo from the FNLA.", alliances.Hostility, []string{"mpla hostility fnla"}},
		// Not Chad's: Boko Haram's, the agent past the place (unread before agentBy).
		{"In 2014 Nigerian soldiers were detained in Chad by Boko Haram.", alliances.Coercion, []string{"boko-haram coercion nigeria"}},
		{"In 1976 Mobutu invested in Kabila's downfall.", alliances.Support, nil},
		{"In 1976 Mobutu exchanged fire with the FNLA's enemies.", alliances.Hostility, nil},
		{"In 1976 the MPLA's command passed to Mobutu's nephew.", alliances.Membership, nil},
		{"In 1976 the FNLA was ruled out of the talks by the MPLA.", alliances.Membership, nil},
		{"In 1997 Kabila broke with Mobutu and made common cause with Burundi.", alliances.Alliance, []string{"kabila alliance burundi"}},
		{"In 1997 Kabila betrayed no sign of weakness to Mobutu.", alliances.Opposition, nil},
	} {
		got := readKind(actors, c.text, c.kind, func(tie alliances.Tie) string { return tie.Subject + " " + string(tie.Kind) + " " + tie.Object })
		if !slices.Equal(sorted(got), c.want) {
			t.Errorf("%q: %s ties %q, want %q", c.text, c.kind, sorted(got), c.want)
		}
	}
}

// TestATwentyFourthReviewersActors: actors the new forms found that are none: a phrase of
// place or time opening a sentence, a place or person set beside another noun's body, a
// known state's long name, phrases of "State of" and "Kingdom of", organizations after
// "led by", streets after a royal title; and the kinds the noun set beside a name gives:
// a firm is no international body, a splinter group a faction, an international court no
// state's organ.
func TestATwentyFourthReviewersActors(t *testing.T) {
	text := "Across Borno State, a movement of vigilantes grew in 2014. Kano, a city run by the party, voted. Abuja, a city with a UN mission, waited. " +
		"Ndume, an ally of the group, spoke. STTEP, a South African firm, trained the army. Ansaru, a splinter group, attacked Kano.\n\n" +
		"In 2014 the Federal Republic of Nigeria and the Kingdom of Saudi Arabia met. The State of Emergency, the Second Republic and the Kingdom of Heaven were named. " +
		"In 2015 a coalition led by Amnesty International and Human Rights Watch spoke, and the International Criminal Court indicted Kony. " +
		"King Street and Queen Street were closed in 1990."
	_, _, finds := discover(text)
	got := map[string]string{}
	for _, f := range finds {
		got[f.Actor.Name] = f.Actor.Kind
	}
	for name := range got {
		if strings.Contains(name, "Across") || strings.Contains(name, "Street") || strings.Contains(name, "Republic") || strings.Contains(name, "Kingdom") ||
			strings.Contains(name, "State of") || name == "Kano" || name == "Abuja" || name == "Ndume" || got[name] == "individual" {
			t.Errorf("found %q (%s), no actor of this kind", name, got[name])
		}
	}
	for name, kind := range map[string]string{"STTEP": "other", "Ansaru": "faction", "International Criminal Court": "international-organization"} {
		if got[name] != kind {
			t.Errorf("%s: kind %q, want %q (all %v)", name, got[name], kind, maps.Clone(got))
		}
	}
}

// TestCompanionsInAnAside: the subject before an aside of companions opened by ", with"
// and closed right before the verb acts, and its companions with it (the Lebanon
// chapter's "Syrian troops, with Lebanese army units loyal to Hrawi, overran Aoun's
// positions", ¶18, the army's men loyal to Hrawi his, as they were before); not help in
// the aside ("with Iran's backing").
func TestCompanionsInAnAside(t *testing.T) {
	actors := []alliances.Actor{
		{ID: "syria", Name: "Syria", Aliases: []string{"Syrian", "the Syrians"}, Kind: "state"},
		{ID: "lebanon", Name: "Lebanon", Aliases: []string{"Lebanese army"}, Kind: "state"},
		{ID: "iran", Name: "Iran", Kind: "state"},
		{ID: "aoun", Name: "Michel Aoun", Aliases: []string{"Aoun"}, Kind: "individual"},
		{ID: "hrawi", Name: "Elias Hrawi", Aliases: []string{"Hrawi"}, Kind: "individual"},
	}
	checkKinds(t, actors, []kindCase{
		{"companions", "On 13 October 1990 Syrian troops, with Lebanese army units loyal to Hrawi, overran Aoun's positions.", alliances.Hostility,
			[]string{"hrawi hostility aoun", "lebanon hostility aoun", "syria hostility aoun"}},
		{"help", "In 1990 the Syrians, with Iran's backing, fought Aoun.", alliances.Hostility, []string{"syria hostility aoun"}},
	})
}

// TestKingsInAList: a royal title joins a list as a post does ("King Fahd, King Hassan
// II and President Chadli Bendjedid met", the Lebanon chapter's ¶16).
func TestKingsInAList(t *testing.T) {
	actors := []alliances.Actor{{ID: "fahd", Name: "Fahd", Kind: "individual"}, {ID: "hassan", Name: "Hassan II", Kind: "individual"},
		{ID: "chadli", Name: "Chadli Bendjedid", Kind: "individual"}}
	checkKinds(t, actors, []kindCase{
		{"kings", "In 1989 King Fahd, King Hassan II and President Chadli Bendjedid met in Casablanca.", alliances.Negotiation,
			[]string{"fahd negotiation chadli", "fahd negotiation hassan", "hassan negotiation chadli"}},
	})
}
