package extract_test

import (
	"testing"

	"github.com/alliances-project/alliances"
)

// session64Actors are the actors of this file's sentences.
func session64Actors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "buddhists", Name: "Buddhist movement", Aliases: []string{"the Buddhist movement"}, Kind: "other"},
		{ID: "diem", Name: "Ngo Dinh Diem", Aliases: []string{"Diem"}, Kind: "individual"},
		{ID: "us", Name: "United States", Aliases: []string{"the Americans"}, Kind: "state"},
		{ID: "arvn", Name: "ARVN", Kind: "state-organ"},
		{ID: "uk", Name: "United Kingdom", Aliases: []string{"Britain", "London"}, Kind: "state"},
		{ID: "ottomans", Name: "Ottoman Empire", Aliases: []string{"the Ottomans"}, Kind: "state"},
		{ID: "bulgaria", Name: "Bulgaria", Kind: "state"},
		{ID: "maoists", Name: "CPI (Maoist)", Aliases: []string{"the Maoists"}, Kind: "armed-group"},
		{ID: "congress", Name: "Congress", Kind: "party"},
		{ID: "karma", Name: "Mahendra Karma", Aliases: []string{"Karma"}, Kind: "individual"},
		{ID: "patel", Name: "Nand Kumar Patel", Kind: "individual"},
		{ID: "uar", Name: "United Arab Republic", Aliases: []string{"UAR"}, Kind: "state"},
		{ID: "nlf", Name: "National Liberation Front", Aliases: []string{"NLF"}, Kind: "armed-group"},
		{ID: "flosy", Name: "FLOSY", Kind: "armed-group"},
		{ID: "zhili", Name: "Zhili clique", Aliases: []string{"Zhili"}, Kind: "faction"},
		{ID: "fengtian", Name: "Fengtian clique", Aliases: []string{"Fengtian"}, Kind: "faction"},
		{ID: "anhui", Name: "Anhui clique", Aliases: []string{"Anhui", "the Anhui army"}, Kind: "faction"},
		{ID: "wu", Name: "Wu Peifu", Kind: "individual"},
		{ID: "guominjun", Name: "Guominjun", Kind: "armed-group"},
		{ID: "pkk", Name: "Kurdistan Workers' Party", Aliases: []string{"PKK"}, Kind: "armed-group"},
		{ID: "turkey", Name: "Turkey", Kind: "state"},
		{ID: "sas", Name: "Special Air Service", Aliases: []string{"SAS"}, Kind: "state-organ"},
		{ID: "saa", Name: "Syrian Arab Army", Aliases: []string{"SAA"}, Kind: "state-organ"},
		{ID: "uzbekistan", Name: "Uzbekistan", Kind: "state"},
		{ID: "ttp", Name: "Tehrik-i-Taliban Pakistan", Aliases: []string{"TTP"}, Kind: "armed-group"},
		{ID: "alqaeda", Name: "al-Qaeda", Kind: "armed-group"},
		{ID: "senegal", Name: "Senegal", Kind: "state"},
		{ID: "guinea", Name: "Guinea", Kind: "state"},
		{ID: "vieira", Name: "João Bernardo Vieira", Aliases: []string{"Vieira", "President Vieira"}, Kind: "individual"},
		{ID: "mfdc", Name: "MFDC", Kind: "armed-group"},
		{ID: "brugha", Name: "Cathal Brugha", Aliases: []string{"Brugha"}, Kind: "individual"},
		{ID: "free-state", Name: "Irish Free State", Aliases: []string{"Free State"}, Kind: "state"},
		{ID: "volunteers", Name: "Irish Volunteers", Aliases: []string{"the Volunteers"}, Kind: "armed-group"},
		{ID: "dail", Name: "Dáil Éireann", Aliases: []string{"the Dáil"}, Kind: "state-organ"},
		{ID: "shartava", Name: "Zhiuli Shartava", Kind: "individual"},
		{ID: "council", Name: "Council of Ministers of Abkhazia", Aliases: []string{"pro-Georgian Council of Ministers of Abkhazia"}, Kind: "state-organ"},
		{ID: "abkhazia", Name: "Abkhazia", Aliases: []string{"Abkhaz", "Abkhaz fighters"}, Kind: "state"},
		{ID: "kim-sung-eun", Name: "Kim Sung-eun", Kind: "individual"},
		{ID: "kim-hyong-uk", Name: "Kim Hyong-uk", Kind: "individual"},
		{ID: "kcia", Name: "Central Intelligence Agency (Korea)", Aliases: []string{"Central Intelligence Agency", "KCIA"}, Kind: "state-organ"},
		{ID: "cambodia", Name: "Cambodia", Kind: "state"},
		{ID: "sihanouk", Name: "Norodom Sihanouk", Aliases: []string{"Prince Sihanouk", "Sihanouk"}, Kind: "individual"},
		{ID: "front", Name: "National Liberation Front", Aliases: []string{"the Front"}, Kind: "armed-group"},
		{ID: "shukri", Name: "Mehmed Shukri Pasha", Kind: "individual"},
		{ID: "ivanov", Name: "Nikola Ivanov", Kind: "individual"},
		{ID: "collins", Name: "Michael Collins", Aliases: []string{"Collins"}, Kind: "individual"},
		{ID: "griffith", Name: "Arthur Griffith", Aliases: []string{"Griffith"}, Kind: "individual"},
		{ID: "irb", Name: "Irish Republican Brotherhood", Aliases: []string{"IRB"}, Kind: "armed-group"},
		{ID: "delegation", Name: "Treaty delegation", Aliases: []string{"the delegation"}, Kind: "other"},
	}
}

