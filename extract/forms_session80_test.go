package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
)

// session80Actors are the actors of this session's sentences.
func session80Actors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "unita", Name: "UNITA", Kind: "armed-group"},
		{ID: "savimbi", Name: "Jonas Savimbi", Aliases: []string{"Mr Jonas Savimbi"}, Kind: "individual"},
		{ID: "south-africa", Name: "South Africa", Kind: "state"},
		{ID: "dse", Name: "Democratic Army of Greece", Aliases: []string{"DSE"}, Kind: "armed-group"},
		{ID: "kke", Name: "Communist Party of Greece", Aliases: []string{"KKE"}, Kind: "party"},
		{ID: "zanla", Name: "Zimbabwe African National Liberation Army", Aliases: []string{"Zanla"}, Kind: "armed-group"},
		{ID: "zanu", Name: "ZANU", Kind: "party"},
		{ID: "mugabe", Name: "Robert Mugabe", Kind: "individual"},
		{ID: "fnla", Name: "FNLA", Kind: "armed-group"},
		{ID: "china", Name: "China", Kind: "state"},
		{ID: "tan", Name: "Tan Guansan", Kind: "individual"},
		{ID: "dalai-lama", Name: "Dalai Lama", Aliases: []string{"the Dalai Lama"}, Kind: "individual"},
		{ID: "united-states", Name: "United States", Aliases: []string{"American"}, Kind: "state"},
		{ID: "angola", Name: "Angola", Kind: "state"},
		{ID: "iran", Name: "Iran", Aliases: []string{"Tehran"}, Kind: "state"},
		{ID: "jundallah", Name: "Jundallah", Kind: "armed-group"},
		{ID: "united-kingdom", Name: "United Kingdom", Kind: "state"},
		{ID: "israel", Name: "Israel", Kind: "state"},
		{ID: "frud", Name: "FRUD", Aliases: []string{"the rebels"}, Kind: "armed-group"},
		{ID: "afar", Name: "Afar", Kind: "other"},
		{ID: "ethiopia", Name: "Ethiopia", Aliases: []string{"Addis Ababa"}, Kind: "state"},
		{ID: "corvin", Name: "Corvin boys", Aliases: []string{"the Corvin boys"}, Kind: "armed-group"},
		{ID: "csepel", Name: "workers of Csepel", Aliases: []string{"the workers of Csepel"}, Kind: "militia"},
		{ID: "students", Name: "students", Aliases: []string{"the students"}, Kind: "other"},
		{ID: "hungarian-army", Name: "Hungarian People's Army", Aliases: []string{"the soldiers"}, Kind: "state-organ"},
		{ID: "avh", Name: "AVH", Aliases: []string{"the AVO men"}, Kind: "state-organ"},
		{ID: "insurgents", Name: "insurgents", Aliases: []string{"the insurgents"}, Kind: "armed-group"},
		{ID: "maleter", Name: "Pal Maleter", Kind: "individual"},
		{ID: "oas", Name: "Organization of American States", Aliases: []string{"OAS"}, Kind: "international-organization"},
		{ID: "el-salvador", Name: "El Salvador", Kind: "state"},
		{ID: "galo-plaza", Name: "Galo Plaza", Kind: "individual"},
		{ID: "honduras", Name: "Honduras", Kind: "state"},
		{ID: "nagy", Name: "Imre Nagy", Aliases: []string{"Nagy"}, Kind: "individual"},
		{ID: "hungary", Name: "Hungary", Kind: "state"},
		{ID: "soviet-army", Name: "Soviet army", Aliases: []string{"the Soviet army", "Soviet troops"}, Kind: "state-organ"},
		{ID: "pongratz", Name: "Gergely Pongratz", Aliases: []string{"Pongratz"}, Kind: "individual"},
		{ID: "hwpp", Name: "Hungarian Working People's Party", Aliases: []string{"the Party"}, Kind: "party"},
		{ID: "soto", Name: "Fernando Soto", Aliases: []string{"Soto"}, Kind: "individual"},
		{ID: "fas", Name: "Salvadoran Air Force", Aliases: []string{"FAS"}, Kind: "state-organ"},
		{ID: "racz", Name: "Sandor Racz", Aliases: []string{"Racz"}, Kind: "individual"},
		{ID: "bali", Name: "Sandor Bali", Kind: "individual"},
		{ID: "kadar", Name: "Janos Kadar", Aliases: []string{"Kadar"}, Kind: "individual"},
		{ID: "russia", Name: "Russia", Aliases: []string{"Soviet"}, Kind: "state"},
		{ID: "national-guard", Name: "National Guard", Aliases: []string{"Guard"}, Kind: "armed-group"},
		{ID: "mkhedrioni", Name: "Mkhedrioni", Kind: "militia"},
		{ID: "djibouti", Name: "Djibouti", Kind: "state"},
		{ID: "eritrea", Name: "Eritrea", Aliases: []string{"Asmara"}, Kind: "state"},
		{ID: "rigi", Name: "Abdolmalek Rigi", Aliases: []string{"Rigi"}, Kind: "individual"},
		{ID: "irgc", Name: "Islamic Revolutionary Guard Corps", Aliases: []string{"IRGC"}, Kind: "state-organ"},
		{ID: "police", Name: "Iranian police", Aliases: []string{"the police"}, Kind: "state-organ"},
		{ID: "rakosi", Name: "Matyas Rakosi", Aliases: []string{"Rakosi"}, Kind: "individual"},
		{ID: "zviad", Name: "Zviad Gamsakhurdia", Aliases: []string{"Gamsakhurdia"}, Kind: "individual"},
		{ID: "dudayev", Name: "Dzhokhar Dudayev", Aliases: []string{"Dudayev"}, Kind: "individual"},
		{ID: "chechnya", Name: "Chechnya", Kind: "state"},
		{ID: "fujimori", Name: "Alberto Fujimori", Aliases: []string{"Fujimori"}, Kind: "individual"},
		{ID: "japan", Name: "Japan", Kind: "state"},
		{ID: "montesinos", Name: "Vladimiro Montesinos", Aliases: []string{"Montesinos"}, Kind: "individual"},
	}
}

