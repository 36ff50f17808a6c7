package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/extract"
)

// TestDiscoverSides: a report that names a side by a collective noun ("the Islamists",
// "Islamist groups", "Tuareg rebels") gets that side as an actor of kind category, each
// form its alias, and its ties are read; a bare noun is the one qualified side of that
// noun; the men of a group named before the noun ("Ansar Dine rebels"), a quantity of
// them ("any rebels") and a noun before its examples ("Islamist factions such as ...")
// are not the side. The texts are written for the test, on the Mali war's sides.
func TestDiscoverSides(t *testing.T) {
	text := "In January 2012, Tuareg rebels fought Mali in the north, and the rebels took the towns of the region within weeks.\n\n" +
		"Islamist groups then fought the Tuareg rebels in the towns, and the Islamists ruled the north of Mali for a year after that.\n\n" +
		"In 2013 France fought the Islamists near Gao, while Ansar Dine rebels held out in the mountains of the region of Mali.\n\n" +
		"In 2014 any rebels who surrendered were backed by Pakistan, and Islamist factions such as Hizb-e Islami were backed by Iran.\n\n" +
		"In 2015 Jama'at Nasr al-Islam wal Muslimin Islamists attacked a resort in the capital, as the report on the region says."
	rd, doc, finds := discover(text)
	sides := map[string]alliances.Actor{}
	for _, f := range finds {
		if f.Actor.Kind == alliances.Category {
			sides[f.Actor.ID] = f.Actor
		}
	}
	if len(sides) != 2 {
		t.Fatalf("sides %v, want the Tuareg rebels and the Islamists (not the men of a group named before the noun)", sides)
	}
	if !slices.ContainsFunc(finds, func(f extract.Found) bool { return f.Actor.Name == "Jama'at Nasr al-Islam wal Muslimin" }) {
		t.Errorf("found %+v: want the group's whole name, \"wal\" inside it and the side's noun after it left out", finds)
	}
	if a := sides["tuareg-rebels"]; a.Name != "Tuareg rebels" || !slices.Contains(a.Aliases, "rebels") {
		t.Errorf("the Tuareg rebels: %+v, want the name as written and the bare noun its alias", a)
	}
	if a := sides["islamists"]; a.Name != "Islamists" || !slices.Contains(a.Aliases, "Islamist groups") {
		t.Errorf("the Islamists: %+v, want the plural its name and \"Islamist groups\" its alias", a)
	}
	var ties []string
	for _, p := range rd.Read(doc) {
		ties = append(ties, p.Tie.Subject+" "+string(p.Tie.Kind)+" "+p.Tie.Object)
	}
	for _, want := range []string{"tuareg-rebels hostility mali", "islamists hostility tuareg-rebels", "france hostility islamists", "iran support hizb-e-islami"} {
		if !slices.Contains(ties, want) {
			t.Errorf("ties %q, want %q", ties, want)
		}
	}
	for _, not := range []string{"pakistan support tuareg-rebels", "iran support islamists", "jamaat-nasr-al-islam-wal-muslimin hostility islamists"} {
		if slices.Contains(ties, not) {
			t.Errorf("ties %q, do not want %q", ties, not)
		}
	}
}

// TestTheGovernmentIsTheReportsState: "the government" of a report on one state's
// conflict is that state, not where another state's government is named ("the government
// of Syria"); a cue with a gap ("received ... from") reads across the words between its
// parts, with the forms they name; and a tie someone was barred from is not told.
func TestTheGovernmentIsTheReportsState(t *testing.T) {
	text := "In 2012 Syria faced a revolt in the north of Syria, and the Syrian Liberation Front received weapons and salaries from the government, as reports from Syria say.\n\n" +
		"In 2013 the United States barred Americans from doing business with the government, while Iran sent troops to the government of Turkey.\n\n" +
		"In 2015 Russia sent troops to the government, as the reports from the country say, and its aircraft followed them there."
	rd, doc, _ := discover(text)
	got := map[string]extract.Proposal{}
	for _, p := range rd.Read(doc) {
		got[p.Tie.Subject+" "+string(p.Tie.Kind)+" "+p.Tie.Object] = p
	}
	p, ok := got["syria support syrian-liberation-front"]
	if !ok {
		t.Fatalf("proposals %v, want Syria's support for the Front", keys(got))
	}
	if !slices.Equal(p.Tie.Forms, []alliances.Form{alliances.Weapons, alliances.Funding}) && !slices.Equal(p.Tie.Forms, []alliances.Form{alliances.Funding, alliances.Weapons}) {
		t.Errorf("forms %v, want weapons and funding (the words in the cue's gap)", p.Tie.Forms)
	}
	if !slices.ContainsFunc(p.Cues, func(c string) bool { return strings.Contains(c, "received ... from") }) {
		t.Errorf("cues %q, want the gapped cue named", p.Cues)
	}
	if _, ok := got["russia support syria"]; !ok {
		t.Errorf("proposals %v, want Russia's troops for Syria's government", keys(got))
	}
	if _, ok := got["iran support syria"]; ok {
		t.Errorf("proposals %v: Iran's troops went to the government of Turkey, not Syria's", keys(got))
	}
	for k := range got {
		if strings.HasPrefix(k, "united-states cooperation") || strings.HasPrefix(k, "syria cooperation") {
			t.Errorf("proposals %v: the business the Americans were barred from is no tie", keys(got))
		}
	}
}