// TestFormsOfTheNinthSessionsReviews: help to another's downfall is no help to him ("whose
// protests of 1963 helped bring Diem down", vietnam-1965 ¶6), though help to train one is;
// a capital after a treaty's noun and "of" is where it was signed, no party ("by the
// Treaty of London, signed with the four allies", balkans-1912 ¶8); a second victim
// "along with" the first is no partner of the killers ("killed Karma along with the
// state Congress chief, Nand Kumar Patel", naxalite-2004 ¶8); a verb after "and" and the
// object of a verb of giving before it shares that verb's subject, past what was given
// and past "its" before a noun of help ("cut off money and arms to the NLF and
// transferred its support to FLOSY", aden-1963 ¶7). "beat" is a cue of fighting,
// whose object is then no object of the alliance before it ("Zhili and Fengtian joined
// forces and beat the Anhui army", china-1916 ¶6); so is "joined hands" of alliance. A man named
// after a preposition that opens the sentence is not the "he" after him ("With Arthur
// Griffith (q.v.) he led the delegation", ireland-1919 ¶5, of Collins). An abbreviation
// with a doubled letter is read in the possessive ("the PKK's fighters", pakistan-2007
// ¶10's "the TTP's suicide bombers"), and no other name spelt so is it ("the SAS's men"
// are not the SAA's). A people's word between an owner's possessive and the owner's men
// names no state ("Its Arab and Uzbek cadres trained the TTP's suicide bombers",
// pakistan-2007 ¶10, of al-Qaeda), though one before an ally does. The doubled letter's
// possessive is read after an article too ("remains the TTP's closest partner",
// pakistan-2007 ¶11). Troops sent to defend one are sent to him,
// and a name after ", and" that a verb follows opens a clause of its own, no object of the
// verb before ("Senegal and Guinea sent troops to defend President Vieira, and MFDC
// fighters were reported ... to have fought", casamance-1982 ¶7). "shot by" is a passive of
// fighting; a name with a post of a body in apposition is the subject past it ("Zhiuli
// Shartava, head of the ... Council of Ministers of Abkhazia, captured and shot by Abkhaz
// fighters", abkhazia-1992 ¶26); "he" after a sentence whose subject is no person is the
// paragraph's last subject who was one, not the man its objects named last ("his rivalry
// with Michael Collins ... the Volunteers swore allegiance to the Dáil ... he was shot by
// Free State soldiers", ireland-1919 ¶3, of Brugha). A post after a semicolon is the next
// entry's of an attendance list, not the name's before it ("Minister of National Defense
// Kim Sung-eun; Director of the Central Intelligence Agency Kim Hyong-uk", vietnam-1965 ¶2).
// A hedge after a relative clause leaves the name before it the subject ("Cambodia, whose
// head of state Prince Sihanouk broke relations with Washington in May, is said to let the
// Front use its border districts", vietnam-1965 ¶7); a sword given up is a surrender, no
// gift ("gave up his sword to the Bulgarian general Nikola Ivanov", balkans-1912 ¶6).
func TestFormsOfTheNinthSessionsReviews(t *testing.T) {
	checkForms(t, session64Actors(), []formCase{
		{"help to a downfall", "In 1963 the Buddhist movement helped bring Diem down.", nil, []string{"buddhists support diem"}},
		{"help to overthrow", "In 1963 the Buddhist movement helped overthrow Diem.", []string{"buddhists hostility diem"}, []string{"buddhists support diem"}},
		{"help to train", "In 1965 the United States helped train the ARVN.", []string{"us support arvn"}, nil},
		{"a treaty's place", "In 1913, by the Treaty of London, signed with the four allies, the Ottomans gave up Thrace.", nil,
			[]string{"uk alliance ottomans", "uk agreement ottomans"}},
		{"a second victim", "On 25 May 2013 the Maoists killed Karma along with the state Congress chief, Nand Kumar Patel.",
			[]string{"maoists hostility karma"}, []string{"maoists cooperation congress", "maoists cooperation patel", "karma cooperation patel"}},
		{"a partner", "In 2013 the Maoists attacked the police along with Congress.", []string{"maoists cooperation congress"}, nil},
		{"past what was given", "In 1966 the UAR cut off money and arms to the NLF and transferred its support to FLOSY.",
			[]string{"uar support flosy"}, []string{"nlf support flosy"}},
		{"a second verb's object", "In 1920 Zhili and Fengtian joined forces and beat the Anhui army.",
			[]string{"zhili alliance fengtian", "zhili hostility anhui", "fengtian hostility anhui"}, []string{"zhili alliance anhui", "fengtian alliance anhui"}},
		{"joined hands", "In 1926 the Guominjun and Wu Peifu joined hands.", []string{"guominjun alliance wu"}, nil},
		{"a doubled letter's possessive", "In 1993 the PKK's fighters attacked Turkey.", []string{"pkk hostility turkey"}, nil},
		{"another's spelling", "In 2013 the SAS's men attacked the Syrian Arab Army.", []string{"sas hostility saa"}, nil},
		{"a doubled letter's possessive after an article", "In 2014 al-Qaeda remained the TTP's closest partner.", []string{"alqaeda cooperation ttp"}, nil},
		{"troops sent to defend", "In 1998 Senegal and Guinea sent troops to defend President Vieira, and MFDC fighters were reported to have fought on.",
			[]string{"senegal support vieira", "guinea support vieira"}, []string{"senegal support mfdc", "guinea support mfdc"}},
		{"shot by", "In July 1922 Cathal Brugha was shot by Free State soldiers.", []string{"free-state hostility brugha"}, nil},
		{"a post in apposition", "On 27 September 1993 Zhiuli Shartava, head of the pro-Georgian Council of Ministers of Abkhazia, captured and shot by Abkhaz fighters.",
			[]string{"abkhazia hostility shartava"}, []string{"abkhazia hostility council"}},
		{"he past a sentence of no person", "In 1919 Cathal Brugha distrusted Michael Collins. In August 1919 the Volunteers swore allegiance to the Dáil. In July 1922 he was shot by Free State soldiers.",
			[]string{"free-state hostility brugha"}, []string{"free-state hostility collins"}},
		{"an attendance list", "In July 1965 the council met: Minister of National Defense Kim Sung-eun; Director of the Central Intelligence Agency Kim Hyong-uk; and others.",
			[]string{"kim-hyong-uk membership kcia"}, []string{"kim-sung-eun membership kcia"}},
		{"a hedge after a relative clause", "In 1965 Cambodia, whose head of state Prince Sihanouk broke relations with the Americans in May, is said to let the Front use its border districts.",
			[]string{"cambodia support front"}, []string{"us support front"}},
		{"troops sent to defend a place", "In 1998 Senegal sent troops to defend the airport of the capital against the mutineers, while the MFDC watched.",
			nil, []string{"senegal support mfdc"}},
		{"a sword given up", "On 26 March 1913 Mehmed Shukri Pasha gave up his sword to the Bulgarian general Nikola Ivanov.", nil, []string{"shukri support ivanov"}},
		{"an owner's men", "Al-Qaeda was the TTP's teacher. Its Arab and Uzbek cadres trained the TTP's suicide bombers in 2008.",
			nil, []string{"uzbekistan support ttp"}},
		{"he past a fronted phrase", "Michael Collins joined the IRB in 1909. With Arthur Griffith (q.v.) he led the delegation in 1921.",
			[]string{"collins membership delegation"}, []string{"griffith membership delegation"}},
	})
}