// TestBodiesOfMenAndMenOfHelpOfTheFourteenthSession: a body set in apposition as "the
// movement of" a man is his to lead ("UNITA, the rebel movement of Mr Jonas Savimbi",
// congobrazzaville-1997 ¶11); "the armed instrument of" a party is its part (greece-1946
// ¶3), and so is a body a copula makes "the army of" another (zimbabwe-1980 ¶3); a body
// that "had" a state's advisers or instructors, or whose possessive has them, has the
// state's help (angola-1975 ¶2).
func TestBodiesOfMenAndMenOfHelpOfTheFourteenthSession(t *testing.T) {
	checkForms(t, session80Actors(), []formCase{
		{"the movement of a man", "South Africa armed UNITA, the rebel movement of Mr Jonas Savimbi, from 1975 to 1989.",
			[]string{"savimbi membership unita", "south-africa support unita"}, []string{"unita membership savimbi"}},
		{"the armed instrument of a party", "The Democratic Army of Greece (DSE), the armed instrument of the Communist Party of Greece (KKE), fought on until 1949.",
			[]string{"dse membership kke"}, nil},
		{"was the army of", "In 1979 the Zimbabwe African National Liberation Army (Zanla) was the army of ZANU.",
			[]string{"zanla membership zanu"}, nil},
		{"a man's possessive", "In 1979 Zanla was the army of Robert Mugabe's party.",
			nil, []string{"zanla membership mugabe"}},
		{"had advisers", "In 1975 the FNLA had Chinese instructors in its camps in Zaire.",
			[]string{"china support fnla"}, nil},
		{"a possessive's advisers", "In 1978 the FNLA's Chinese advisers left for home.",
			[]string{"china support fnla"}, nil},
		{"had weapons of a state's make", "In 1975 the FNLA had Chinese weapons in its camps in Zaire.",
			nil, []string{"china support fnla"}},
	})
}

// TestTalksOfTheFourteenthSession: letters exchanged are contact (tibet-1956 ¶18); help
// "under" a third's mediation, in a phrase set off before a clause, mediates between those
// the clause says agreed or met (namibia-1966 ¶14), not where the phrase opens after a
// verb.
func TestTalksOfTheFourteenthSession(t *testing.T) {
	checkForms(t, session80Actors(), []formCase{
		{"exchanged letters", "In 1959 Tan Guansan had exchanged letters with the Dalai Lama in the days before.",
			[]string{"tan negotiation dalai-lama"}, nil},
		{"under a fronted mediation", "In 1988, under American mediation, South Africa and Angola agreed to a ceasefire.",
			[]string{"united-states mediation south-africa", "south-africa agreement angola"}, nil},
		{"under a mediation not fronted", "In 1988 South Africa fell under American mediation, while Angola and China met in Cairo.",
			nil, []string{"united-states mediation angola", "united-states mediation china"}},
	})
}

