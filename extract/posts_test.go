package extract_test

import (
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/extract"
)

// TestStatePostsThatNameNoState: a post only a state has, written before a name with no
// state before it ("Prime Minister David Cameron", as the foreign-involvement text ¶17
// writes it, with a prime for its apostrophe), is a post of the state the text gave the
// holder a post in before, else of the state the section is about, else of the report's
// state where the paragraph names no other (iraq-war ¶12: "President Obama authorized
// targeted airstrikes in Iraq" in a paragraph that names the US is no post of Iraq's).
func TestStatePostsThatNameNoState(t *testing.T) {
	known := []alliances.Actor{
		{ID: "united-kingdom", Name: "United Kingdom", Aliases: []string{"UK", "Britain"}, Kind: "state"},
		{ID: "united-states", Name: "United States", Aliases: []string{"US"}, Kind: "state"},
		{ID: "france", Name: "France", Kind: "state"},
		{ID: "syria", Name: "Syria", Aliases: []string{"Syrian"}, Kind: "state"},
		{ID: "iraq", Name: "Iraq", Aliases: []string{"Iraqi"}, Kind: "state"},
		{ID: "islamic-state", Name: "Islamic State", Aliases: []string{"ISIL"}, Kind: "armed-group"},
		{ID: "david-cameron", Name: "David Cameron", Kind: "individual"},
		{ID: "bashar-al-assad", Name: "Bashar al-Assad", Kind: "individual"},
		{ID: "haider-al-abadi", Name: "Haider al-Abadi", Kind: "individual"},
		{ID: "barack-obama", Name: "Barack Obama", Aliases: []string{"Obama"}, Kind: "individual"},
		{ID: "donald-trump", Name: "Donald Trump", Kind: "individual"},
		{ID: "foreign-ministry", Name: "Foreign Ministry", Kind: "state-organ"},
		{ID: "niger", Name: "Niger", Kind: "state"},
	}
	iraq := "In 2014 the Islamic State took Mosul from Iraq, and Iraq fought back for three years until Iraq retook the city in 2017.\n\n"
	checkForms(t, known, []formCase{
		{"the section's state", "## United Kingdom\n\nIn 2015 the Prime Minister David Cameron′s motion to strike the Islamic State in Syria was carried in Parliament.",
			[]string{"david-cameron membership united-kingdom"}, nil},
		{"a government named after its head", "### United States\n\nIn July 2017 the Donald Trump administration halted the program that had armed the rebels fighting Syria.",
			[]string{"donald-trump membership united-states"}, nil},
		{"the post given before, not the section's", "In 2011 Britain insisted that the Syrian president Bashar al-Assad must step down from his post.\n\n### France\n\nIn 2015 France struck the Islamic State on a small scale, so as not to strengthen president Bashar al-Assad by hitting his enemies.",
			[]string{"bashar-al-assad membership syria"}, []string{"bashar-al-assad membership france"}},
		{"the report's state", iraq + "On 9 December 2017, Prime Minister Haider al-Abadi announced victory over the Islamic State in a speech in the capital.",
			[]string{"haider-al-abadi membership iraq"}, nil},
		{"not where the paragraph names another state", iraq + "On 7 August 2014, President Obama authorized targeted airstrikes in Iraq against ISIL. The UK offered the US assistance with surveillance.",
			nil, []string{"barack-obama membership iraq"}},
		// The prime some texts write for an apostrophe (foreign-involvement-2 ¶13, ¶37).
		{"a prime for an apostrophe", "In 2017 Syria′s Foreign Ministry condemned the presence of US forces in the country as an act of aggression.",
			[]string{"foreign-ministry membership syria"}, nil},
		// mali-war-2 ¶30: "the Niger" is the river.
		{"a river named as a state", "In 2013 the Islamic State again crossed the Niger and came close to the city hall, possibly with help from Syria.",
			nil, []string{"syria support niger", "syria support niger 0.40"}},
		// sahel ¶19: "A French soldier was killed in the Sahel region, Mali".
		{"a state after a place and a comma", "On 6 April 2019 a Syrian soldier was killed in the desert region, Iraq after a clash with the Islamic State.",
			[]string{"syria hostility islamic-state"}, []string{"syria hostility iraq"}},
		{"a section that is no state's name", "### French intervention\n\nIn 2015 the Prime Minister David Cameron′s motion to strike the Islamic State in Syria was carried in Parliament.",
			nil, []string{"david-cameron membership france", "david-cameron membership syria"}},
	})
}

