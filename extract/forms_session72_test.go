package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/extract"
)

// session72Actors are the actors of this session's sentences.
func session72Actors() []alliances.Actor {
	return []alliances.Actor{
		{ID: "grivas", Name: "George Grivas", Aliases: []string{"Grivas"}, Kind: "individual"},
		{ID: "eoka-b", Name: "EOKA-B", Kind: "armed-group"},
		{ID: "sharaa", Name: "Ahmed al-Sharaa", Aliases: []string{"Sharaa"}, Kind: "individual"},
		{ID: "baghdadi", Name: "Abu Bakr al-Baghdadi", Kind: "individual"},
		{ID: "isi", Name: "Islamic State of Iraq", Kind: "armed-group"},
		{ID: "nusra", Name: "Nusra Front", Aliases: []string{"the Nusra Front"}, Kind: "armed-group"},
		{ID: "al-qaeda", Name: "al-Qaeda", Kind: "armed-group"},
		{ID: "htay-maung", Name: "Htay Maung", Kind: "individual"},
		{ID: "seventh-brigade", Name: "KNLA 7th Brigade", Aliases: []string{"the 7th Brigade"}, Kind: "armed-group"},
		{ID: "knu", Name: "Karen National Union", Aliases: []string{"KNU"}, Kind: "armed-group"},
		{ID: "spdc", Name: "SPDC", Kind: "state-organ"},
		{ID: "peace-council", Name: "KNU/KNLA Peace Council", Aliases: []string{"the KNU/KNLA Peace Council"}, Kind: "armed-group"},
		{ID: "mobutu", Name: "Mobutu", Kind: "individual"},
		{ID: "angola", Name: "Angola", Kind: "state"},
		{ID: "cuba", Name: "Cuba", Aliases: []string{"Havana"}, Kind: "state"},
		{ID: "soviet-union", Name: "Soviet Union", Kind: "state"},
		{ID: "djibouti", Name: "Djibouti", Aliases: []string{"the Government", "the Djiboutian army"}, Kind: "state"},
		{ID: "frud", Name: "FRUD", Aliases: []string{"the rebels"}, Kind: "armed-group"},
		{ID: "france", Name: "France", Aliases: []string{"Paris", "French"}, Kind: "state"},
		{ID: "dini", Name: "Ahmed Dini", Aliases: []string{"Dini"}, Kind: "individual"},
		{ID: "ougoureh", Name: "Ougoureh Kifleh Ahmed", Kind: "individual"},
		{ID: "daoud", Name: "Ali Mohamed Daoud", Kind: "individual"},
		{ID: "guelleh", Name: "Ismail Omar Guelleh", Aliases: []string{"Guelleh"}, Kind: "individual"},
		{ID: "idriss", Name: "Moussa Ahmed Idriss", Kind: "individual"},
		{ID: "odu", Name: "Unified Djiboutian Opposition", Aliases: []string{"ODU"}, Kind: "coalition"},
		{ID: "united-kingdom", Name: "United Kingdom", Aliases: []string{"British"}, Kind: "state"},
		{ID: "united-states", Name: "United States", Kind: "state"},
		{ID: "bolivia", Name: "Bolivia", Aliases: []string{"La Paz"}, Kind: "state"},
		{ID: "paraguay", Name: "Paraguay", Kind: "state"},
		{ID: "argentina", Name: "Argentina", Kind: "state"},
		{ID: "standard-oil", Name: "Standard Oil", Kind: "other"},
		{ID: "china", Name: "China", Aliases: []string{"Beijing"}, Kind: "state"},
		{ID: "mnf", Name: "Mizo National Front", Aliases: []string{"MNF"}, Kind: "armed-group"},
		{ID: "india", Name: "India", Aliases: []string{"Indian"}, Kind: "state"},
		{ID: "garrison", Name: "Aizawl garrison", Aliases: []string{"the garrison"}, Kind: "state-organ"},
		{ID: "truman", Name: "Harry Truman", Aliases: []string{"President Truman"}, Kind: "individual"},
		{ID: "macarthur", Name: "Douglas MacArthur", Aliases: []string{"MacArthur"}, Kind: "individual"},
		{ID: "m26-7", Name: "26th of July Movement", Aliases: []string{"the Movement"}, Kind: "armed-group"},
		{ID: "rebel-army", Name: "Rebel Army", Aliases: []string{"the Sierra"}, Kind: "armed-group"},
		{ID: "frank-pais", Name: "Frank País", Kind: "individual"},
		{ID: "gouled", Name: "Hassan Gouled Aptidon", Aliases: []string{"Gouled"}, Kind: "individual"},
		{ID: "barkat", Name: "Barkat Gourad Hamadou", Kind: "individual"},
		{ID: "kenya", Name: "Kenya", Kind: "state"},
		{ID: "kau", Name: "Kenya African Union", Kind: "party"},
		{ID: "kenyatta", Name: "Jomo Kenyatta", Aliases: []string{"Kenyatta"}, Kind: "individual"},
		{ID: "rwanda", Name: "Rwanda", Kind: "state"},
		{ID: "bizimungu", Name: "Pasteur Bizimungu", Kind: "individual"},
		{ID: "kagame", Name: "Paul Kagame", Aliases: []string{"Kagame"}, Kind: "individual"},
		{ID: "sindikubwabo", Name: "Théodore Sindikubwabo", Kind: "individual"},
		{ID: "pakistan", Name: "Pakistan", Aliases: []string{"Pakistani"}, Kind: "state"},
		{ID: "laldenga", Name: "Laldenga", Kind: "individual"},
		{ID: "chaco-commission", Name: "Chaco Commission", Aliases: []string{"the commission"}, Kind: "international-organization"},
		{ID: "league", Name: "League of Nations", Aliases: []string{"the League"}, Kind: "international-organization"},
		{ID: "neutrals", Name: "Commission of Neutrals", Kind: "international-organization"},
		{ID: "estigarribia", Name: "José Félix Estigarribia", Aliases: []string{"Estigarribia"}, Kind: "individual"},
		{ID: "morocco", Name: "Morocco", Aliases: []string{"Moroccan"}, Kind: "state"},
		{ID: "iaf", Name: "Inter-African Force", Aliases: []string{"a Moroccan-led force"}, Kind: "coalition"},
		{ID: "afar", Name: "Afar", Kind: "category"},
		{ID: "ethiopia", Name: "Ethiopia", Kind: "state"},
		{ID: "castro", Name: "Fidel Castro", Aliases: []string{"Castro"}, Kind: "individual"},
		{ID: "americans", Name: "Americans", Aliases: []string{"the Americans"}, Kind: "category"},
		{ID: "egp", Name: "EGP", Kind: "armed-group"},
		{ID: "orpa", Name: "ORPA", Kind: "armed-group"},
		{ID: "urng", Name: "URNG", Kind: "coalition"},
		{ID: "bio", Name: "Julius Maada Bio", Aliases: []string{"Bio"}, Kind: "individual"},
		{ID: "strasser", Name: "Valentine Strasser", Aliases: []string{"Strasser"}, Kind: "individual"},
		{ID: "poland", Name: "Poland", Kind: "state"},
		{ID: "greece", Name: "Greece", Aliases: []string{"the Greek government"}, Kind: "state"},
		{ID: "prd", Name: "Parti du Renouveau Démocratique", Aliases: []string{"PRD"}, Kind: "party"},
		{ID: "zoramthanga", Name: "Zoramthanga", Kind: "individual"},
		{ID: "dileita", Name: "Dileita Mohamed Dileita", Kind: "individual"},
	}
}

