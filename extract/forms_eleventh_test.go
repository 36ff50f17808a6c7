package extract_test

// The readings of the eleventh round: what a new case finds by a name's form (bodies,
// forces and international organizations), long abbreviations, people named before
// their post, and a state's armed forces named with the state's words.

import (
	"maps"
	"slices"
	"testing"

	"github.com/alliances-project/alliances"
)

// TestDiscoverBodiesByTheirForm: reading as into a new case, a name that ends in "Force",
// "Assembly", "Parliament" or "Agency", or in "Community", "Organization",
// "Commonwealth" or "Mission", is an organization's, of the kind the word says (the
// Lebanon chapter's "Multinational Force" and "Arab Deterrent Force", ¶10, ¶5; the
// Tajikistan entry's "Commonwealth of Independent States", ¶7). A demonym after "of" is
// the force's members, no part of its name ("a Multinational Force of American, French
// and Italian troops", ¶10); UCDP's armed groups stay armed groups whatever their word
// ("Palestine Liberation Organization").
func TestDiscoverBodiesByTheirForm(t *testing.T) {
	text := "In 1976 the Arab Deterrent Force entered Lebanon. In 1982 the PLO's fighters sailed for Tunis under the protection of a Multinational Force of American, French and Italian troops. " +
		"The Palestine Liberation Organization had fought there since 1970. " +
		"In 1993 the Commonwealth of Independent States sent troops, the Organization of African Unity met, the East African Community spoke and the National Assembly voted, " +
		"while the United Nations Observer Mission watched and the Central Intelligence Agency paid." +
		"\n\nA second paragraph, so that lines are no paragraphs of their own."
	_, _, finds := discover(text)
	got := kindsAndAliases(finds)
	want := map[string]string{
		"Arab Deterrent Force":              "armed-group ",
		"Multinational Force":               "international-organization ", // a force of states (TestDiscoverAForceOfStates)
		"Palestine Liberation Organization": "armed-group PLO",
		// (with the other names of the rules' list of bodies)
		"Commonwealth of Independent States": "international-organization CIS",
		"Organization of African Unity":      "international-organization Organisation of African Unity,OAU",
		"East African Community":             "international-organization EAC",
		"National Assembly":                  "state-organ ",
		"United Nations Observer Mission":    "international-organization ",
		"Central Intelligence Agency":        "state-organ CIA",
	}
	for name, kind := range want {
		if got[name] != kind {
			t.Errorf("%q found as %q, want %q", name, got[name], kind)
		}
	}
	if _, ok := got["Multinational Force of American"]; ok {
		t.Errorf("found %v, with a demonym in a force's name", slices.Sorted(maps.Keys(got)))
	}
}

// TestDiscoverLongAbbreviationsAndPeopleBeforeTheirPost: an abbreviation of up to ten
// capitals used twice is an actor's ("FUNCINPEC", the Cambodia long-read, ¶7, ¶15, ¶18);
// a name before a post of two words after a comma, or before "became" and a post, is a
// person's ("Hun Sen, prime minister of", ¶1; "Hun Sen became his deputy", ¶18).
func TestDiscoverLongAbbreviationsAndPeopleBeforeTheirPost(t *testing.T) {
	text := "In 1981 Sihanouk launched FUNCINPEC, and FUNCINPEC fought the Khmer Rouge. Beside him sat Hun Sen, prime minister of the government. " +
		"In October Chea Sim took the chair, and Pen Sovan became his deputy." +
		"\n\nA second paragraph, so that lines are no paragraphs of their own."
	_, _, finds := discover(text)
	got := kindsAndAliases(finds)
	for name, kind := range map[string]string{"FUNCINPEC": "other ", "Hun Sen": "individual ", "Pen Sovan": "individual "} {
		if got[name] != kind {
			t.Errorf("%q found as %q, want %q (found %v)", name, got[name], kind, got)
		}
	}
}

// TestDiscoverStatesAirForces: a state's air force is the state, where the state's name
// has two words ("United States Air Force", the Wikipedia article on the Mali war, ¶13,
// where the report names the state too)
// and where a faith's word comes first ("Shia Iraqi Air Force cadets", the article on the
// war in Iraq, ¶42): an alias of the state, no actor of its own.
func TestDiscoverStatesAirForces(t *testing.T) {
	text := "In 2013 the United States Air Force air-dropped supplies in support of Mali, and the United States paid France. " +
		"In 2014 ISIL executed 1,700 Shia Iraqi Air Force cadets near Tikrit, and Iraq struck back." +
		"\n\nA second paragraph, so that lines are no paragraphs of their own."
	_, _, finds := discover(text)
	for _, f := range finds {
		if f.Actor.Kind != "state" {
			t.Errorf("found %q (%s, %s), a state's air force", f.Actor.Name, f.Actor.Kind, f.Why)
		}
	}
	got := kindsAndAliases(finds)
	if want := "state Shia Iraqi Air Force"; got["Iraq"] != want {
		t.Errorf("Iraq found as %q, want %q", got["Iraq"], want)
	}
	if want := "state United States Air Force"; got["United States"] != want {
		t.Errorf("the United States found as %q, want %q (found %v)", got["United States"], want, got)
	}
}