// TestAccusedOfTheFourteenthSession: the pronoun after a deed one is accused of is no one
// the accusation names as its doers, nor its accuser, nor what one was described as
// before: "accused the United States, the United Kingdom and Israel of backing it" is
// Jundallah's support, alleged (jundallah-2003 ¶3); so is "accused Israel of backing it"
// after a sentence on Jundallah; "described the rebels as Afar ... and accused Addis Ababa
// of letting them cross" is the rebels' (djibouti-1991 ¶9).
func TestAccusedOfTheFourteenthSession(t *testing.T) {
	checkForms(t, session80Actors(), []formCase{
		{"a list accused of backing it", "In 2008 Tehran called Jundallah a terrorist group and accused the United States, the United Kingdom and Israel of backing it.",
			[]string{"united-states support jundallah", "united-kingdom support jundallah", "israel support jundallah"},
			[]string{"united-states support israel", "united-kingdom support israel"}},
		{"not the accuser", "Jundallah struck again in 2008. Tehran accused Israel of backing it.",
			[]string{"israel support jundallah"}, []string{"israel support iran"}},
		{"not what one was described as", "In 1991 government spokesmen described the rebels as Afar from Ethiopia and accused Addis Ababa of letting them cross its border at will.",
			[]string{"ethiopia support frud"}, []string{"ethiopia support afar"}},
	})
}

// TestStatusesAndDatesOfTheFourteenthSession: a deed a list is accused of is alleged, past
// the list's commas (jundallah-2003 ¶3); a day told by its ordinal alone is a day of the
// month of the text's date before ("On the 30th", hungary-1956 ¶9), or of the month after
// where it falls before that date's day ("At dawn on the 4th", ¶13), an end after
// "until" (¶14), and no day before a unit's noun; a paragraph with no year of its own is of
// the year of the latest date the text gave with its month, not of a year it named in
// passing before (¶13, after "he died in 1975" in ¶10); each row of a table written with
// bars is a sentence of its own, dated by its own cells (jundallah-2003 ¶7).
func TestStatusesAndDatesOfTheFourteenthSession(t *testing.T) {
	const nov = "|Budapest\n\nOn 23 October 1956 the students marched to the statue of Bem. Imre Nagy spoke to the crowd that night, and years later he died in 1975 in Vienna.\n\n"
	for _, c := range []struct{ name, text, tie, want, not string }{
		{"accused, a list", "In 2008 Tehran accused the United States, the United Kingdom and Israel of backing Jundallah.",
			"united-kingdom support jundallah", "alleged", ""},
		{"on the 30th", "On 28 October 1956 Imre Nagy spoke on the radio. On the 30th the crowd stormed the Party's headquarters, and Nagy dissolved the Party.",
			"nagy coercion hwpp", "1956-10-30", ""},
		{"on the 4th, the month after", "On 23 October 1956 the students marched in Budapest. At dawn on the 4th Soviet troops attacked Hungary.",
			"soviet-army hostility hungary", "1956-11-04", ""},
		{"no 31st in November", "On 4 November 1956 the Soviet army attacked Hungary. Pongratz's Corvin boys held the passage until the 31st.",
			"pongratz membership corvin", "1956", "-31"},
		{"until the 9th", "On 4 November 1956 the Soviet army attacked Hungary. Pongratz's Corvin boys held the passage until the 9th.",
			"pongratz membership corvin", "/1956-11-09", ""},
		{"the 4th Armoured Division", "On 23 October 1956 the students marched in Budapest. Later men from the 4th Armoured Division and other Soviet troops attacked Hungary.",
			"soviet-army hostility hungary", "1956", "-04~"},
		{"a table's rows", "|Attacks\n\nDate | Place | Description | Claimed by\nJune 2005 | Saravan | Gunmen seized soldiers near the border; Iran blamed Jundallah | Jundallah\n" +
			"March 2006 | Tasuki | Jundallah fighters ambushed the IRGC on the road to Zabol and killed many | Jundallah\n",
			"iran opposition jundallah", "2005-06", "2006"},
		{"a year named in passing", nov + "On 1 November Nagy declared the country neutral and left the Warsaw Pact. The Soviet army attacked Hungary from the east with many divisions of tanks and infantry.",
			"soviet-army hostility hungary", "1956", "1975"},
	} {
		got := map[string]string{}
		for _, p := range readAll(session80Actors(), c.text) {
			got[p.Tie.Subject+" "+string(p.Tie.Kind)+" "+p.Tie.Object] = fmt.Sprint(p.Tie.Status, " ", p.Tie.Valid)
		}
		if v, ok := got[c.tie]; !ok || !strings.Contains(v, c.want) || c.not != "" && strings.Contains(v, c.not) {
			t.Errorf("%s: %s is %q (of %v), want %q, not %q", c.name, c.tie, v, got, c.want, c.not)
		}
	}
}