func keys(m map[string]extract.Proposal) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// TestDiscoverTransliteratedNames: a name that begins with an Arabic article ("the
// al-Nusra Front") is found, as is one that begins with "Jund"; a name found in its
// translated form after its transliterated one ("Jabhat al-Nusra", then "al-Nusra Front";
// "Jaysh al-Islam", then "Army of Islam") is one actor, the translation its alias. Written
// for the test, on the inter-rebel conflict in Syria.
func TestDiscoverTransliteratedNames(t *testing.T) {
	text := "In 2013 Jabhat al-Nusra and Jaysh al-Islam fought the Taliban near the town, the report on the region says.\n\n" +
		"In 2014 the al-Nusra Front and the Army of Islam fought the Taliban again, and Jund al-Aqsa joined them in the south.\n\n" +
		"In 2015 the al-Rahman Legion fought the Taliban in the east of the country, as the report on the region says."
	_, _, finds := discover(text)
	got := map[string][]string{}
	for _, f := range finds {
		got[f.Actor.ID] = f.Actor.Aliases
	}
	for id, alias := range map[string]string{"jabhat-al-nusra": "al-Nusra Front", "jaysh-al-islam": "Army of Islam"} {
		if !slices.Contains(got[id], alias) {
			t.Errorf("found %v: want %s with the alias %q", got, id, alias)
		}
	}
	for _, id := range []string{"jund-al-aqsa", "al-rahman-legion"} {
		if _, ok := got[id]; !ok {
			t.Errorf("found %v: want %s", got, id)
		}
	}
	for _, id := range []string{"al-nusra-front", "army-of-islam"} {
		if _, ok := got[id]; ok {
			t.Errorf("found %v: %s is another name of an actor found before", got, id)
		}
	}
}

// TestDiscoverOperations: a military operation named as one ("Operation Serval") is an
// actor of kind state-organ, and the state that launched it its owner.
func TestDiscoverOperations(t *testing.T) {
	text := "In 2013 France launched Operation Serval against the Taliban in the north of the country, as the report says.\n\n" +
		"The report on the region adds that the Taliban fought Operation Serval for a year before it ended in 2014."
	rd, doc, finds := discover(text)
	if !slices.ContainsFunc(finds, func(f extract.Found) bool { return f.Actor.ID == "operation-serval" && f.Actor.Kind == "state-organ" }) {
		t.Fatalf("found %+v, want Operation Serval, a state organ", finds)
	}
	wantTies(t, rd, doc, "operation-serval membership france", "taliban hostility operation-serval")
}

