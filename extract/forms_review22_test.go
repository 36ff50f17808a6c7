package extract_test

// The findings of the twenty-second fresh-eyes reviewer, who played an analyst on reports
// of its own (Sierra Leone, 1991 to 2002; Nicaragua's contra war) and probed this
// session's readings with sentences on Rwanda's war, each mended and kept here.

import (
	"slices"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/extract"
)

// rwandaActors are the actors of the reviewer's probes.
func rwandaActors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "rwanda", Name: "Rwanda", Aliases: []string{"Rwandan", "Kigali"}, Kind: "state"},
		{ID: "uganda", Name: "Uganda", Aliases: []string{"Ugandan", "Kampala"}, Kind: "state"},
		{ID: "tanzania", Name: "Tanzania", Aliases: []string{"Arusha"}, Kind: "state"},
		{ID: "france", Name: "France", Aliases: []string{"French", "Paris"}, Kind: "state"},
		{ID: "rpf", Name: "Rwandan Patriotic Front", Aliases: []string{"RPF"}, Kind: "armed-group"},
		{ID: "nra", Name: "National Resistance Army", Aliases: []string{"NRA"}, Kind: "armed-group"},
		{ID: "cdr", Name: "Coalition for the Defence of the Republic", Aliases: []string{"CDR"}, Kind: "party"},
		{ID: "rwigyema", Name: "Fred Rwigyema", Aliases: []string{"Rwigyema"}, Kind: "individual"},
		{ID: "kagame", Name: "Paul Kagame", Aliases: []string{"Kagame"}, Kind: "individual"},
		{ID: "museveni", Name: "Yoweri Museveni", Aliases: []string{"Museveni"}, Kind: "individual"},
		{ID: "habyarimana", Name: "Juvénal Habyarimana", Aliases: []string{"Habyarimana"}, Kind: "individual"},
		{ID: "mitterrand", Name: "François Mitterrand", Aliases: []string{"Mitterrand"}, Kind: "individual"},
		{ID: "bagosora", Name: "Théoneste Bagosora", Aliases: []string{"Bagosora"}, Kind: "individual"},
		{ID: "kulobi", Name: "Kulobi notables", Aliases: []string{"Kulobi"}, Kind: "category"},
		{ID: "leninobodi", Name: "Leninobodi notables", Aliases: []string{"Leninobodi notables"}, Kind: "category"},
	}
}

// TestATwentySecondReviewersFinds: the posts after "with" are those of a body the verb
// sets up, not of a state invaded or left; a possessive's rival is no body of its own;
// "and, in 1990," opens no list after a verb's object; a refusal is of the one named right
// after it; a leader's organization named with "of" in a list is the organization; a gift
// of posts to a group's troops, or of asylum to a man's widow, is no help to him; turning
// an army on a capital's civilians is no fight with the state; a body's veterans leave it
// its leader's.
func TestATwentySecondReviewersFinds(t *testing.T) {
	checkForms(t, rwandaActors(), []formCase{
		{"with X as Y, no body set up", "In 1990 the exiles who had founded the RPF invaded Rwanda, with Fred Rwigyema as commander and Paul Kagame as his deputy.",
			nil, []string{"rwigyema membership rwanda", "kagame membership rwanda"}},
		{"set out is no setting up", "In 1990 the RPF set out from Uganda, with Fred Rwigyema as commander.", nil, []string{"rwigyema membership uganda"}},
		{"a rival party", "In 1993 Habyarimana's main rival party, the CDR, denounced the accords.",
			[]string{"habyarimana rivalry cdr"}, []string{"habyarimana membership cdr"}},
		{"and, in 1990, a new clause", "Habyarimana fought the RPF and, in 1990, Mitterrand sent paratroopers to Kigali.",
			nil, []string{"habyarimana hostility mitterrand", "rpf support rwanda"}},
		{"refused what was signed by", "In 1994 Bagosora refused to recognise the Arusha accords signed by Habyarimana.",
			nil, []string{"habyarimana opposition tanzania", "bagosora opposition tanzania"}},
		{"refused that", "In 1994 France refused to recognise that the Rwandan army had planned the killings.", nil, []string{"france opposition rwanda"}},
		{"refused a thing", "In 1992 the Kulobi and Leninobodi notables refused to recognise the new cabinet.", nil, []string{"kulobi opposition leninobodi"}},
		{"organizations named with their leaders", "In 1992 the RPF of Kagame and the NRA of Museveni joined forces.",
			[]string{"rpf alliance nra"}, []string{"kagame alliance nra"}},
		{"posts given to a group's troops", "The Arusha accords gave the RPF troops half the officer posts in 1993.", nil, []string{"tanzania support rpf"}},
		{"asylum to a widow", "In 1994 France granted Habyarimana's widow asylum.", nil, []string{"france support habyarimana"}},
		{"asylum to a family", "In 1994 France granted Habyarimana's family asylum.", nil, []string{"france support habyarimana"}},
		{"an army turned on civilians", "In April 1994 Bagosora turned his army on the civilians of Kigali.", nil, []string{"bagosora hostility rwanda"}},
		{"a body's veterans", "In 1990 Museveni's NRA veterans crossed into Rwanda.", []string{"museveni membership nra"}, nil},
	})
}