// TestFormsFromTheSeventhSessionsReviews: the forms this session's reviews and misses
// found read wrong. A second verb after "and" is the subject's, past an adverb after it
// and the list of those its first verb blamed ("Mobutu, meanwhile, blamed Angola, Cuba and
// the Soviet Union for the whole thing and broke off relations with Havana",
// shaba-1977 ¶9), and no object's where no name stands right before the first verb ("a
// young teacher who led the Movement's underground in Oriente, organised the Santiago
// rising and sent the first reinforcements and supplies to the Sierra", cuba-1956 ¶18). "The British firm Vickers" is no British state (chaco-1932 ¶22).
// One prosecuted "for selling machine guns to La Paz" sold them, not the prosecutor
// (¶23). One who urged a truce is no party to it ("to hold a truce Paris had urged on
// both", djibouti-1991 ¶10). A garrison relieved by a brigade is helped by it, a man
// relieved by a president removed (mizo-1966 ¶4). A candidate beaten in an election is
// opposed, not fought (djibouti-1991 ¶13). A relative clause after a state's men is
// theirs ("the Pakistani authorities, who supplied the MNF with rifles", mizo-1966 ¶7).
// An inquiry that found a war is no party to it ("It found that Paraguay declared war on
// Bolivia", chaco-1932 ¶14). One trained at a state's college was trained by the state
// ("trained in Chile and at the French war college", ¶21). A common noun one actor goes
// by ("the commission") makes no other actor whose name holds it its part ("the
// Commission of Neutrals", ¶20). A state that became independent from another is no foe
// of it for that, one that fought for it is ("Djibouti became independent from France in
// June 1977", djibouti-1991 ¶8). "A Moroccan-led force" is led by Morocco, no part of it
// (shaba-1977 ¶17). Civilians who flee to a state are sheltered by no party (djibouti-1991
// ¶11), and one warned "beforehand" is tipped off, not threatened (shaba-1977 ¶15).
// Groups "united in" a body are its members (after guatemala-1960 ¶13). "Its own quarrel"
// is the clause's subject's, not its object's ("Islamabad used the Front in its own
// quarrel with India", mizo-1966 ¶12). One who removed a man, or broke up a party's
// rallies, coerced it ("Bio removed Strasser", sierra-leone-1991 ¶6; "The police have
// broken up rallies of the PRD", djibouti-1991 ¶17); "children removed from the northern
// villages" were removed by no one named (greece-1946 ¶17). A verb of founding or leading joined by "and" to one with no object
// shares its subject ("In 1971 Grivas returned and founded EOKA-B", cyprus-1974 ¶6), as
// it does past a relative clause on the subject itself ("Htay Maung, commander of the 7th
// Brigade, who took several hundred men out of the KNU ..., made peace with the SPDC ...
// and founded the KNU/KNLA Peace Council", karen-1949 ¶19), but not past one on another
// name ("set up the Nusra Front, which refused to merge ... and pledged allegiance to
// al-Qaeda", syria-2024 ¶15).
func TestFormsFromTheSeventhSessionsReviews(t *testing.T) {
	checkForms(t, session72Actors(), []formCase{
		{"and founded", "In 1971 Grivas returned and founded EOKA-B.",
			[]string{"grivas membership eoka-b"}, nil},
		{"who ..., and founded", "In 2007 Htay Maung, commander of the 7th Brigade, who took several hundred men out of the KNU in January 2007, made peace with the SPDC in February and founded the KNU/KNLA Peace Council.",
			[]string{"htay-maung membership peace-council"}, nil},
		{"which ..., and pledged", "Sharaa was sent into Syria in 2011 by Abu Bakr al-Baghdadi, then leader of the Islamic State of Iraq, and set up the Nusra Front, which refused to merge with Baghdadi's group in 2013 and pledged allegiance to al-Qaeda instead.",
			nil, []string{"sharaa membership al-qaeda"}},
		{"meanwhile, blamed, and broke off", "In 1977 Mobutu, meanwhile, blamed Angola, Cuba and the Soviet Union for the whole thing and broke off relations with Havana.",
			[]string{"mobutu coercion cuba"}, []string{"angola coercion cuba", "soviet-union coercion cuba"}},
		{"led, and sent", "Frank País (1934–1957): a young teacher who led the Movement's underground in Oriente, organised the Santiago rising and sent the first reinforcements and supplies to the Sierra.",
			nil, []string{"m26-7 support rebel-army"}},
		{"a state's firm", "In 1930 Bolivia's arms came largely from the British firm Vickers under contracts of the 1920s.",
			nil, []string{"united-kingdom support bolivia"}},
		{"prosecuted for selling", "In 1934 the United States embargoed arms to both in 1934 and prosecuted Curtiss-Wright for selling machine guns to La Paz.",
			nil, []string{"united-states support bolivia"}},
		{"thanked for helping", "In 1934 the United States thanked Argentina for helping Paraguay.",
			[]string{"argentina support paraguay"}, []string{"united-states support paraguay"}},
		{"a truce urged", "In February 1992 French troops were deployed between the rebels and the Djiboutian army around Tadjourah to hold a truce Paris had urged on both.",
			[]string{"frud agreement djibouti"}, []string{"frud agreement france", "djibouti agreement france"}},
		{"relieved by, a garrison", "In March 1966 the garrison was relieved by an Indian Army brigade which fought its way up from Silchar.",
			[]string{"india support garrison"}, []string{"india coercion garrison"}},
		{"relieved by, a man", "In April 1951 MacArthur was relieved by President Truman.",
			[]string{"truman coercion macarthur"}, nil},
		{"the state's men, who", "From 1966 Laldenga lived in the hills under the protection of the Pakistani authorities, who supplied the MNF with rifles, paid it a monthly allowance and trained MNA cadres in camps near the border.",
			[]string{"pakistan support mnf"}, nil},
		{"found that", "In 1933 the League sent the Chaco Commission. It found that Paraguay declared war on Bolivia in May 1933.",
			[]string{"paraguay hostility bolivia"}, []string{"league hostility bolivia", "chaco-commission hostility bolivia"}},
		{"trained at", "In 1932 Estigarribia, the Paraguayan commander, trained in Chile and at the French war college, used them.",
			[]string{"france support estigarribia"}, []string{"estigarribia support france"}},
		{"a name's common noun", "In 1929 the Commission of Neutrals met in Washington, and the League sent the Chaco Commission in 1933.",
			nil, []string{"neutrals membership chaco-commission"}},
		{"became independent", "Djibouti became independent from France in June 1977 after a long campaign.",
			nil, []string{"djibouti opposition france"}},
		{"fought for independence", "In 1977 the FRUD fought for independence from France, and it won.",
			[]string{"frud opposition france"}, nil},
		{"a state-led force", "In June 1978 a Moroccan-led force took over Shaba's security for Mobutu.",
			[]string{"morocco membership iaf"}, []string{"iaf membership morocco"}},
		{"civilians fled to", "In 1993 thousands of Afar civilians fled to Ethiopia during the offensive.",
			nil, []string{"ethiopia support afar"}},
		{"a man fled to", "In 1993 Dini fled to Ethiopia during the offensive.",
			[]string{"ethiopia support dini"}, nil},
		{"warned beforehand", "In 1977 Castro said he had even warned the Americans beforehand.",
			nil, []string{"castro opposition americans"}},
		{"its own quarrel", "First, Pakistan's patronage was never unconditional: in 1966 Pakistan used the MNF in its own quarrel with India, and Dacca's officials kept Laldenga on a short leash.",
			[]string{"pakistan rivalry india"}, []string{"mnf rivalry india"}},
		{"removed", "Bio removed Strasser on 16 January 1996 and allowed elections.",
			[]string{"bio coercion strasser"}, nil},
		{"removed, a participle", "In 1949 Poland took in guerrilla wounded and several thousand children removed from the northern villages, a removal the Greek government denounces as abduction.",
			nil, []string{"poland coercion greece"}},
		{"rallies broken up", "In 2000 Djibouti's police have broken up rallies of the PRD in the capital.",
			[]string{"djibouti coercion prd"}, nil},
		{"united in", "In 1982 the EGP and ORPA united in the URNG.",
			[]string{"orpa membership urng"}, nil},
		{"beat the candidate", "In 1999 Guelleh beat Moussa Ahmed Idriss, the candidate of the Unified Djiboutian Opposition (ODU), which alleged fraud.",
			[]string{"guelleh opposition idriss"}, []string{"guelleh hostility idriss"}},
	})
}