// TestReaderMendedAfterTheMaliReview: what a newcomer's review of a new case read from
// the second half of the Mali War article found wrong, each written here on other
// actors (docs/extraction.md, the eighth review).
func TestReaderMendedAfterTheMaliReview(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string // "subject kind object", or "subject kind object valid status"
	}{
		{name: "AModelNumberIsNoYear",
			text: "In the spring Pakistan armed the Taliban with Mirage 2000-D jets, as the report on the region says.",
			not:  []string{"pakistan support taliban 2000 reported"}},
		{name: "AParticipleAfterADegreeQualifiesTheName",
			text: "In 2013 fighters deserted Jami'at for the better financed Taliban, and Iran armed Hizb-e Islami.",
			want: []string{"iran support hizb-e-islami"}, not: []string{"jamiat support taliban"}},
		{name: "FrontedHelpGoesToTheSubject",
			text: "By April 2013, with the help of a Pakistan army detachment supported by war jets, the Taliban took the city.",
			want: []string{"pakistan support taliban"}, not: []string{"taliban support pakistan"}},
		{name: "ASelfNamedSplinterIsTheSubject",
			text: "In 2013 a splinter group of Hizb-e Islami, calling itself the Islamic Movement for Kunar, fought the Taliban.",
			want: []string{"islamic-movement-for-kunar splinter hizb-e-islami"}},
		{name: "AHedgingVerbAfterTheTieHedgesWhatFollowsIt",
			text: "In 2013 the Taliban, backed by Pakistan, claimed it had taken the town of Kunduz from the army.",
			want: []string{"pakistan support taliban 2013 reported"}},
		{name: "AClauseAfterCommaAndHasItsOwnSubject",
			text: "In 2013 Hizb-e Islami fought the Taliban, and Iran backed Pakistan in the east of the country.",
			want: []string{"hizb-e-islami hostility taliban", "iran support pakistan"}, not: []string{"hizb-e-islami hostility iran", "taliban support pakistan"}},
		{name: "ACapitalizedCueIsAWordOfAName",
			text: "In 2015 protests came from Iran, Pakistan and the Coordination of Movements of Kunar, as the report on the region says.",
			not:  []string{"iran cooperation pakistan"}},
		{name: "ADenialAfterTheTieDisputesIt",
			text: "On 16 January 2013, Pakistan fought the Taliban in the town, but the Pakistani defence minister has denied this.",
			want: []string{"pakistan hostility taliban 2013-01-16 disputed"}},
		{name: "ADenialOfTheDeniersOwnActDisputesNothing",
			text: "In 2013 Pakistan armed the Taliban in the valley, though Iran denied arming anyone there.",
			want: []string{"pakistan support taliban 2013 reported"}},
		{name: "WhereACrossingBeganIsAPlace",
			text: "On 16 January 2013, a group of Taliban militants had crossed the border from Pakistan into Iran and had captured an Iranian gas field near the border with Iraq.",
			want: []string{"taliban hostility iran"}, not: []string{"pakistan hostility iran"}},
		{name: "FellowVictimsAreNoPartners",
			text: "In 2020 Hekmatyar was abducted along with Jami'at delegates near the border, while Iran, along with Pakistan, armed the Taliban.",
			want: []string{"iran cooperation pakistan"}, not: []string{"hekmatyar cooperation jamiat"}},
		{name: "AStatesAidworkersAreNotTheState",
			text: "In 2020 six Pakistani aidworkers and two Iranian volunteers were killed when they were attacked by the Taliban near the river.",
			not:  []string{"taliban hostility pakistan", "taliban hostility iran", "pakistan hostility iran"}},
		{name: "AStatesArmyIsTheState",
			text: "In 2013 the Pakistani Army fought the Taliban near the border, while the Free Syrian Army watched from afar.",
			want: []string{"pakistan hostility taliban"}, not: []string{"pakistani-army hostility taliban"}},
		{name: "ACapitalizedCueOfANameUnknownIsNoCue",
			text: "In 2015 delegates of Iran and Pakistan met at the Friendship Summit in Doha, as the report on the region says.",
			not:  []string{"iran alliance pakistan"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rd, doc, _ := discover(tc.text + "\n\nA second paragraph, so that lines are no paragraphs of their own, says nothing more.")
			var got []string
			for _, p := range rd.Read(doc) {
				k := p.Tie.Subject + " " + string(p.Tie.Kind) + " " + p.Tie.Object
				got = append(got, k, k+" "+p.Tie.Valid.String()+" "+string(p.Tie.Status))
			}
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("proposals %q, want %q", got, w)
				}
			}
			for _, n := range tc.not {
				if slices.Contains(got, n) {
					t.Errorf("proposals %q, do not want %q", got, n)
				}
			}
		})
	}
}