// TestNamesThatHoldOthers: a coalition's name tells who leads it ("US-led"), also for an
// actor the reader comes to know after it was made (Know, as the registry's actors of a
// case's reports are), and nothing of an enemy it names ("to Defeat ISIS"); a people's
// name among the examples of a collective noun is that people's members of the noun
// ("foreign jihadists, especially Uyghurs": the Uyghur jihadists, not the Uyghurs); a
// government named after its head makes him its leader, undated; a name's short form is
// never a word many names share ("al-Sham" of "Ahrar al-Sham"); a group's name beside a
// state's is a namesake ("Pakistani Taliban"), no part of the group.
func TestNamesThatHoldOthers(t *testing.T) {
	actors := []alliances.Actor{
		{ID: "islamic-state", Name: "Islamic State", Aliases: []string{"ISIS"}, Kind: "armed-group"},
		{ID: "united-states", Name: "United States", Aliases: []string{"US"}, Kind: "state"},
		{ID: "taliban", Name: "Taliban", Kind: "armed-group"},
		{ID: "china", Name: "China", Kind: "state"},
		{ID: "uyghur-jihadists", Name: "Uyghur jihadists", Kind: alliances.Category},
		{ID: "islamic-republic", Name: "Islamic Republic of Afghanistan", Aliases: []string{"Karzai administration"}, Kind: "state"},
		{ID: "hamid-karzai", Name: "Hamid Karzai", Kind: "individual"},
		{ID: "ahrar-al-sham", Name: "Ahrar al-Sham", Kind: "armed-group"},
		{ID: "ttp", Name: "Pakistani Taliban", Kind: "armed-group"},
		{ID: "pakistan", Name: "Pakistan", Kind: "state"},
	}
	rules := extract.DefaultRules()
	rd := extract.NewReader(rules, actors)
	rd.Know([]alliances.Actor{
		{ID: "us-coalition", Name: "US-led coalition", Kind: "coalition"},
		{ID: "defeat-coalition", Name: "Global Coalition to Defeat ISIS", Kind: "coalition"},
		// mali-war-2 ¶40, inter-rebel ¶16: where a force is, and an organization's word
		// another actor goes by, name no part.
		{ID: "pakistani-forces-in-china", Name: "Pakistani Forces in China", Kind: "state-organ"},
		{ID: "rahman-legion", Name: "al-Rahman Legion", Aliases: []string{"Legion"}, Kind: "armed-group"},
		{ID: "sham-legion", Name: "Sham Legion", Kind: "armed-group"},
	})
	rd.Source, rd.Date = "report", edtf.MustParse("2021-09-09")
	text := "In 2015 the US-led coalition and the Global Coalition to Defeat ISIS met the Taliban in the west. " +
		"In 2016 China worried about the Taliban's links with foreign jihadists, especially Uyghurs. " +
		"In 2019 the Taliban recalled that the Karzai administration had ignored them for years. " +
		"In 2017 Tahrir al-Sham attacked the Taliban near Idlib. " +
		"In 2018 the Pakistani Taliban attacked China's workers in the north. " +
		"In 2019 the Pakistani Forces in China fought the Sham Legion near the border."
	got := map[string]string{}
	for _, p := range rd.Read(extract.Read("report.txt", text, rules)) {
		if p.Confidence >= 0.5 {
			got[p.Tie.Subject+" "+string(p.Tie.Kind)+" "+p.Tie.Object] = p.Tie.Valid.String()
		}
	}
	for _, want := range []string{"united-states membership us-coalition", "taliban cooperation uyghur-jihadists", "hamid-karzai membership islamic-republic"} {
		if _, ok := got[want]; !ok {
			t.Errorf("proposed %v, want %q", got, want)
		}
	}
	for _, not := range []string{"defeat-coalition membership islamic-state", "islamic-state membership defeat-coalition"} {
		if _, ok := got[not]; ok {
			t.Errorf("proposed %q: a coalition to defeat ISIS is no part of it", not)
		}
	}
	for _, not := range []string{"pakistani-forces-in-china membership china", "sham-legion membership rahman-legion"} {
		if _, ok := got[not]; ok {
			t.Errorf("proposed %q: a state after \"in\" is a place, and \"Legion\" no other's name inside this one", not)
		}
	}
	if _, ok := got["pakistani-forces-in-china membership pakistan"]; !ok {
		t.Errorf("proposed %v: want the forces named after Pakistan its organ", got)
	}
	if _, ok := got["ttp membership taliban"]; ok {
		t.Errorf("proposed the Pakistani Taliban a member of the Taliban: a namesake beside a state's name, no part")
	}
	if _, ok := got["ahrar-al-sham hostility taliban"]; ok {
		t.Errorf("proposed Ahrar al-Sham's hostility: \"Tahrir al-Sham\" shares \"al-Sham\", no short form of Ahrar's")
	}
	if v := got["hamid-karzai membership islamic-republic"]; strings.Contains(v, "2019") {
		t.Errorf("Karzai leads the Republic %q: the sentence's year is not his term's", v)
	}
}