// TestDiscoverNoOrganizationOfAModifier: reading as into a new case, a word after an
// organization's post and "of" that a noun follows is no organization ("of the Hutu
// militias", "commander of Byumba sector"), nor one named after a preposition of place, nor
// "Staff" of a chief of staff.
func TestDiscoverNoOrganizationOfAModifier(t *testing.T) {
	text := "In 1994 the leader of the Hutu militias met the commander of Byumba sector. The fighters of the Hutu militias gathered in Byumba. " +
		"The commander of Nyamirambo sector held the Nyamirambo sector for a week. " +
		"The army's chief of Staff, Kayumba Nyamwasa, spoke for the army's chief of Staff.\n\nA second paragraph, so that lines are no paragraphs of their own."
	_, _, finds := discover(text)
	if others := kindFound(finds, "other"); len(others) > 0 {
		t.Errorf("organizations found by a word %q, want none", others)
	}
}

// TestDiscoverAnOrganizationOfAPerson: reading as into a new case, an organization's name
// by its form, "of" and a person's name that opens with a given name are two actors, the
// person its leader ("the Rwandan Patriotic Front of Paul Kagame").
func TestDiscoverAnOrganizationOfAPerson(t *testing.T) {
	rd, doc, finds := discover("In 1992 the Rwandan Patriotic Front of Paul Kagame and the National Resistance Army of Yoweri Museveni joined forces." +
		"\n\nA second paragraph, so that lines are no paragraphs of their own.")
	if groups, people := kindFound(finds, "armed-group"), kindFound(finds, "individual"); !slices.Equal(groups, []string{"National Resistance Army", "Rwandan Patriotic Front"}) ||
		!slices.Equal(people, []string{"Paul Kagame", "Yoweri Museveni"}) {
		t.Errorf("found groups %q and people %q, want each name its own", groups, people)
	}
	rd.Date = edtf.MustParse("1993")
	ties := tieStrings(rd.Read(doc), 0.5)
	for _, want := range []string{"paul-kagame membership rwandan-patriotic-front", "rwandan-patriotic-front alliance national-resistance-army"} {
		if !slices.Contains(ties, want) {
			t.Errorf("ties %q, want %q", ties, want)
		}
	}
}

// TestATitleLineAndAFirstParagraph: a first line with no sentence's end is a title, no
// paragraph, though it holds "No." ("Situation Report No. 12 (1-14 March 2025)"); a first
// line that ends a sentence before a note's mark ("[1]") is the body's first paragraph.
func TestATitleLineAndAFirstParagraph(t *testing.T) {
	body := "The armed groups held most of the capital in March 2025, and the police held the rest of it with the help of the mission."
	for _, c := range []struct {
		text string
		want int
	}{
		{"Haiti: Humanitarian Situation Report No. 12 on the gang war in Port-au-Prince and Artibonite (1-14 March 2025)\n\n" + body, 1},
		{"The genocide of 1994 killed some 800,000 people in a hundred days, most of them Tutsi, and drove two million to flee into exile.[1]\n\n" + body, 2},
	} {
		if got := len(extract.Read("r.txt", c.text, extract.DefaultRules()).Paragraphs); got != c.want {
			t.Errorf("%.40q...: %d paragraphs, want %d", c.text, got, c.want)
		}
	}
}