// TestImagesAreNoParagraphText: a Markdown image on its own line at the head of a
// paragraph is a caption, not the paragraph's first sentence (the evidence of a tie read
// from it quoted the image's link).
func TestImagesAreNoParagraphText(t *testing.T) {
	text := "### A heading\n![Taliban fighters in Kabul](https://example.org/image.png)\nIn 2013 Pakistan armed the Taliban in the south, as the report on the region says.\n\n" +
		"A second paragraph, so that lines are no paragraphs of their own, says nothing more."
	d := extract.Read("r.md", text, extract.DefaultRules())
	if len(d.Paragraphs) != 2 || !strings.HasPrefix(d.Text[d.Paragraphs[0].Start:], "In 2013 Pakistan") {
		t.Fatalf("paragraphs %+v: want two, the first from its text, not its image", d.Paragraphs)
	}
	if s := d.Paragraphs[0].Sentences[0]; strings.Contains(d.Text[s.Start:s.End], "![") {
		t.Errorf("first sentence %q holds the image", d.Text[s.Start:s.End])
	}
	// A block of images alone is no paragraph; a short sentence under an image is one.
	text = "In 2013 Pakistan armed the Taliban in the south, as the report on the region says.\n\n" +
		"![A map of the south, with the positions of every armed group in the valley and in the hills](https://example.org/map.png)\n" +
		"![Fighters of the Taliban at a checkpoint near the town, in the spring of that year](https://example.org/photo.png)\n\n" +
		"## After the war\n![A town](https://example.org/town.png)\nThe Taliban fought on in the hills after that.\n\n" +
		"A last paragraph, so that lines are no paragraphs of their own, says nothing more."
	d = extract.Read("r.md", text, extract.DefaultRules())
	var starts []string
	for _, p := range d.Paragraphs {
		starts = append(starts, d.Text[p.Start:p.Start+12])
	}
	if want := []string{"In 2013 Paki", "The Taliban ", "A last parag"}; !slices.Equal(starts, want) {
		t.Errorf("paragraphs begin %q, want %q", starts, want)
	}
}

// TestReaderMendedAfterTheSahelReview: what a newcomer's review of the Sahel timeline
// from 2019 on, read as a new case, found wrong, each written here on other actors
// (docs/extraction.md, the ninth review).
func TestReaderMendedAfterTheSahelReview(t *testing.T) {
	text := "### 2019\n * **January 20** – the Islamic State in the Greater Sahara attacked ten UN Pakistan peacekeepers near the river, as the report says.\n" +
		" * **January 24** – al-Qaeda in the Islamic Maghreb fought the Taliban near Kunduz, northern Iran, as the report on the region says.\n" +
		" * **March 2** – Hizb-e Islami in the Kunar countryside fought the Taliban near the river, as the report on the region says.\n\n" +
		"A last paragraph, so that lines are no paragraphs of their own, says nothing more at all."
	rules := extract.DefaultRules()
	rd := extract.NewReader(rules, append(slices.Clone(actors), alliances.Actor{ID: "islamic-state", Name: "Islamic State", Kind: "armed-group"},
		alliances.Actor{ID: "al-qaeda", Name: "al-Qaeda", Kind: "armed-group"},
		alliances.Actor{ID: "un", Name: "United Nations", Aliases: []string{"UN"}, Kind: "international-organization"}))
	rd.Source = "report"
	doc := extract.Read("r.md", text, rules)
	found := map[string]bool{}
	for _, f := range rd.Discover(doc) {
		found[f.Actor.ID] = true
	}
	for id, want := range map[string]bool{"islamic-state-in-the-greater-sahara": true, "al-qaeda-in-the-islamic-maghreb": true,
		"hizb-e-islami-in-the-kunar": false} {
		if found[id] != want {
			t.Errorf("found %v: %s %v, want %v (a branch named by its region; a group in a place is none)", found, id, found[id], want)
		}
	}
	got := map[string]string{}
	for _, p := range rd.Read(doc) {
		got[p.Tie.Subject+" "+string(p.Tie.Kind)+" "+p.Tie.Object] = p.Tie.Valid.String()
	}
	for tie, valid := range map[string]string{
		"islamic-state-in-the-greater-sahara membership islamic-state": "2019-01-20~/..",
		"al-qaeda-in-the-islamic-maghreb membership al-qaeda":          "2019-01-24~/..",
		"al-qaeda-in-the-islamic-maghreb hostility taliban":            "2019-01-24~",
	} {
		if got[tie] != valid {
			t.Errorf("proposals %v: want %s, %s (a bulleted day of a timeline keeps its day)", got, tie, valid)
		}
	}
	for _, not := range []string{"islamic-state-in-the-greater-sahara hostility pakistan", "al-qaeda-in-the-islamic-maghreb hostility iran"} {
		if _, ok := got[not]; ok {
			t.Errorf("proposals %v: %s, but the state there is a place or the home of others' men", got, not)
		}
	}
}

