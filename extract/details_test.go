package extract_test

// What the reader reads of a tie beside its parties and kind: an agreement's type, a
// mediation's third, the intensity the words grade.

import (
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/extract"
)

// TestAgreementTakesItsType: the words of an agreement's sentence give its type, which
// decides its sign (a cease-fire does not align its parties, a defection deal does); an
// agreement whose sentence gives none has none, and less confidence.
func TestAgreementTakesItsType(t *testing.T) {
	for _, c := range []struct {
		text string
		typ  alliances.AgreementType
	}{
		{"In 2019 Jami'at agreed a ceasefire with the Taliban in the north, after months of fighting.", alliances.CeaseFire},
		{"In 2021 Jami'at defected and made a deal with the Taliban in the north of the country.", alliances.DefectionDeal},
		{"In 2021 Jami'at made a deal with the Taliban in the north of the country, as many had foreseen.", ""},
		// The type from the paragraph, or the one before, when the sentence gives none:
		// 0.7, between the two.
		{"In June 2021 Jami'at made a deal with the Taliban in the north of the country. Its defection set off a cascade that month.", alliances.DefectionDeal},
		{"In 2021 Pakistan fought on in the north of the country, and its defection set others thinking.\n\nIn July 2021 Jami'at made a deal with the Taliban in the north of the country.", alliances.DefectionDeal},
		// An understanding is its parties' own: the seed's ¶8 after Hizb-e Islami's peace
		// deal of ¶7 (an understanding of the paragraph's own words still takes its type).
		{"In 2016 Pakistan signed a peace deal with Kabul in the east of the country, and its defection set others thinking.\n\nIn spring 2021 Jami'at reached an understanding with the Taliban in the north.", ""},
		{"In 2021 Jami'at made a deal with the Taliban in the north of the country, to the economic benefit of both.", alliances.BusinessDeal},
		{"In 2021 Jami'at made a deal with the Taliban in the north of the country. It was good for trade.", ""},
		// A post in the state taken under the deal, or power handed over, shares power (the
		// Chad reports' ¶4 and ¶6, the Mali report's ¶5); oil sold is business (the Libya
		// report's ¶14).
		{"In 2021 Jami'at made a deal with the Taliban in the north, and its leader became prime minister.", alliances.PowerSharing},
		{"In 2021 Jami'at made a deal with the Taliban in the north, and in March its leader was named defence minister.", alliances.PowerSharing},
		{"In 2021 Jami'at signed a deal with the Taliban in the north, handing power to a council of elders.", alliances.PowerSharing},
		{"In 2021 Jami'at made a deal with the Taliban in the north, and its leader became famous.", ""},
		{"In 2021 Jami'at made a deal with the Taliban to lift the blockade of oil exports from the north.", alliances.BusinessDeal},
	} {
		var got []string
		for _, p := range read(t, c.text) {
			if p.Tie.Kind == alliances.Agreement {
				got = append(got, string(p.Tie.Type))
				if (c.typ == "") != (p.Confidence < 0.65) { // 0.8 typed beside its parties, 0.7 by the paragraph, 0.6 not
					t.Errorf("%q: confidence %.2f; a typeless agreement is the less sure", c.text, p.Confidence)
				}
			}
		}
		if len(got) != 1 || got[0] != string(c.typ) {
			t.Errorf("%q: agreements of types %q, want one of type %q", c.text, got, c.typ)
		}
	}
}

func TestMediationNamesItsThird(t *testing.T) {
	props := read(t, "In 2016 Iran mediated between Russia and the Taliban, and the two sides met in Tehran for the first time that year.")
	if len(props) != 1 || props[0].Tie.Kind != alliances.Mediation || props[0].Tie.Subject != "iran" || props[0].Tie.Object != "russia" || props[0].Tie.Third != "taliban" {
		t.Fatalf("proposals %+v, want Iran's mediation between Russia and the Taliban", props)
	}
}

// TestReaderGradesIntensity: the words just before a cue grade the tie as the case files
// do (rules.yaml, intensities), the longest words winning; none, no grade.
func TestReaderGradesIntensity(t *testing.T) {
	for text, want := range map[string]int{
		"Pakistan resumed substantive support for the Taliban in 2004.":          3,
		"The Taliban also received smaller levels of support from Iran in 2019.": 2,
		"Iran gave very modest support to the Taliban in 2005.":                  1,
		"Iran gave support to the Taliban in 2005, and it was a major shift.":    0,
	} {
		props := read(t, text+" This sentence only makes the paragraph long enough to count as one of the body.")
		if len(props) == 0 || props[0].Tie.Kind != alliances.Support || props[0].Tie.Intensity != want {
			t.Errorf("%q: %+v, want support of intensity %d", text, props, want)
		}
	}
}