// TestFormsOfSidesSetAgainstEachOther: a sentence that sets two sides against each other
// without a verb of fighting between them says they are at war: "pitted A against B",
// "on one side stood A; on the other B" (the Tajikistan entry, ¶1), "A fought on one side
// and B on the other"; each of a side's list with each of the other's. A side is never at
// war with itself, and "on one side" with no other side names none.
func TestFormsOfSidesSetAgainstEachOther(t *testing.T) {
	checkKinds(t, append(tajikActors(), alliances.Actor{ID: "russia", Name: "Russia", Kind: "state"}), []kindCase{
		{"pitted", "In 1992 the war pitted the Popular Front of Tajikistan against the Islamic Renaissance Party and the Democratic Party.", alliances.Hostility,
			[]string{"popular-front hostility dpt", "popular-front hostility irp"}},
		{"pitted, a place between", "In 1992 the war pitted the Popular Front of Tajikistan in Kulob against the UTO.", alliances.Hostility, []string{"popular-front hostility uto"}},
		{"on one side, on the other", "In 1993 on one side stood the Popular Front of Tajikistan, which Uzbekistan armed; on the other the UTO and the Democratic Party.", alliances.Hostility,
			[]string{"popular-front hostility dpt", "popular-front hostility uto"}},
		{"before each side", "In 1993 Russia and Uzbekistan fought on one side and the UTO on the other.", alliances.Hostility,
			[]string{"russia hostility uto", "uzbekistan hostility uto"}},
		{"no other side", "In 1993 the Popular Front of Tajikistan stood on one side of the river with Russia.", alliances.Hostility, nil},
	})
}

// TestFormsOfFoundersAndFaces: one who launches an organization named right after the
// verb founds it ("In 1981 Sihanouk launched FUNCINPEC", the Cambodia long-read, ¶7; not
// "launched missiles at", nor "launched the Khmer Rouge offensive"); "the public face of" a group is its member (¶2); one "who had
// taken over" a group leads it (the Lebanon chapter, ¶13).
func TestFormsOfFoundersAndFaces(t *testing.T) {
	actors := append(cambodiaActors(), alliances.Actor{ID: "funcinpec", Name: "FUNCINPEC", Kind: "party"},
		alliances.Actor{ID: "hobeika", Name: "Elie Hobeika", Kind: "individual"},
		alliances.Actor{ID: "lebanese-forces", Name: "Lebanese Forces", Kind: "militia"})
	checkKinds(t, actors, []kindCase{
		{"launched", "In 1981 Sihanouk launched FUNCINPEC.", alliances.Membership, []string{"sihanouk membership funcinpec"}},
		{"launched at", "In 1982 Vietnam launched missiles at Thailand.", alliances.Membership, nil},
		{"launched an offensive", "In 1985 Sihanouk launched the Khmer Rouge offensive.", alliances.Membership, nil},
		{"public face", "In 1991 Khieu Samphan, the public face of the Khmer Rouge, flew in from Bangkok.", alliances.Membership, []string{"khieu-samphan membership khmer-rouge"}},
		{"taken over", "In December 1985 Hanoi brought Sihanouk and Elie Hobeika, who had taken over the Lebanese Forces, to sign.", alliances.Membership,
			[]string{"hobeika membership lebanese-forces"}},
	})
}