// TestDiscoverPeopleNamedBySurnameAlone: a lecture or a history names the famous by their
// surname alone and nowhere in full. One capitalized word is a person's name when the text
// writes it alone twice or more, never in lower case, never after an article or a
// preposition of place, and says of it once what is said only of a person: "who" after
// it, a post in lower case before it ("Cossack ataman Semenov", "their ataman, Krasnov"),
// a verb only a person's name takes ("Otti was executed"), a noun a person owns ("Denikin's
// successor"). A post and one word written once ("installed Hetman Skoropadsky") name a
// person too. The sentences are the tuned reports' (russia-1918 ¶6, ¶7, ¶9; uganda-1986
// ¶11; iraq-2006 ¶5), shortened. Not a place ("in Omsk", "at Omsk"), a people after "the"
// ("the Czechs"), a word the text writes in lower case too ("Everyone who mattered ...
// everyone had left"), one written once
// with no post, nor a word after a post that follows "as" ("Abbas as president, Krim at
// defence", algeria-1954 ¶11).
func TestDiscoverPeopleNamedBySurnameAlone(t *testing.T) {
	text := "In 1918 Cossack ataman Semenov refused to obey the government in Omsk. Japan paid Semenov. Meanwhile the Czechs held Omsk.\n\n" +
		"Their ataman, Krasnov, took arms from the Germans in 1918. Krasnov lost the Don in 1919. Denikin, who was placed in command, won in 1919. Denikin's successor fled. Germany installed Hetman Skoropadsky. Meanwhile, at Omsk, the officers met.\n\n" +
		"In 2006 Kony and Otti crossed into the DRC. Otti was executed in 2007. In 2004 Zarqawi, who led the group, swore allegiance. Zarqawi was killed in 2006. In 1958 Abbas as president, Krim at defence, formed the government. Krim held the ministry until 1960. Later Bentobbal spoke.\n\n" +
		"Everyone who mattered signed the charter in 1990. Everyone met the envoy in 1991. By 1992 everyone had left the front."
	_, _, finds := discover(text)
	kinds := kindsByName(finds)
	for _, name := range []string{"Semenov", "Krasnov", "Denikin", "Skoropadsky", "Otti", "Zarqawi"} {
		if got, ok := kinds[name]; !ok || got != "individual" {
			t.Errorf("%s found as %q (found: %v); want an individual", name, got, ok)
		}
	}
	for _, name := range []string{"Omsk", "Czechs", "Meanwhile", "Kony", "Krim", "Bentobbal", "Later Denikin", "Everyone"} {
		if kind, ok := kinds[name]; ok {
			t.Errorf("%s found as %s; want no actor of that name", name, kind)
		}
	}
}