// TestSupportersRank: the seed article's ¶19 ranks Russia third among the Taliban's
// supporters, which a newcomer's review found missing. The rank the words before a cue
// of support give ("the third-largest source of support") is the tie's, and a later
// sentence's rank goes to the support its paragraph told before.
func TestSupportersRank(t *testing.T) {
	for _, c := range []struct {
		text string
		rank int
	}{
		{"By 2019, Iran was the second-largest source of support to the Taliban, as the report on the valley says.", 2},
		{"In 2019 Iran was the largest source of support to the Taliban, as the report on the valley says.", 1},
		{"In 2019 Iran gave support to the Taliban, as the report on the valley says at length.", 0},
		{"In 2016 Iran started supporting the Taliban with weapons. By 2021, Iran was the third-largest source of support to the Taliban.", 3},
	} {
		props := read(t, c.text)
		if len(props) != 1 || props[0].Tie.Kind != alliances.Support || props[0].Tie.Rank != c.rank {
			t.Errorf("%q: %+v, want one support ranked %d", c.text, props, c.rank)
		}
	}
	// "The main backers" are several: none of them ranks first.
	props := read(t, "In 2020 the main backers of the Taliban were Iran and Russia, as the report on the valley says.")
	if len(props) != 2 || slices.ContainsFunc(props, func(p extract.Proposal) bool { return p.Tie.Kind != alliances.Support || p.Tie.Rank != 0 }) {
		t.Errorf("the main backers: %+v, want two supports, unranked", props)
	}
	// ¶19 itself: the year "by" which a state held is no time of the start told before it,
	// which takes the year the text named last; "weaponry" is weapons.
	props = read(t, "In 2016 Iran was worried about the Islamic State in the north of the country, as the report says.\n\n"+
		"Iran started supporting the Taliban with growing quantities of weaponry. By 2021, Iran was the third-largest source of support to the Taliban.")
	i := slices.IndexFunc(props, func(p extract.Proposal) bool { return p.Tie.Kind == alliances.Support })
	if i < 0 || props[i].Tie.Valid.String() != "2016~/.." || props[i].Tie.Rank != 3 || !slices.Contains(props[i].Tie.Forms, alliances.Weapons) {
		t.Errorf("%+v, want Iran's support from 2016~ on, third, of weapons", props)
	}
}

// TestPeaceDealWithTheReportsState: the seed article's ¶7 ("When Gulbuddin Hekmatyar's
// Hizb-e Islami signed a peace deal in 2016") names no counterpart, and a newcomer's
// review added the deal with the Afghan state by hand. A group's peace deal with no
// counterpart named is with the state the report names far more than any other; with
// none such, it is no proposal.
func TestPeaceDealWithTheReportsState(t *testing.T) {
	war := "The war in Pakistan went on for years, and Pakistan's army and the people of Pakistan grew tired of it.\n\n"
	for _, c := range []struct {
		text, want string
	}{
		{war + "When Hizb-e Islami signed a peace deal in 2016, the Taliban were upset and said so.", "hizb-e-islami agreement pakistan peace-deal"},
		{war + "When Hizb-e Islami signed a deal in 2016, the Taliban were upset and said so.", ""},
		{"The war in Pakistan and Iran went on for years, and Iran and Pakistan grew tired.\n\n" +
			"When Hizb-e Islami signed a peace deal in 2016, the Taliban were upset and said so.", ""},
	} {
		var got []string
		for _, p := range read(t, c.text) {
			if p.Tie.Kind == alliances.Agreement {
				got = append(got, p.Tie.Subject+" agreement "+p.Tie.Object+" "+string(p.Tie.Type))
			}
		}
		if c.want == "" && len(got) > 0 || c.want != "" && !slices.Contains(got, c.want) {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}

// TestMergedCitesEachParagraph: a tie a report tells again in a later paragraph, with no
// time of its own, is one proposal citing both paragraphs (a newcomer's review rejected
// five such repetitions of the seed article as duplicates, the U.S.-Taliban agreement of
// ¶15 and ¶25 among them); one told again with its own time, or its end, stays apart.
func TestMergedCitesEachParagraph(t *testing.T) {
	text := "In 2012 Iran armed the Taliban in the west of the country, as the report says.\n\n" +
		"The valley changed hands twice, and Iran supported the Taliban, as its elders remember.\n\n" +
		"In 2019 Iran supported the Taliban again, in the north of the country, as the report says.\n\n" +
		"In 2020 Iran stopped supporting the Taliban, as the report on the valley says."
	var got []string
	for _, p := range extract.Merged(read(t, text)) {
		var at []string
		for _, c := range p.Tie.Citations {
			at = append(at, c.Locator)
		}
		got = append(got, p.Tie.Valid.String()+" "+strings.Join(at, ","))
	}
	want := []string{"2012 ¶1,¶2", "2019 ¶3", "/2020 ¶4"}
	if !slices.Equal(got, want) {
		t.Errorf("merged: %q, want %q", got, want)
	}
}
