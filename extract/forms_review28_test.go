package extract_test

// The mends of the twenty-eighth review: a fresh-eyes reviewer wrote a report on the
// Second Sudanese Civil War and probed the readings of the fifteenth round.

import (
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/extract"
)

func reviewer28Actors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "chad", Name: "Chad", Aliases: []string{"Chadian"}, Kind: "state"},
		{ID: "jem", Name: "Justice and Equality Movement", Aliases: []string{"JEM"}, Kind: "armed-group"},
		{ID: "sahnoun", Name: "Mohamed Sahnoun", Kind: "individual"},
		{ID: "oau", Name: "Organisation of African Unity", Aliases: []string{"OAU"}, Kind: "international-organization"},
		{ID: "unita", Name: "UNITA", Kind: "armed-group"},
		{ID: "savimbi", Name: "Jonas Savimbi", Aliases: []string{"Savimbi"}, Kind: "individual"},
		{ID: "south-africa", Name: "South Africa", Kind: "state"},
		{ID: "biden", Name: "Joe Biden", Kind: "individual"},
		{ID: "syria", Name: "Syria", Kind: "state"},
		{ID: "jordan", Name: "Jordan", Kind: "state"},
		{ID: "lebanon", Name: "Lebanon", Kind: "state"},
		{ID: "israel", Name: "Israel", Kind: "state"},
		{ID: "aoun", Name: "Michel Aoun", Kind: "individual"},
		{ID: "sudan", Name: "Sudan", Aliases: []string{"Khartoum"}, Kind: "state"},
		{ID: "eritrea", Name: "Eritrea", Aliases: []string{"Eritrean"}, Kind: "state"},
		{ID: "nif", Name: "National Islamic Front", Aliases: []string{"NIF"}, Kind: "party"},
		{ID: "turabi", Name: "Hassan al-Turabi", Aliases: []string{"Turabi"}, Kind: "individual"},
		{ID: "mirghani", Name: "Mohamed Osman al-Mirghani", Aliases: []string{"Mirghani"}, Kind: "individual"},
		{ID: "garang", Name: "John Garang", Aliases: []string{"Garang"}, Kind: "individual"},
		{ID: "spla", Name: "SPLA", Kind: "armed-group"},
		{ID: "bashir", Name: "Omar al-Bashir", Aliases: []string{"Bashir"}, Kind: "individual"},
		{ID: "mali", Name: "Mali", Kind: "state"},
		{ID: "cnrdr", Name: "National Committee for the Restoration of Democracy and the State", Aliases: []string{"CNRDR"}, Kind: "faction"},
		{ID: "ecowas", Name: "ECOWAS", Kind: "international-organization"},
	}
}

// TestFormsOfTheTwentyEighthReview: what the reviewer found read wrong, each read right.
func TestFormsOfTheTwentyEighthReview(t *testing.T) {
	checkForms(t, reviewer28Actors(), []formCase{
		// "the government in Khartoum" is no government of the report's state.
		{"the government in another's capital", "|Chad and Sudan after the proxy war\n\nKhartoum sheltered and armed Chadian rebels for five years, and Chad protested in vain at the UN.\n\n" +
			"In May 2006 the government in Khartoum signed a peace agreement with the Justice and Equality Movement in Abuja, and the refugees stayed.",
			nil, []string{"chad agreement jem"}},
		// The UN, unknown, is no post's word: Sahnoun is the OAU's guest, not its envoy.
		{"the UN unknown", "In May 1997 Mohamed Sahnoun, the envoy of the UN and the OAU's guest, flew to Kinshasa.",
			nil, []string{"sahnoun membership oau"}},
		// A place's phrase ends at a semicolon.
		{"a new clause after a place", "In 1980 Savimbi rebuilt UNITA in the south; South Africa trained and advised UNITA for a decade.",
			[]string{"south-africa support unita"}, []string{"savimbi support unita"}},
		{"neighbours past a comma", "In December 2024 Joe Biden pledged help to Syria's neighbours, Jordan and Lebanon, after the fall of the regime.",
			[]string{"biden support jordan", "biden support lebanon"}, []string{"biden support syria"}},
		{"neighbours unnamed", "In December 2024 Joe Biden pledged help to Syria's neighbours after the fall of the regime, and Jordan welcomed it.",
			nil, []string{"biden support syria", "biden support jordan"}},
		{"a neighbour attacked", "In 2009 Israel attacked Syria's neighbour Lebanon with aircraft and artillery for three weeks.",
			[]string{"israel hostility lebanon"}, []string{"israel hostility syria"}},
		{"a refusal of two verbs", "In November 1989 Syria refused to arm and to train the army of Michel Aoun in East Beirut.",
			nil, []string{"syria support aoun"}},
		{"a people's word in a list of demonyms", "In 1984 the Derg retaliated against Khartoum's support for the Eritrean and Tigrayan insurgents.",
			nil, []string{"sudan support eritrea"}},
		{"power seized", "On 30 June 1989 Omar al-Bashir seized power in a coup organised by the National Islamic Front (NIF) of Hassan al-Turabi.",
			nil, []string{"bashir hostility nif", "bashir hostility turabi"}},
		{"a compound's nearest cue", "In 1989 the new regime cancelled the Mirghani–Garang accord, declared jihad against the SPLA, and armed militias.",
			[]string{"mirghani agreement garang"}, []string{"mirghani hostility garang"}},
		{"relations broken", "In December 1994 Eritrea broke relations with Khartoum and handed the embassy to the opposition.",
			[]string{"eritrea coercion sudan"}, []string{"eritrea favour sudan"}},
		{"a kin unnamed is no agent", "In 2009 Sudan's president, Omar al-Bashir, sent envoys. The thaw began with a visit to Chad by Bashir's son-in-law in late 2009.",
			nil, []string{"bashir negotiation chad"}},
		{"another junta", "|Mali: the coup of 2012\n\nIn March 2012 officers formed a junta, the CNRDR, and Mali's army split, and Mali suffered.\n\n" +
			"In 2021 a Guinean junta seized power in Conakry, and in 2022 the junta signed a deal with ECOWAS.",
			nil, []string{"cnrdr agreement ecowas", "mali agreement ecowas"}},
	})
}