// maliActors are the actors of the sentence tests written on the parliament library's
// briefing on Mali's war (extract/testdata/reports/mali-2012.txt, tuned on from its
// first measure).
func maliActors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "mali", Name: "Mali", Aliases: []string{"Bamako", "Malian", "the transitional government"}, Kind: "state"},
		{ID: "burkina-faso", Name: "Burkina Faso", Aliases: []string{"Ouagadougou"}, Kind: "state"},
		{ID: "france", Name: "France", Aliases: []string{"Paris", "French"}, Kind: "state"},
		{ID: "mauritania", Name: "Mauritania", Kind: "state"},
		{ID: "compaore", Name: "Blaise Compaoré", Aliases: []string{"Compaoré"}, Kind: "individual"},
		{ID: "traore", Name: "Dioncounda Traoré", Aliases: []string{"Traoré"}, Kind: "individual"},
		{ID: "ag-ghaly", Name: "Iyad Ag Ghaly", Kind: "individual"},
		{ID: "belmokhtar", Name: "Mokhtar Belmokhtar", Kind: "individual"},
		{ID: "droukdel", Name: "Abdelmalek Droukdel", Kind: "individual"},
		{ID: "mnla", Name: "MNLA", Kind: "armed-group"},
		{ID: "hcua", Name: "HCUA", Kind: "armed-group"},
		{ID: "ansar-dine", Name: "Ansar Dine", Kind: "armed-group"},
		{ID: "aqim", Name: "AQIM", Kind: "armed-group"},
		{ID: "gatia", Name: "GATIA", Kind: "militia"},
		{ID: "platform", Name: "Platform", Aliases: []string{"the Platform"}, Kind: "coalition"},
		{ID: "cnrdr", Name: "CNRDR", Aliases: []string{"the junta"}, Kind: "state-organ"},
		{ID: "ecowas", Name: "ECOWAS", Kind: "international-organization"},
		{ID: "afisma", Name: "AFISMA", Kind: "international-organization"},
		{ID: "un-security-council", Name: "UN Security Council", Kind: "international-organization"},
		{ID: "minusma", Name: "MINUSMA", Kind: "international-organization"},
		{ID: "eu", Name: "European Union", Aliases: []string{"EU"}, Kind: "international-organization"},
		{ID: "eutm", Name: "EUTM Mali", Kind: "international-organization"},
	}
}

// TestFormsOfAMaliBriefing: the readings learnt on the Mali briefing, each with its
// paragraph. A mediator "with X as mediator" or "with X acting as the Community's
// mediator" mediates between those who sign in the sentence, before or after (¶12, ¶5);
// a capital after "at" is a place, no party to a deal (¶12). Blaming is opposition (¶3,
// ¶15), and so is rejecting one (not its declaration; the Sudan
// dispatch, ¶18); pledging help to others support (the Syria wrap, ¶17); "at odds with"
// rivalry (¶7); initialling an agreement is one (¶15); "believed to
// be close to" an alliance (¶14); operating with others cooperation, where they are named
// right after (¶16); suspending a member coercion (¶5); authorising a mission support
// (¶8); asking for help a favour (¶8); "was the creation of" a founder's membership (¶4);
// being driven from a place by others hostility (¶2); the posts a body is founded with,
// after its name (¶3); "with X at its side" cooperation with the subject, after or before
// the aside (¶6); "an ECOWAS mission, AFISMA," a part of the organization named before its
// noun (¶11); the states a force's troops are drawn from, its members (¶11).
func TestFormsOfAMaliBriefing(t *testing.T) {
	checkKinds(t, maliActors(), []kindCase{
		{"as mediator, after", "On 18 June 2013 the transitional government, the MNLA and the HCUA signed a preliminary agreement at Ouagadougou, with Compaoré as mediator.",
			alliances.Mediation, []string{"compaore mediation mali", "compaore mediation mali"}}, // (between it and each of the two)
		{"acting as mediator, before", "In April 2012, with Burkina Faso's President Blaise Compaoré acting as the Community's mediator, the junta signed a framework agreement with ECOWAS.",
			alliances.Mediation, []string{"compaore mediation cnrdr"}},
		{"no capital's state", "On 18 June 2013 the transitional government and the MNLA signed a ceasefire at Ouagadougou.",
			alliances.Agreement, []string{"mali agreement mnla"}},
		{"blamed", "In 2012 Bamako blamed the MNLA and AQIM, and the MNLA denied it.", alliances.Opposition,
			[]string{"mali opposition aqim", "mali opposition mnla"}},
		{"at odds", "In 2012 Mokhtar Belmokhtar, long at odds with Abdelmalek Droukdel, left the organisation.", alliances.Rivalry,
			[]string{"belmokhtar rivalry droukdel"}},
		{"rejected", "In 2012 the African Union rejected the MNLA's declaration, and Bamako rejected Burkina Faso as a mediator.", alliances.Opposition,
			[]string{"mali opposition burkina-faso"}},
		{"pledged help", "In 2013 France pledged help to Mali and Mauritania.", alliances.Support, []string{"france support mali", "france support mauritania"}},
		{"initialled", "In March 2015 Bamako initialled the peace agreement with the Platform.", alliances.Agreement, []string{"mali agreement platform"}},
		{"close to", "In 2014 GATIA was widely believed to be close to the Platform.", alliances.Alliance, []string{"gatia alliance platform"}},
		{"close to a capital", "In 2014 GATIA fighters were believed to be close to Bamako.", alliances.Alliance, nil}, // near the city
		{"operating with", "In 2014 France launched Barkhane, operating with Mauritania and Mali.", alliances.Cooperation,
			[]string{"france cooperation mali", "france cooperation mauritania"}},
		{"operating with no one", "In 2020 the MNLA and the HCUA were operating with great skill.", alliances.Cooperation, nil},
		{"suspended", "In March 2012 ECOWAS suspended Mali and closed its borders.", alliances.Coercion, []string{"ecowas coercion mali"}},
		{"suspended a thing", "In March 2012 the junta suspended the constitution of Mali.", alliances.Coercion, nil},
		{"authorised", "On 20 December 2012 the UN Security Council authorised AFISMA in resolution 2085.", alliances.Support,
			[]string{"un-security-council support afisma"}},
		{"asked for help", "In January 2013 Traoré asked Paris for help.", alliances.Favour, []string{"traore favour france"}},
		{"the creation of", "In 2012 Ansar Dine was the creation of Iyad Ag Ghaly.", alliances.Membership, []string{"ag-ghaly membership ansar-dine"}},
		{"driven from by", "By the summer of 2012 the MNLA had been driven from the northern towns by Ansar Dine and AQIM.", alliances.Hostility,
			[]string{"ansar-dine hostility mnla", "aqim hostility mnla"}},
		{"founded with posts", "The MNLA, founded in October 2011 with Iyad Ag Ghaly as secretary-general and Mokhtar Belmokhtar as its military chief, attacked Ménaka.",
			alliances.Membership, []string{"ag-ghaly membership mnla", "belmokhtar membership mnla"}},
		{"at its side", "In 2012 Ansar Dine ruled Timbuktu and Kidal with AQIM's commanders, Abdelmalek Droukdel among them, at its side.",
			alliances.Cooperation, []string{"ansar-dine cooperation aqim"}},
		{"an organization's part", "In April 2013 an ECOWAS mission, AFISMA, deployed, and an EU mission, EUTM Mali, began training Malian battalions.",
			alliances.Membership, []string{"afisma membership ecowas", "eutm membership eu"}},
		{"troops drawn from", "In 2013 AFISMA's troops, drawn from Burkina Faso and Mauritania, deployed from January.",
			alliances.Membership, []string{"burkina-faso membership afisma", "mauritania membership afisma"}},
		{"troops from", "In 2013 AFISMA's troops from Burkina Faso arrived.", alliances.Membership, []string{"burkina-faso membership afisma"}},
		{"at his side, before the subject", "On 6 June 2013, with Ansar Dine at his side, Iyad Ag Ghaly announced a truce.",
			alliances.Cooperation, []string{"ag-ghaly cooperation ansar-dine"}},
	})
}