// TestDeedsNotDoneOfTheFourteenthSession: a list that fought "on alone", "side by side" or
// "together" fought together, not each other (hungary-1956 ¶14), and one that "had made
// common cause" allied (georgia-1991 ¶17); an errand "instead"
// undoes is none done ("sent with five tanks to crush the insurgents; he went over to them
// instead", ¶8; "The soldiers sent to help the AVO men", ¶6); a hostile act a warning says
// one "will" do is a threat, opposition ("warns him that the OAS will vote sanctions
// against El Salvador", football-1969 ¶30), and help it says one will give is none given;
// a list one blames for an attack fought no one in it (jundallah-2003 ¶13); nor is a fight
// one "will not let" go on a fight, nor what one sent "neither" of two (football-1969 ¶12,
// ¶28); a state's crowds and fans are none of its state (¶22); a body one "had expelled"
// another "from" is no object of the expulsion (hungary-1956 ¶5).
func TestDeedsNotDoneOfTheFourteenthSession(t *testing.T) {
	checkForms(t, session80Actors(), []formCase{
		{"made common cause", "By December 1991 the National Guard, the Mkhedrioni and the Corvin boys had made common cause.",
			[]string{"national-guard alliance mkhedrioni", "mkhedrioni alliance corvin"}, nil},
		{"fought on alone", "In November 1956 the Corvin boys, the workers of Csepel and the students fought on alone.",
			[]string{"csepel cooperation students"}, []string{"csepel hostility students", "corvin hostility csepel"}},
		{"fought each other", "In November 1956 the Corvin boys and the workers of Csepel fought in the streets of Budapest.",
			[]string{"corvin hostility csepel"}, nil},
		{"an errand undone", "In October 1956 Pal Maleter of the Hungarian People's Army was sent with five tanks to crush the insurgents; he went over to them instead.",
			nil, []string{"hungarian-army hostility insurgents", "maleter hostility insurgents"}},
		{"an errand done", "In October 1956 Pal Maleter of the Hungarian People's Army was sent with five tanks to crush the insurgents.",
			[]string{"hungarian-army hostility insurgents"}, nil},
		{"sent to help, instead", "In October 1956 the soldiers sent to help the AVO men gave their rifles to the people instead.",
			nil, []string{"hungarian-army support avh"}},
		{"will not let them", "GALO PLAZA LASSO (63). Secretary General of the OAS since 1968; the old man who will not let El Salvador and Honduras keep fighting.",
			nil, []string{"el-salvador hostility honduras", "galo-plaza hostility el-salvador"}},
		{"sent neither", "In July 1969 the OAS sent neither El Salvador nor Honduras any spare parts.",
			nil, []string{"oas support el-salvador", "oas support honduras"}},
		{"had expelled from", "In 1956 Imre Nagy, whom Rakosi had expelled from the Party the year before, waited at home.",
			nil, []string{"rakosi hostility hwpp", "rakosi coercion hwpp"}},
		{"crowds and fans", "In June 1969 Salvadoran crowds beat visiting Honduran fans in the streets.",
			nil, []string{"el-salvador hostility honduras"}},
		{"a list blamed", "In 2009 Iran blames the United States and Israel after mosque bombing.",
			[]string{"iran opposition israel"}, []string{"united-states hostility israel"}},
		{"warned of sanctions", "In July 1969 Galo Plaza warns him that the OAS will vote sanctions against El Salvador.",
			[]string{"oas opposition el-salvador"}, []string{"oas coercion el-salvador"}},
		{"warned of help", "In July 1969 Galo Plaza warned that the OAS would send observers to Honduras.",
			nil, []string{"oas support honduras"}},
	})
}