// TestClaimsOfTheSeventhSessionsReviews: a deed told after an accusation's second "of" is
// alleged ("accusing it of refusing fuel to the army and of smuggling oil to Argentina",
// chaco-1932 ¶22), and so is one told as "the claim that" or resting on thin evidence
// ("the claim that Beijing armed the MNF in quantity rests on thin evidence", mizo-1966
// ¶12); the plain statement stays reported.
func TestClaimsOfTheSeventhSessionsReviews(t *testing.T) {
	for _, c := range []struct {
		text, tie string
		want      alliances.Status
	}{
		{"In 1937 Bolivia turned on Standard Oil, accusing it of refusing fuel to the army and of smuggling oil to Argentina.", "standard-oil support argentina", alliances.Alleged},
		{"In 1970 the claim that Beijing armed the MNF in quantity was old.", "china support mnf", alliances.Alleged},
		{"In 1970 Beijing armed the MNF, on thin evidence.", "china support mnf", alliances.Alleged},
		{"In 1970 Beijing armed the MNF.", "china support mnf", alliances.Reported},
	} {
		rules := extract.DefaultRules()
		rd := extract.NewReader(rules, session72Actors())
		rd.Source, rd.Date = "report", edtf.MustParse("2021-09-09")
		text := c.text + " This sentence only makes the paragraph long enough to count as one of the body."
		found := false
		for _, p := range rd.Read(extract.Read("report.txt", text, rules)) {
			if p.Tie.Subject+" "+string(p.Tie.Kind)+" "+p.Tie.Object == c.tie && p.Confidence >= 0.5 {
				found = true
				if p.Tie.Status != c.want {
					t.Errorf("%q: %s is %s, want %s", c.text, c.tie, p.Tie.Status, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s proposed", c.text, c.tie)
		}
	}
}

// TestPostsOfTheSeventhSession: a state's post held, told after the name ("Ahmed Dini had
// been the country's first prime minister", djibouti-1991 ¶9; "Souvanna was prime
// minister again", laos-1960 ¶8; "he was president from January to July 1959",
// cuba-1956 ¶22), or given "with" a name "as" the post ("a government of national unity
// with Pasteur Bizimungu as president and Kagame as vice-president", rwanda-1990 ¶15),
// is of the state the text or the list of rulers gives; a post under a man, named before
// the holder in capitals, is of the state the text gave the man a post in ("Gouled's
// Prime Minister, Barkat Gourad Hamadou", after djibouti-1991 ¶8). Not a body's post
// ("the Kenya African Union, of which he was president", kenya-1952 ¶6), nor the posts
// of an interim body a sentence forms ("an interim government was formed, with
// Théodore Sindikubwabo as president", rwanda-1990 ¶11). A post in apposition with no
// article is one where its time follows it ("Hassan Gouled Aptidon, President from
// independence until 1999,", djibouti-1991 ¶8). A post one "succeeded" another
// "as" is the successor's ("Zoramthanga succeeded Laldenga as president of the MNF",
// after mizo-1966 ¶11; "He succeeded Carson as leader of the Ulster Unionist Party",
// ireland-1919 ¶6), and one named after "was succeeded by" takes the post of the one
// succeeded, in the state the list of rulers or the text gives him ("he retired in March
// 2001 and was succeeded by Dileita Mohamed Dileita", djibouti-1991 ¶8). Two who "entered
// the cabinet" took posts, they made no move together (djibouti-1991 ¶12).
func TestPostsOfTheSeventhSession(t *testing.T) {
	checkForms(t, session72Actors(), []formCase{
		{"had been the country's first", "Djibouti became independent in 1977 and Djibouti fought the FRUD from 1991. In 1977 Ahmed Dini had been the country's first prime minister.",
			[]string{"dini membership djibouti"}, nil},
		{"a man's Prime Minister", "In 1977 Gouled became president of Djibouti. In 1980 Gouled's Prime Minister, Barkat Gourad Hamadou, visited Paris.",
			[]string{"barkat membership djibouti"}, nil},
		{"with X as president", "In July 1994 the RPF formed a government of national unity in Rwanda, with Pasteur Bizimungu as president and Kagame as vice-president.",
			[]string{"bizimungu membership rwanda", "kagame membership rwanda"}, nil},
		{"an interim body's", "In April 1994 an interim government was formed in Rwanda, with Théodore Sindikubwabo as president.",
			nil, []string{"sindikubwabo membership rwanda"}},
		{"succeeded as", "In 1990 Zoramthanga succeeded Laldenga as president of the MNF.",
			[]string{"zoramthanga membership mnf"}, []string{"laldenga membership mnf"}},
		{"a post with no article", "Hassan Gouled Aptidon, President from independence until 1999, had led the independence movement with Ahmed Dini at his side.",
			[]string{"gouled membership djibouti"}, nil},
		{"was succeeded by", "In 1980 Barkat Gourad Hamadou was prime minister. In 2001 Barkat Gourad Hamadou retired and was succeeded by Dileita Mohamed Dileita.",
			[]string{"dileita membership djibouti"}, nil},
		{"entered the cabinet", "In June 1995 Ougoureh Kifleh Ahmed and Ali Mohamed Daoud entered the cabinet.",
			nil, []string{"ougoureh cooperation daoud"}},
		{"of which he was president", "In Kenya the settlers of Kenya feared the Mau Mau, and Kenya's police hunted them. In 1952 the prosecutors said Kenyatta was managing Mau Mau from behind the Kenya African Union, of which he was president.",
			nil, []string{"kenyatta membership kenya"}},
	})
}

// TestAPostOnAnOldWarIsNotItsTime: the date line over a forum post ("#4 Old_Africa_Hand |
// 2 Apr 2011, 17:20") dates what the post tells only where the post, or the posts before
// it where it names no year, tell of no time more than ten years before it: a post on
// the Shaba war of 1977 tells of 1977 (shaba-1977 ¶8), a post on the week's news of its
// week.
func TestAPostOnAnOldWarIsNotItsTime(t *testing.T) {
	actors := []alliances.Actor{
		{ID: "north-korea", Name: "North Korea", Aliases: []string{"the North Koreans"}, Kind: "state"},
		{ID: "kamanyola", Name: "Kamanyola Division", Kind: "state-organ"},
		{ID: "fnlc", Name: "FNLC", Kind: "armed-group"},
		{ID: "angola", Name: "Angola", Kind: "state"},
	}
	for _, c := range []struct{ text, tie, year string }{
		{"#1 Kasai_Rifles | 12 Mar 2011, 22:41\n\nIn March 1977 the FNLC crossed from Angola into Shaba, and nobody agrees who sent them.\n\n" +
			"#4 Old_Africa_Hand | 2 Apr 2011, 17:20\n\nOn Shaba I, people forget how much of an outside job the rescue was. Mobutu's Kamanyola Division, trained by the North Koreans, ran rather than fight.\n",
			"north-korea support kamanyola", "1977"},
		{"#1 Kasai_Rifles | 12 Mar 2011, 22:41\n\nIn March 2011 the FNLC crossed from Angola into Shaba, and nobody agrees who sent them.\n\n" +
			"#4 Old_Africa_Hand | 2 Apr 2011, 17:20\n\nOn the new war, people forget how much of an outside job the rescue was. Mobutu's Kamanyola Division, trained by the North Koreans, ran rather than fight.\n",
			"north-korea support kamanyola", "2011"},
	} {
		rules := extract.DefaultRules()
		rd := extract.NewReader(rules, actors)
		rd.Source, rd.Date = "report", edtf.MustParse("2014-04-14")
		found := false
		for _, p := range rd.Read(extract.Read("thread.txt", c.text, rules)) {
			if p.Tie.Subject+" "+string(p.Tie.Kind)+" "+p.Tie.Object != c.tie {
				continue
			}
			found = true
			if got := p.Tie.Valid.String(); !strings.HasPrefix(got, c.year) {
				t.Errorf("%s valid %s, want %s (%s)", c.tie, got, c.year, p.Cues)
			}
		}
		if !found {
			t.Errorf("no %s proposed", c.tie)
		}
	}
}

// TestANewCaseOfTheSeventhSessionsReviews: a new case finds a man whose name a post of one
// word follows before "of" without the post ("which elected Abdiqassim Salad Hassan
// President of a Transitional National Government", djibouti-1991 ¶20), and no man in a
// kind of government named before its noun ("A year later the Union government outlawed
// the Front", mizo-1966 ¶4).
func TestANewCaseOfTheSeventhSessionsReviews(t *testing.T) {
	text := "In 2000 Djibouti hosted the Somali peace conference at Arta, which elected Abdiqassim Salad Hassan President of a Transitional National Government. " +
		"In 2001 Abdiqassim Salad Hassan went to Mogadishu.\n\n" +
		"On the night of 28 February 1966 MNA columns struck the posts of the Assam Rifles, the Union's paramilitary force in the hills, at Aizawl. A year later, in March 1967, the Union government outlawed the Front.\n\n" +
		"A third paragraph, so that lines are no paragraphs of their own."
	_, _, finds := discover(text)
	var names []string
	for _, f := range finds {
		names = append(names, f.Actor.Name)
	}
	for _, bad := range []string{"Abdiqassim Salad Hassan President", "Union"} {
		if slices.Contains(names, bad) {
			t.Errorf("found %q, want no %q", names, bad)
		}
	}
	if !slices.Contains(names, "Abdiqassim Salad Hassan") {
		t.Errorf("found %q, want Abdiqassim Salad Hassan", names)
	}
}