// chadActors are the actors of the sentence tests written on the think-tank briefing on
// the Chad–Sudan war (extract/testdata/reports/chad-2005.txt, tuned on from its first
// measure).
func chadActors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "chad", Name: "Chad", Aliases: []string{"N'Djamena", "Chadian"}, Kind: "state"},
		{ID: "sudan", Name: "Sudan", Aliases: []string{"Khartoum", "Sudanese"}, Kind: "state"},
		{ID: "libya", Name: "Libya", Aliases: []string{"Tripoli", "Libyan"}, Kind: "state"},
		{ID: "france", Name: "France", Aliases: []string{"Paris", "French"}, Kind: "state"},
		{ID: "eu", Name: "European Union", Aliases: []string{"EU"}, Kind: "international-organization"},
		{ID: "icc", Name: "International Criminal Court", Kind: "international-organization"},
		{ID: "deby", Name: "Idriss Déby", Aliases: []string{"Déby"}, Kind: "individual"},
		{ID: "bashir", Name: "Omar al-Bashir", Aliases: []string{"Bashir"}, Kind: "individual"},
		{ID: "gaddafi", Name: "Muammar Gaddafi", Aliases: []string{"Gaddafi"}, Kind: "individual"},
		{ID: "nour", Name: "Mahamat Nour", Aliases: []string{"Nour"}, Kind: "individual"},
		{ID: "erdimi", Name: "Timan Erdimi", Aliases: []string{"Erdimi"}, Kind: "individual"},
		{ID: "jem", Name: "Justice and Equality Movement", Aliases: []string{"JEM"}, Kind: "armed-group"},
		{ID: "fuc", Name: "FUC", Kind: "coalition"},
		{ID: "ufr", Name: "Union of Resistance Forces", Aliases: []string{"UFR"}, Kind: "coalition"},
		{ID: "ufdd", Name: "UFDD", Kind: "armed-group"},
		{ID: "rfc", Name: "RFC", Kind: "armed-group"},
		{ID: "coalition", Name: "the opposition coalition", Kind: "coalition"},
	}
}