// TestSeriesOfTheFourteenthSession: a verb of a series set off by commas, the last joined
// by "and", shares the first verb's subject, and a name past the next comma's verb is no
// object of it ("El Salvador broke off relations with Honduras on 26 June, invaded on 14
// July, accepted an OAS ceasefire on 18 July and withdrew", football-1969 ¶3); a
// participle before "by" is no verb of a series (cambodia-1979 ¶4).
func TestSeriesOfTheFourteenthSession(t *testing.T) {
	checkForms(t, session80Actors(), []formCase{
		{"a series of verbs", "In 1969 El Salvador broke off relations with Honduras on 26 June, invaded on 14 July, accepted an OAS ceasefire on 18 July and withdrew in early August.",
			[]string{"el-salvador coercion honduras"}, []string{"honduras hostility oas", "el-salvador hostility oas"}},
		{"a participle before by", "In 1975 South Africa armed UNITA, led by Jonas Savimbi, a man who had broken with the FNLA and fled east.",
			[]string{"savimbi membership unita", "south-africa support unita"}, nil},
	})
}

// TestMeetingsNotTalksOfTheFourteenthSession: meeting a number of an enemy's aircraft is
// battle, no talks (football-1969 ¶27); those who came somewhere "for talks" held them
// with another, not with each other (hungary-1956 ¶14), unless "with" names who; driving
// out to a place is a journey, no fight (¶13).
func TestMeetingsNotTalksOfTheFourteenthSession(t *testing.T) {
	checkForms(t, session80Actors(), []formCase{
		{"meets two Mustangs", "On 17 July 1969 Soto meets two FAS Mustangs and shoots one down.",
			nil, []string{"soto negotiation fas"}},
		{"meets the FAS", "On 17 July 1969 Soto meets the FAS in Tegucigalpa.",
			[]string{"soto negotiation fas"}, nil},
		{"came for talks", "In December 1956 Kadar had Racz and Sandor Bali arrested when they came to parliament for talks.",
			nil, []string{"racz negotiation bali"}},
		{"came for talks with", "In December 1956 Racz and Sandor Bali came to parliament for talks with Kadar.",
			[]string{"racz negotiation kadar"}, nil},
		{"drove out to", "On 3 November 1956 Pal Maleter drove out to the Soviet headquarters at Tokol to negotiate.",
			nil, []string{"maleter hostility russia"}},
	})
}

// TestPronounsOfTheFourteenthSession: an object pronoun is none of the subjects its own
// clause opens on ("Guard and Mkhedrioni units raided the villages of Samegrelo in search
// of them", georgia-1991 ¶38), but may be the subject of the clause before a
// subordinator ("Djibouti broke off relations with Eritrea after Asmara accused it of
// siding with Ethiopia", djibouti-1991 ¶19); "it" after a verb of leading is the body the
// paragraph is about, not the last body named ("Rigi led it", jundallah-2003 ¶2); "him"
// after a verb is not the subject its clause opens on, past an aside ("Then Dzhokhar
// Dudayev, Chechnya's rebel president, gave him refuge", georgia-1991 ¶28), but may be the
// subject before "where" (peru-1980 ¶17).
func TestPronounsOfTheFourteenthSession(t *testing.T) {
	checkForms(t, session80Actors(), []formCase{
		{"in search of them", "|Film\n\n57\n00:11:20,400 --> 00:11:27,000\nNARRATOR: In Mingrelia the Zviadists\nwould not accept the new rulers in 1992.\n\n" +
			"58\n00:11:27,400 --> 00:11:33,800\nGuard and Mkhedrioni units raided the villages\nof Samegrelo in search of them.\n",
			nil, []string{"national-guard hostility mkhedrioni"}},
		{"led it", "Jundallah fought an insurgency in Iran from 2003. Founded by Abdolmalek Rigi, the group mostly targeted the IRGC and the police. Rigi led it until his capture in February 2010.",
			[]string{"rigi membership jundallah"}, []string{"rigi membership police", "rigi membership irgc"}},
		{"gave him refuge", "In January 1992 Gamsakhurdia fled the capital. Then Dzhokhar Dudayev, Chechnya's rebel president, gave him refuge in Grozny.",
			[]string{"dudayev support zviad"}, nil},
		{"where another gave him refuge", "In 2000 Montesinos fled to Panama. In November Fujimori sent his resignation by fax from Tokyo, where Japan gave him refuge.",
			[]string{"japan support fujimori"}, []string{"japan support montesinos"}},
		{"after another accused it", "Djibouti broke off diplomatic relations with Eritrea in November 1998 after Asmara accused it of siding with Ethiopia.",
			[]string{"eritrea opposition djibouti", "djibouti alliance ethiopia"}, nil},
	})
}
