package extract_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
)

// session79Actors are the actors of this session's sentences.
func session79Actors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "white-legion", Name: "White Legion", Kind: "armed-group"},
		{ID: "tavernier", Name: "Christian Tavernier", Kind: "individual"},
		{ID: "arab-legion", Name: "Arab Legion", Kind: "armed-group"},
		{ID: "glubb", Name: "Glubb Pasha", Kind: "individual"},
		{ID: "united-kingdom", Name: "United Kingdom", Kind: "state"},
		{ID: "ne-win", Name: "Ne Win", Kind: "individual"},
		{ID: "knu", Name: "Karen National Union", Aliases: []string{"KNU", "the insurgents"}, Kind: "armed-group"},
		{ID: "sudan", Name: "Sudan", Kind: "state"},
		{ID: "southern-leaders", Name: "southern leaders", Aliases: []string{"southern leaders"}, Kind: "party"},
		{ID: "fln", Name: "FLN", Kind: "armed-group"},
		{ID: "mtld", Name: "MTLD", Kind: "party"},
		{ID: "messali", Name: "Messali Hadj", Kind: "individual"},
		{ID: "mrnd", Name: "MRND", Kind: "party"},
		{ID: "mdr", Name: "MDR", Kind: "party"},
		{ID: "habyarimana", Name: "Juvénal Habyarimana", Kind: "individual"},
		{ID: "nsengiyaremye", Name: "Dismas Nsengiyaremye", Kind: "individual"},
		{ID: "stroessner", Name: "Alfredo Stroessner", Kind: "individual"},
		{ID: "chaves", Name: "Federico Chaves", Kind: "individual"},
		{ID: "morinigo", Name: "Higinio Morinigo", Kind: "individual"},
		{ID: "estigarribia", Name: "José Félix Estigarribia", Kind: "individual"},
		{ID: "liberal-party", Name: "Liberal Party", Kind: "party"},
		{ID: "pcp", Name: "Paraguayan Communist Party", Aliases: []string{"PCP"}, Kind: "party"},
		{ID: "paraguay", Name: "Paraguay", Aliases: []string{"the regime"}, Kind: "state"},
		{ID: "brazil", Name: "Brazil", Kind: "state"},
		{ID: "rebels", Name: "rebels", Aliases: []string{"the rebels", "the insurgents"}, Kind: "armed-group"},
		{ID: "peron", Name: "Juan Perón", Aliases: []string{"Peron"}, Kind: "individual"},
		{ID: "argentina", Name: "Argentina", Aliases: []string{"Buenos Aires"}, Kind: "state"},
		{ID: "fujimori", Name: "Alberto Fujimori", Kind: "individual"},
		{ID: "mahuad", Name: "Jamil Mahuad", Kind: "individual"},
		{ID: "ecuador", Name: "Ecuador", Kind: "state"},
		{ID: "kuwait", Name: "Kuwait", Kind: "state"},
		{ID: "sabah", Name: "Sheikh Sabah al-Ahmad", Kind: "individual"},
		{ID: "qatar", Name: "Qatar", Aliases: []string{"Doha"}, Kind: "state"},
		{ID: "bahrain", Name: "Bahrain", Kind: "state"},
		{ID: "al-wefaq", Name: "al-Wefaq", Kind: "party"},
		{ID: "libya", Name: "Libya", Kind: "state"},
		{ID: "gaddafi", Name: "Muammar Gaddafi", Aliases: []string{"Gaddafi"}, Kind: "individual"},
		{ID: "elf", Name: "Eritrean Liberation Front", Aliases: []string{"ELF", "ELF-RC"}, Kind: "armed-group"},
		{ID: "elm", Name: "Eritrean Liberation Movement", Aliases: []string{"ELM"}, Kind: "armed-group"},
		{ID: "eplf", Name: "Eritrean People's Liberation Front", Aliases: []string{"EPLF"}, Kind: "armed-group"},
		{ID: "derg", Name: "Derg", Aliases: []string{"the Derg"}, Kind: "state-organ"},
		{ID: "ethiopia", Name: "Ethiopia", Kind: "state"},
		{ID: "south-yemen", Name: "South Yemen", Kind: "state"},
		{ID: "egypt", Name: "Egypt", Kind: "state"},
		{ID: "russia", Name: "Russia", Aliases: []string{"Soviet"}, Kind: "state"},
		{ID: "second-army", Name: "Second Revolutionary Army", Kind: "state-organ"},
		{ID: "bulto", Name: "Demissie Bulto", Kind: "individual"},
		{ID: "aman-andom", Name: "Aman Andom", Kind: "individual"},
		{ID: "tplf", Name: "Tigray People's Liberation Front", Aliases: []string{"TPLF", "Weyane"}, Kind: "armed-group"},
		{ID: "first-weyane", Name: "first Weyane", Kind: "armed-group"},
		{ID: "haile-selassie", Name: "Haile Selassie", Kind: "individual"},
		{ID: "high-civil-court", Name: "High Civil Court", Kind: "state-organ"},
		{ID: "ministry-of-justice", Name: "Ministry of Justice", Kind: "state-organ"},
		{ID: "safety-court", Name: "National Safety Court", Kind: "state-organ"},
		{ID: "mushaima", Name: "Hassan Mushaima", Aliases: []string{"Mushaima"}, Kind: "individual"},
		{ID: "junta", Name: "Junta", Aliases: []string{"Junta"}, Kind: "state-organ"},
		{ID: "gnr", Name: "Government of National Reconstruction", Kind: "state-organ"},
		{ID: "hermoza", Name: "Nicolás Hermoza Ríos", Aliases: []string{"General Hermoza Ríos", "Hermoza Ríos"}, Kind: "individual"},
		{ID: "natalicio", Name: "Juan Natalicio González", Aliases: []string{"Natalicio"}, Kind: "individual"},
		{ID: "febreristas", Name: "Febreristas", Aliases: []string{"the Febreristas"}, Kind: "party"},
		{ID: "waad", Name: "Waad", Kind: "party"},
		{ID: "sharif", Name: "Ebrahim Sharif", Kind: "individual"},
		{ID: "society", Name: "Al-Wefaq National Islamic Society", Aliases: []string{"the society"}, Kind: "party"},
		{ID: "firqat", Name: "firqat", Aliases: []string{"the firqat"}, Kind: "militia"},
		{ID: "sas", Name: "Special Air Service", Aliases: []string{"SAS"}, Kind: "state-organ"},
		{ID: "saf", Name: "Sultan's Armed Forces", Aliases: []string{"SAF"}, Kind: "state-organ"},
		{ID: "italian-army", Name: "Italian colonial army", Aliases: []string{"the Italian colonial army"}, Kind: "state-organ"},
		{ID: "dsp", Name: "Special Presidential Division", Kind: "state-organ"},
		{ID: "rpf", Name: "Rwandan Patriotic Front", Aliases: []string{"RPF"}, Kind: "armed-group"},
		{ID: "spenlow", Name: "Julian Spenlow", Aliases: []string{"Spenlow"}, Kind: "individual"},
		{ID: "united-states", Name: "United States", Kind: "state"},
		{ID: "united-nations", Name: "United Nations", Kind: "international-organization"},
		{ID: "annan", Name: "Kofi Annan", Kind: "individual"},
	}
}