// TestDiscoverKnightsPartiesAndUnits: reading as into a new case, a knight is found by
// "Sir" before his name ("Sir Edward Carson", ireland-1919 ¶6), and "Sir Edward" after it
// is his alias, no other man; the parties and bodies of the rules' list that no form of
// a name finds are found by name ("Sinn Féin", "the Guomindang (GMD)", "the Comintern",
// ireland-1919 ¶3, china-1916 ¶12); a unit whose name opens with an ordinal in figures
// gets an id that opens with a letter, as every id must ("1st Southern Division",
// ireland-1919 ¶10).
func TestDiscoverKnightsPartiesAndUnits(t *testing.T) {
	text := "In 1912 Sir Edward Carson organised the Ulster Volunteer Force. Sir Edward met the King in 1913. Sinn Féin won the election of 1918.\n\n" +
		"The Comintern sent Borodin to the Guomindang (GMD) in 1923. In 1922 Liam Lynch led the 1st Southern Division against the Free State."
	_, _, finds := discover(text)
	kinds := kindsByName(finds)
	for _, f := range finds {
		if !alliances.ValidID(f.Actor.ID) {
			t.Errorf("%s found with the id %q, which is no well-formed id", f.Actor.Name, f.Actor.ID)
		}
	}
	for name, kind := range map[string]string{"Edward Carson": "individual", "Sinn Féin": "party", "Kuomintang": "party",
		"Communist International": "international-organization", "1st Southern Division": "armed-group"} {
		if got, ok := kinds[name]; !ok || got != kind {
			t.Errorf("%s found as %q (found: %v); want it, of kind %s (found: %v)", name, got, ok, kind, kinds)
		}
	}
	for _, name := range []string{"Edward", "Sir Edward Carson"} {
		if _, ok := kinds[name]; ok {
			t.Errorf("%s found; want no actor of that name", name)
		}
	}
}