// TestDiscoverMilitias: militias named by a people's word ("Shia militias", iraq-war ¶13,
// ¶14) are a side as rebels are, where the report names them twice or more.
func TestDiscoverMilitias(t *testing.T) {
	text := "In 2014 Shia militias retook the town of Kunduz from the Taliban after a week of fighting in the north.\n\n" +
		"In 2015 the Shia militias fought the Taliban again near the border, as the report on the region says."
	rd, doc, finds := discover(text)
	if !slices.ContainsFunc(finds, func(f extract.Found) bool { return f.Actor.ID == "shia-militias" && f.Actor.Kind == alliances.Category }) {
		t.Fatalf("found %+v, want the Shia militias, a side", finds)
	}
	wantTies(t, rd, doc, "shia-militias hostility taliban")
}

// TestDiscoverAPostOfAState: "President Idriss Déby of Chad" (sahel-2 ¶2) names Idriss
// Déby, a member of Chad, not an individual "Idriss Déby of Chad".
func TestDiscoverAPostOfAState(t *testing.T) {
	text := "In April 2020 President Idriss Déby of Chad announced that his soldiers would leave the north, the report says."
	rd, doc, finds := discover(text)
	if !slices.ContainsFunc(finds, func(f extract.Found) bool { return f.Actor.Name == "Idriss Déby" && f.Actor.Kind == "individual" }) {
		t.Fatalf("found %+v, want the individual Idriss Déby", finds)
	}
	wantTies(t, rd, doc, "idriss-deby membership chad")
}

// TestDiscoverProtesters: protesters, named twice, are a side of their own (a category),
// party to the opposition they show: slf-hts ¶26 and ¶29 tell of demonstrations against a
// group, the Mali War's ¶46 of protesters fired on.
func TestDiscoverProtesters(t *testing.T) {
	text := "In March 2012, protesters demonstrated against the Taliban in Herat, and the Taliban fired on the protesters.\n\n" +
		"In April 2012, the protesters gathered again in the city, as the report on the region says."
	rd, doc, finds := discover(text)
	if !slices.ContainsFunc(finds, func(f extract.Found) bool { return f.Actor.ID == "protesters" && f.Actor.Kind == alliances.Category }) {
		t.Fatalf("found %+v, want the protesters as a side", finds)
	}
	wantTies(t, rd, doc, "taliban hostility protesters", "protesters opposition taliban")
}

// TestDiscoverAPostWithItsStateAndField: "the Israeli Intelligence Minister Yisrael Katz"
// (hezbollah-syria ¶23) names Yisrael Katz, after a post its state's word and its field
// open, a member of Israel.
func TestDiscoverAPostWithItsStateAndField(t *testing.T) {
	text := "In April 2017, the Israeli Intelligence Minister Yisrael Katz hinted at responsibility for the explosion near Damascus.\n\n" +
		"In May 2017, Yisrael Katz spoke again of the explosion near Damascus, as the report on the region says."
	rd, doc, finds := discover(text)
	if !slices.ContainsFunc(finds, func(f extract.Found) bool { return f.Actor.ID == "yisrael-katz" && f.Actor.Kind == "individual" }) {
		t.Fatalf("found %+v, want Yisrael Katz, an individual", finds)
	}
	wantTies(t, rd, doc, "yisrael-katz membership israel")
}

// TestDiscoverOneActorUnderPluralAndSingular: a name written with its last word plural
// and singular in one paragraph, and the same name found twice, are one actor
// (iran-syria ¶16 and ¶6, where the Revolutionary Guard made seven).
func TestDiscoverOneActorUnderPluralAndSingular(t *testing.T) {
	text := "In 2012 Iran had sent 150 members of the Iranian Revolutionary Guards to preserve the government, and the Iranian Revolutionary Guard Corps trained militias in the east.\n\n" +
		"In 2013 the Iranian Revolutionary Guard fought the rebels near Homs, as the report on the region says."
	_, _, finds := discover(text)
	var guards []string
	for _, f := range finds {
		if strings.Contains(f.Actor.Name, "Guard") {
			guards = append(guards, f.Actor.ID)
		}
	}
	if len(guards) != 1 {
		t.Errorf("found %q, want one actor of the Revolutionary Guard", guards)
	}
}