// TestAppositionsAndSubjectsOfTheThirteenthSession: the verb of a visit whose object comes
// before another's name makes no talks with that one ("visits troops near the Cenepa beside
// General Hermoza Ríos", cenepa-1995 ¶14); a state's name after a ship's noun is a ship's
// ("Two river gunboats, the Paraguay and the Humaita", paraguay-1947 ¶26); "they" after a
// semicolon is no one man the sentence opened on (¶14); a common noun set in apposition
// after a name describes it, no other body of that noun ("Waad, the secular leftist
// society of Ebrahim Sharif,", bahrain-2011 ¶3), but the subject after a fronted phrase is
// its own (dhofar-1962 ¶9); one man "of" a body named before ", who" is the clause's
// subject, not the body (eritrea-1961 ¶19), its men are (rwanda-1990 ¶4); a word of address
// before a name is no post of the state named before it (bahrain-2011 ¶11).
func TestAppositionsAndSubjectsOfTheThirteenthSession(t *testing.T) {
	checkForms(t, session79Actors(), []formCase{
		{"visits troops beside", "In February 1995 Alberto Fujimori visits troops near the Cenepa beside General Hermoza Ríos.",
			nil, []string{"fujimori negotiation hermoza"}},
		{"visited a state", "In February 1995 Alberto Fujimori visited Ecuador.",
			[]string{"fujimori negotiation ecuador"}, nil},
		{"gunboats named for a state", "|Timeline\n\nAPR 1947. Two river gunboats, the Paraguay and the Humaita, slip north to join the insurgents at Concepcion. They become the rebel flotilla.",
			nil, []string{"paraguay cooperation rebels"}},
		{"they after a semicolon", "In 1946 Morinigo ruled from Asuncion. Natalicio calls the Febreristas \"agents of Moscow\"; they accuse him of arming gangs.",
			nil, []string{"natalicio opposition morinigo"}},
		{"a noun in apposition", "In 2011 Waad, the secular leftist society of Ebrahim Sharif, had stood with the RPF throughout.",
			nil, []string{"sharif membership society"}},
		{"a subject after a fronted phrase", "In 1974 trained, paid and led in the field by SAS teams, the firqat fought alongside the SAF.",
			[]string{"firqat cooperation saf"}, nil},
		{"one man of a body, who", "Former askari of the Italian colonial army, who on 1 September 1961 fired on an Ethiopian police post, began the war.",
			nil, []string{"italian-army hostility ethiopia"}},
		{"men of a body, who", "In 1990 Zaire sent several hundred soldiers of the Special Presidential Division, who fought the RPF in the north-east.",
			[]string{"dsp hostility rpf"}, nil},
		{"a word of address", "In 2011, asked about the United States, Mr Spenlow said that Washington's criticism had been muted.",
			nil, []string{"spenlow membership united-states"}},
		{"a post before the body, then an address", "In 1997 the Secretary-General of the United Nations, Mr Kofi Annan, proposed an inter-African force.",
			[]string{"annan membership united-nations"}, nil},
	})
	found := func(text string) []string {
		_, _, finds := discover(text)
		var out []string
		for _, f := range finds {
			out = append(out, f.Actor.Name)
		}
		return out
	}
	// The makers of a text in its credit line are no actors (cenepa-1995 ¶25, paraguay-1947
	// ¶55); a post after a body's possessive is no unit of it (bahrain-2011 ¶12); a ship
	// named after a state is not the state, which joins no rebels (paraguay-1947 ¶26). The
	// reports as a new case reads them.
	for _, c := range []struct {
		slug string
		not  []string
	}{
		{"cenepa-1995", []string{"Ana Lucía Ferreira", "Thomas Whitcombe"}},
		{"paraguay-1947", []string{"M. Ortiz-Lenz", "Ortiz-Lenz"}},
		{"bahrain-2011", []string{"Secretary-General"}},
	} {
		text, err := os.ReadFile(filepath.Join("testdata", "reports", c.slug+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		got := found(string(text))
		for _, w := range c.not {
			if slices.Contains(got, w) {
				t.Errorf("%s: found %q, want no %s", c.slug, got, w)
			}
		}
		if c.slug != "paraguay-1947" {
			continue
		}
		rd, doc, _ := discover(string(text))
		for _, p := range rd.Read(doc) {
			if p.Paragraph == 26 && (p.Tie.Subject == "paraguay" || p.Tie.Object == "paraguay") {
				t.Errorf("proposed %s %s %s in ¶26, from a gunboat named the Paraguay", p.Tie.Subject, p.Tie.Kind, p.Tie.Object)
			}
		}
	}
}

// TestEntriesAndWordsOfTheThirteenthSession: a verb after "and" and a date shares the
// subject of the verb before ("sided with the Derg after 1977, and in August 1981 joined
// Ethiopia and South Yemen", eritrea-1961 ¶22); an entry's headword is what its pronouns
// of its kind stand for ("ELF. ... Egypt gave it offices .... It crushed the ELM", ¶10;
// "Its commander", ¶30); talks urged are none held (¶3); a name like another's that a
// note says not to confuse with it is no part of it (¶32); a span of months written with
// a hyphen in brackets is a time, no citation (¶29); a request at a clause's end is made
// to its subject (bahrain-2011 ¶9); courts that sentence and dissolve coerce; a body
// "dissolved" on a date "into" another merged into it (dominican-1965 ¶19).
func TestEntriesAndWordsOfTheThirteenthSession(t *testing.T) {
	checkForms(t, session79Actors(), []formCase{
		{"and, a date, a verb", "Gaddafi's Libya, once a funder of the ELF, sided with the Derg after 1977, and in August 1981 joined Ethiopia and South Yemen in the Aden pact.",
			[]string{"libya cooperation ethiopia", "libya cooperation south-yemen"}, []string{"elf cooperation ethiopia"}},
		{"an entry's it", "|Glossary\n\nELF. Eritrean Liberation Front. Founded in Cairo in July 1960 by exiles. Egypt gave it offices and airtime. It crushed the ELM in 1965 and fought the EPLF in 1972.",
			[]string{"egypt support elf", "elf hostility elm"}, []string{"egypt hostility elm"}},
		{"an entry's its", "|Glossary\n\nSecond Revolutionary Army. The Ethiopian army's command in Eritrea, headquartered at Asmara. Its commander, Major-General Demissie Bulto, joined the failed coup of May 1989 and was killed.",
			[]string{"bulto membership second-army"}, []string{"bulto membership ethiopia"}},
		{"talks urged", "In 1974 Aman Andom urged talks with the EPLF rather than more troops.",
			nil, []string{"aman-andom negotiation eplf"}},
		{"talks held", "In 1974 Aman Andom held talks with the EPLF.",
			[]string{"aman-andom negotiation eplf"}, nil},
		{"not to be confused", "|Glossary\n\nTPLF. Tigray People's Liberation Front. Founded in February 1975. Not to be confused with the first Weyane, the Tigrayan revolt of 1943 against Haile Selassie.",
			nil, []string{"first-weyane membership tplf"}},
		{"at the request of", "In July 2016 the High Civil Court dissolved al-Wefaq at the request of the Ministry of Justice.",
			[]string{"high-civil-court coercion al-wefaq", "ministry-of-justice favour high-civil-court"}, []string{"ministry-of-justice favour al-wefaq"}},
		{"sentenced", "In June 2011 the National Safety Court sentenced Mushaima to life imprisonment.",
			[]string{"safety-court coercion mushaima"}, nil},
		{"dissolved on a date into", "Junta dissolved 7 May 1965 into a five-man Government of National Reconstruction.",
			[]string{"junta merger gnr"}, []string{"junta coercion gnr"}},
	})
	got := map[string]string{}
	for _, p := range readAll(session79Actors(), "In 1982 the Derg's sixth offensive (February-June 1982), planned with Soviet advisers and directed from Asmara, failed.") {
		got[p.Tie.Subject+" "+string(p.Tie.Kind)+" "+p.Tie.Object] = fmt.Sprint(p.Tie.Valid)
	}
	if v := got["russia support derg"]; v != "1982-02/1982-06" {
		t.Errorf("russia support derg is %q (of %v), want 1982-02/1982-06", v, got)
	}
}

// TestFormsOfTheThirteenthSession: what this session's reading of the reports mended. The
// agent of a passive that the noun after "by" names in apposition is the one named
// ("commanded by a Belgian veteran, Christian Tavernier", congo-1996 ¶11; "a British
// officer, Glubb Pasha", palestine-1948 ¶5: Glubb, not Britain), but a name past a comma
// that opens the next clause is none; an invitation to talks is a negotiation (karen-1949
// ¶10, sudan-1955 ¶7), an invitation to come in none; a group "born of a split inside"
// another split from it (algeria-1954 ¶2); a post "from" a party, named before the man in
// apposition, is the party's (rwanda-1990 ¶7).
func TestFormsOfTheThirteenthSession(t *testing.T) {
	checkForms(t, session79Actors(), []formCase{
		{"commanded by a veteran, named", "In 1996 the White Legion was commanded by a Belgian veteran, Christian Tavernier.",
			[]string{"tavernier membership white-legion"}, nil},
		{"commanded by an officer of a people, named", "In 1948 the Arab Legion is commanded by a British officer, Glubb Pasha, and is maintained by a subsidy from the United Kingdom.",
			[]string{"glubb membership arab-legion", "united-kingdom support arab-legion"}, []string{"arab-legion membership united-kingdom"}},
		{"by a noun, then the next clause", "In 1996 a column supported by an air strike, the White Legion pushed on.",
			nil, []string{"white-legion support tavernier"}},
		{"invited for talks", "In 1963 Ne Win invited the insurgents to Rangoon for talks.",
			[]string{"ne-win negotiation knu"}, nil},
		{"invited to a conference", "In March 1965 Sudan invited southern leaders to a Round Table Conference in Khartoum.",
			[]string{"sudan negotiation southern-leaders"}, nil},
		{"invited in", "In 1963 Ne Win invited the insurgents into the army.",
			nil, []string{"ne-win negotiation knu"}},
		{"born of a split", "In 1954 the FLN was born of a split inside Messali Hadj's MTLD.",
			[]string{"fln splinter mtld", "messali membership mtld"}, nil},
		{"a post from a party, named after", "In April 1992 a coalition cabinet took office under a prime minister from the opposition MDR, Dismas Nsengiyaremye.",
			[]string{"nsengiyaremye membership mdr"}, nil},
		{"named, a post from a party", "In 1992 Dismas Nsengiyaremye, a prime minister from the MDR, took office.",
			[]string{"nsengiyaremye membership mdr"}, nil},
	})
}

// TestFormsFromTheThirteenthSessionsReviews: help given "with the support of" at a
// clause's end goes to its subject, a post and a name in apposition opening the sentence
// (bahrain-2011 ¶13), not to the name nearest before; a noun phrase after a verb is its
// object, and a name after "and" and another verb is that verb's ("backs a failed barracks
// plot and escapes to the Brazilian embassy", paraguay-1947 ¶42; "financing terrorism and
// of interfering ... through contacts with al-Wefaq", bahrain-2011 ¶13), as a gap in a
// cue's words spans no other verb ("sends volunteers north and calls a general strike
// against the regime", paraguay-1947 ¶20); "overthrows" is a verb of a coup (¶45); "he"
// opening a paragraph is the paragraph before's last subject, not the man it named last
// in a clause on his death (¶11).
func TestFormsFromTheThirteenthSessionsReviews(t *testing.T) {
	checkForms(t, session79Actors(), []formCase{
		{"with the support of, after an apposed subject", "In 2017 the Amir of Kuwait, Sheikh Sabah al-Ahmad, was now mediating between Doha and the four capitals, with the support of the United Kingdom.",
			[]string{"united-kingdom support sabah"}, []string{"united-kingdom support qatar"}},
		{"an object, then another verb", "In October 1948 Stroessner backs a failed barracks plot and escapes to the Brazilian embassy.",
			nil, []string{"stroessner support brazil"}},
		{"two verbs, one object", "In 1947 Brazil armed and trained the rebels.",
			[]string{"brazil support rebels"}, nil},
		{"a gerund after and of", "In 2017 Bahrain broke off relations with Qatar, accusing Doha of financing terrorism and of interfering in Bahrain's affairs through contacts with al-Wefaq.",
			nil, []string{"qatar support al-wefaq"}},
		{"a gap across another verb", "In March 1947 the PCP sends volunteers north and calls a general strike against the regime in the capital.",
			nil, []string{"pcp hostility paraguay"}},
		{"overthrows", "In May 1954 Stroessner overthrows Chaves.",
			[]string{"stroessner hostility chaves"}, nil},
		{"he, a paragraph on", "|Timeline\n\nSEP 1940. War minister Morinigo is made president by the army chiefs after President Estigarribia dies in an air crash.\n\n" +
			"1942. He outlaws the Liberal Party and sends its leaders into exile, and the army backs him.",
			[]string{"morinigo coercion liberal-party"}, []string{"estigarribia coercion liberal-party"}},
	})
}

// TestDatesOfTheThirteenthSession: a post no cue states is dated by the time nearest the
// man and his party, not by the first the sentence names (rwanda-1990 ¶7); a post's
// "since" in an apposition dates the post, not the deed outside it (paraguay-1947 ¶45,
// cenepa-1995 ¶22); an accusation the accused denies is the accuser's stand all the same,
// not disputed (paraguay-1947 ¶30).
func TestDatesOfTheThirteenthSession(t *testing.T) {
	for _, c := range []struct{ name, text, tie, want, not string }{
		{"since, in an apposition", "In May 1954 Stroessner, commander-in-chief since 1951, overthrows Chaves.",
			"stroessner hostility chaves", "1954", "1951"},
		{"since, in an apposition, the talks", "In October 1998 Alberto Fujimori and Jamil Mahuad, Ecuador's president since August 1998, ended the dispute after months of talks between them.",
			"fujimori negotiation ecuador", "1998-10", "1998-08"},
		{"since, the post's own", "In October 1998 Alberto Fujimori and Jamil Mahuad, Ecuador's president since August 1998, ended the dispute after months of talks between them.",
			"mahuad membership ecuador", "1998-08", ""},
		{"an accusation denied", "In June 1947 the rebels accuse Peron of open intervention; Buenos Aires denies it.",
			"rebels opposition peron", "reported", ""},
		{"a post's time, nearest", "The MRND, Habyarimana's party since 1975, accepted a multiparty constitution in June 1991, and in April 1992 a coalition cabinet took office under a prime minister from the opposition MDR, Dismas Nsengiyaremye.",
			"nsengiyaremye membership mdr", "1992-04", "1975"},
	} {
		got := map[string]string{}
		for _, p := range readAll(session79Actors(), c.text) {
			got[p.Tie.Subject+" "+string(p.Tie.Kind)+" "+p.Tie.Object] = fmt.Sprint(p.Tie.Status, " ", p.Tie.Valid)
		}
		if v, ok := got[c.tie]; !ok || !strings.Contains(v, c.want) || c.not != "" && strings.Contains(v, c.not) {
			t.Errorf("%s: %s is %q (of %v), want %q, not %q", c.name, c.tie, v, got, c.want, c.not)
		}
	}
}

// TestCrossReferencesAndLabelsOfTheThirteenthSession: names after a glossary's arrow are
// what to look up, no party of the sentence before them ("the Sudanese army disarmed its
// units. → ELF-RC, Falul.", eritrea-1961 ¶10); a timeline's entry label in capitals
// dates the entry, in the year the text named last where it gives none ("APR. Argentina
// ships rifles", paraguay-1947 ¶24; "OCT 1948.", ¶42), its verbs in the present too; an
// entry's sentence that opens on a verb, a passive's too, speaks of the headword ("Chaired
// from 1989 by Meles Zenawi.", eritrea-1961 ¶32), and one who suffers an act is none of
// its agents together ("Deposed by the Derg, he died", ¶18); a body that "became" another
// name beside the verb took that name ("the CRUA became the FLN", algeria-1954 ¶3), and
// an appeal to another is a contact ("Lumumba had appealed to the United Nations",
// congo-1960 ¶6); help "with the backing of" in a relative clause goes to its head ("Alberto
// Fujimori, who had closed Congress in 1992 with the backing of the army's high command",
// cenepa-1995 ¶14).
func TestCrossReferencesAndLabelsOfTheThirteenthSession(t *testing.T) {
	actors := append(session79Actors(), alliances.Actor{ID: "falul", Name: "Falul", Kind: "armed-group"}, alliances.Actor{ID: "china", Name: "China", Kind: "state"},
		alliances.Actor{ID: "north-vietnam", Name: "North Vietnam", Aliases: []string{"the North"}, Kind: "state"},
		alliances.Actor{ID: "meles", Name: "Meles Zenawi", Kind: "individual"}, alliances.Actor{ID: "kabila", Name: "Laurent Kabila", Kind: "individual"},
		alliances.Actor{ID: "crua", Name: "CRUA", Kind: "armed-group"}, alliances.Actor{ID: "fln", Name: "FLN", Kind: "armed-group"},
		alliances.Actor{ID: "congress", Name: "Congress of Peru", Aliases: []string{"Congress"}, Kind: "state-organ"},
		alliances.Actor{ID: "army", Name: "Peruvian Army", Aliases: []string{"the army"}, Kind: "state-organ"},
		alliances.Actor{ID: "mnla", Name: "National Movement for the Liberation of Azawad", Aliases: []string{"MNLA", "the separatists"}, Kind: "armed-group"},
		alliances.Actor{ID: "ansar-dine", Name: "Ansar Dine", Kind: "armed-group"}, alliances.Actor{ID: "aqim", Name: "al-Qaeda in the Islamic Maghreb", Aliases: []string{"AQIM"}, Kind: "armed-group"},
		alliances.Actor{ID: "mujao", Name: "Movement for Oneness and Jihad in West Africa", Aliases: []string{"MUJAO"}, Kind: "armed-group"})
	checkForms(t, actors, []formCase{
		{"after an arrow", "|Glossary\n\nELF. Eritrean Liberation Front. It crushed the ELM in 1965 and fought the EPLF in 1972-74 and again in 1980-81, when the EPLF and the TPLF drove it into Sudan and the Sudanese army disarmed its units. → ELF-RC, Falul.",
			[]string{"sudan coercion elf"}, []string{"sudan coercion falul"}},
		{"an entry's passive", "|Glossary\n\nTPLF. Tigray People's Liberation Front. Chaired from 1989 by Meles Zenawi. Founded in Dedebit in February 1975 by Tigrayan students.",
			[]string{"meles membership tplf"}, nil},
		{"an entry's passive, its man deposed", "|Glossary\n\nHaile Selassie. Emperor of Ethiopia, 1930-74. Deposed by the Derg, he died in its custody in 1975.",
			[]string{"derg hostility haile-selassie"}, []string{"derg cooperation haile-selassie"}},
		{"driven out by several", "In January 2012 Tuareg separatists of the MNLA rose against the government in Bamako, fighting at first alongside the Islamist group Ansar Dine. By the summer the separatists had themselves been driven from the northern towns by Ansar Dine, al-Qaeda in the Islamic Maghreb (AQIM) and the Movement for Oneness and Jihad in West Africa (MUJAO).",
			nil, []string{"aqim cooperation mnla"}},
		{"a passive, no entry", "In 1975 the TPLF was founded. Chaired from 1989 by Meles Zenawi, the EPLF grew.",
			nil, []string{"meles membership tplf"}},
		{"became, a body's new name", "In spring 1954 the CRUA became the FLN.", []string{"crua renaming fln"}, nil},
		{"became, a post", "In 1997 Laurent Kabila became president of Ethiopia.", nil, []string{"kabila renaming ethiopia"}},
		{"appealed to", "In 1960 the ELF had appealed to the United Nations on 12 July.", []string{"elf negotiation united-nations"}, nil},
		{"with the backing of, in a relative clause", "In 1995 Ecuador praised Alberto Fujimori, who had closed Congress in 1992 with the backing of the army's high command.",
			[]string{"army support fujimori"}, []string{"army support ecuador", "army support congress"}},
		{"sends, then according to", "In 1965 the Soviet Union armed North Vietnam. China sends rice and small arms and, according to American sources, engineer and anti-aircraft units into the North.",
			[]string{"china support north-vietnam"}, nil},
	})
	got := map[string]string{}
	for _, p := range readAll(actors, "|Timeline\n\nMAR. In 1947 the rebels rose at Concepcion against Morinigo, and the Liberal Party backed them.\n\n"+
		"APR. Argentina sends rifles, machine guns and fuel to Morinigo by river.\n\nOCT 1948. Stroessner backs a failed barracks plot, and Brazil shelters him.") {
		got[p.Tie.Subject+" "+string(p.Tie.Kind)+" "+p.Tie.Object] = fmt.Sprint(p.Tie.Valid)
	}
	for tie, want := range map[string]string{"argentina support morinigo": "1947-04", "brazil support stroessner": "1948-10"} {
		if got[tie] != want {
			t.Errorf("%s is %q (of %v), want %s", tie, got[tie], got, want)
		}
	}
}