// TestFormsOfAChadBriefing: the readings learnt on the Chad briefing, each with its
// paragraph. An ally graded by a word of trust after a possessive (¶14); the blessing of
// one named after "of" (¶2); letting another use a land (¶1); gathering groups into a
// front, its founder's (¶4); an agreement "under EU facilitation", mediated (¶11); an
// indictment, coercion (¶18); a body formed "with X at its head", led by X (¶13); one who
// "brought A and B together", mediating between them (¶6); one who hosted talks "at
// which" one signed with others, mediating between the signer and each (¶8).
func TestFormsOfAChadBriefing(t *testing.T) {
	checkKinds(t, chadActors(), []kindCase{
		{"indispensable ally", "By 2010 Paris had been Déby's indispensable ally.", alliances.Alliance, []string{"france alliance deby"}},
		{"blessing of", "In 1990 Déby took power with the blessing of Khartoum.", alliances.Favour, []string{"sudan favour deby"}},
		{"let use", "In 2005 Déby let JEM use eastern Chad as a rear base.", alliances.Support, []string{"deby support jem"}},
		{"let run, a hyphen", "In 2005 the EU-run camps let no one in.", alliances.Support, nil},
		{"gathered into", "In 2006 Nour had gathered several groups into the FUC.", alliances.Membership, []string{"nour membership fuc"}},
		{"facilitation", "In August 2007 the opposition coalition negotiated a political agreement with Chad under EU facilitation.",
			alliances.Mediation, []string{"eu mediation coalition"}},
		{"indicted", "In 2009 Bashir was indicted by the International Criminal Court.", alliances.Coercion, []string{"icc coercion bashir"}},
		{"at its head", "In January 2009 eight rebel factions formed a new Union of Resistance Forces (UFR) with Timan Erdimi at its head.",
			alliances.Membership, []string{"erdimi membership ufr"}},
		{"brought together", "In February 2006 Gaddafi brought Déby and Bashir together in Tripoli.", alliances.Mediation, []string{"gaddafi mediation deby"}},
		{"brought to justice", "In 2010 Gaddafi brought Déby and Bashir to justice.", alliances.Mediation, nil},
		{"signed at the talks", "In October 2007 Gaddafi hosted talks in Sirte at which Chad signed a peace agreement with the UFDD and the RFC.",
			alliances.Mediation, []string{"gaddafi mediation chad", "gaddafi mediation chad"}}, // (between it and each of the two)
	})
}

// TestDiscoverARallyAndGivenNames: reading as into a new case, "Rally for ..." is a
// party's form and splits from the person after "of" ("the Rally for Democracy and
// Liberty of Mahamat Nour Abdelkerim", the Chad briefing, ¶4); "Muammar" opens a
// person's name (¶6).
func TestDiscoverARallyAndGivenNames(t *testing.T) {
	text := "In 2005 the Rally for Democracy and Liberty of Mahamat Nour Abdelkerim attacked Adré. Muammar Gaddafi then stepped in, and Chad thanked him." +
		"\n\nA second paragraph, so that lines are no paragraphs of their own."
	_, _, finds := discover(text)
	got := kindsAndAliases(finds)
	for name, kind := range map[string]string{"Rally for Democracy and Liberty": "party ", "Mahamat Nour Abdelkerim": "individual ", "Muammar Gaddafi": "individual "} {
		if got[name] != kind {
			t.Errorf("%q found as %q, want %q (found %v)", name, got[name], kind, got)
		}
	}
}

// kindCase is a sentence test of one kind of tie: the ties of that kind read at the default
// threshold, as "subject kind object", sorted.
type kindCase struct {
	name, text string
	kind       alliances.Kind
	want       []string
}

// checkKinds reads each case's text knowing actors and compares its ties of the case's kind.
func checkKinds(t *testing.T, actors []alliances.Actor, cases []kindCase) {
	t.Helper()
	all := func(tie alliances.Tie) string { return tie.Subject + " " + string(tie.Kind) + " " + tie.Object }
	for _, c := range cases {
		if got := readKind(actors, c.text, c.kind, all); !slices.Equal(sorted(got), c.want) {
			t.Errorf("%s: %s ties %q, want %q", c.name, c.kind, sorted(got), c.want)
		}
	}
}