// TestFormsOfAGovernmentInAnUnknownCapital: "the government in Khartoum", where the reader
// knows no Sudan, is no government of the report's state: no one the reader knows.
func TestFormsOfAGovernmentInAnUnknownCapital(t *testing.T) {
	actors := []alliances.Actor{
		{ID: "chad", Name: "Chad", Aliases: []string{"Chadian"}, Kind: "state"},
		{ID: "jem", Name: "Justice and Equality Movement", Aliases: []string{"JEM"}, Kind: "armed-group"},
	}
	checkForms(t, actors, []formCase{
		{"an unknown state's capital", "|Chad and Sudan after the proxy war\n\nChadian rebels crossed the border for five years, and Chad protested in vain at the UN.\n\n" +
			"In May 2006 the government in Khartoum signed a peace agreement with the Justice and Equality Movement in Abuja, and the refugees stayed.",
			nil, []string{"chad agreement jem"}},
		{"the report's own", "|Chad and Sudan after the proxy war\n\nChadian rebels crossed the border for five years, and Chad protested in vain at the UN.\n\n" +
			"In May 2006 the government in N'Djamena signed a peace agreement with the Justice and Equality Movement in Abuja, and the refugees stayed.",
			[]string{"chad agreement jem"}, nil},
	})
}

// TestDiscoverTheTwentyEighthReview: reading as into a new case, no region, meeting,
// title or document is an actor; the United Nations, named in full, is one, and "UN"
// after it its alias; a rights group is of kind other.
func TestDiscoverTheTwentyEighthReview(t *testing.T) {
	text := "In 2012 the Sahel militias grew strong in the desert north of the river. In 2013 French troops entered the Sahel, and the Sahel became the front. " +
		"The Summit grouped the presidents of the region in Bamako in 2014, and the government signed a ceasefire with the rebels at the Summit in 2015.\n\n" +
		"In 1992 Ahmad Shah Massoud, who became the alliance's military commander, entered Kabul. The Shah had fled to Rome in 1973, and the Shah met the envoy in Rome in 1993. " +
		"In 1997 the Juba Declaration of January, signed in the presence of Kerubino, ended nothing.\n\n" +
		"In 1998 the United Nations sent observers, and the UN envoy Lakhdar Brahimi flew to Kandahar; the UN stayed. " +
		"In 2003 the rights group Amnesty International accused the government of arming militias."
	rd, doc, finds := discover(text)
	for _, f := range finds {
		switch {
		case f.Actor.Name == "Sahel" || f.Actor.Name == "Summit":
			t.Errorf("found %q (%s), a region's or a meeting's word", f.Actor.Name, f.Actor.Kind)
		case f.Actor.Name == "Ahmad Shah Massoud" && slices.Contains(f.Actor.Aliases, "Shah"):
			t.Errorf("%s known as %q: \"the Shah\" is a title's", f.Actor.Name, f.Actor.Aliases)
		case strings.Contains(f.Actor.Name, "Declaration"):
			t.Errorf("found %q (%s), a document", f.Actor.Name, f.Actor.Kind)
		case f.Actor.Name == "Amnesty International" && f.Actor.Kind != "other":
			t.Errorf("Amnesty International of kind %s, want other", f.Actor.Kind)
		}
	}
	un := slices.IndexFunc(finds, func(f extract.Found) bool { return f.Actor.Name == "United Nations" })
	if un < 0 || finds[un].Actor.Kind != "international-organization" {
		t.Fatalf("the United Nations not found as an international organization: %v", kindFound(finds, "international-organization"))
	}
	if !slices.Contains(finds[un].Actor.Aliases, "UN") {
		t.Errorf("the United Nations known as %q, want UN among them", finds[un].Actor.Aliases)
	}
	// And "UN" reads as it: "the UN envoy Lakhdar Brahimi" is the United Nations' envoy.
	var got []string
	for _, p := range rd.Read(doc) {
		if p.Tie.Subject == "lakhdar-brahimi" {
			got = append(got, p.Tie.Subject+" "+string(p.Tie.Kind)+" "+p.Tie.Object)
		}
	}
	if want := "lakhdar-brahimi membership " + finds[un].Actor.ID; !slices.Contains(got, want) {
		t.Errorf("Brahimi's ties %q, want %q", got, want)
	}
}
