package extract_test

import (
	"testing"

	"github.com/alliances-project/alliances"
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
