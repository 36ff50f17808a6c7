package extract_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer"
	"github.com/alliances-project/alliances/casefile"
	"github.com/alliances-project/alliances/cases"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/extract"
	"github.com/alliances-project/alliances/internal/shareddata"
	"github.com/alliances-project/alliances/sqlstore"
)

var actors = []alliances.Actor{
	{ID: "taliban", Name: "Taliban", Kind: "armed-group"},
	{ID: "pakistan", Name: "Pakistan", Kind: "state"},
	{ID: "iran", Name: "Iran", Kind: "state"},
	{ID: "russia", Name: "Russia", Kind: "state"},
	{ID: "jamiat", Name: "Jami'at-i Islami", Aliases: []string{"Jamiat"}, Kind: "party"},
	{ID: "hizb-e-islami", Name: "Hizb-e Islami", Kind: "party"},
	{ID: "hekmatyar", Name: "Gulbuddin Hekmatyar", Aliases: []string{"Hekmatyar"}, Kind: "individual"},
}

func read(t *testing.T, text string) []extract.Proposal {
	t.Helper()
	rules := extract.DefaultRules()
	rd := extract.NewReader(rules, actors)
	rd.Source, rd.Date = "report", edtf.MustParse("2021-09-09")
	return rd.Read(extract.Read("report.txt", text, rules))
}

func TestParagraphsAndSentences(t *testing.T) {
	text := "A Title Line\n\nThe Taliban fighters on a road in Kabul, the capital of the country, at dawn. (Photo by Someone/AFP via Getty Images)\n\n" +
		"The U.S. withdrawal began in 2011 and went on for ten years, under three presidents of the United States. It ended in 2021.\n\n" +
		"A Heading\n\nPakistan resumed its support for the Taliban in 2004, when its army grew impatient with the government in Kabul and its allies."
	d := extract.Read("r.txt", text, extract.DefaultRules())
	if len(d.Paragraphs) != 2 {
		t.Fatalf("%d paragraphs, want 2 (the title, the caption and the heading are not the body's)", len(d.Paragraphs))
	}
	p := d.Paragraphs[0]
	if p.N != 1 || len(p.Sentences) != 2 {
		t.Fatalf("¶1 has %d sentences, want 2 (U.S. ends no sentence)", len(p.Sentences))
	}
	if got := text[p.Sentences[1].Start:p.Sentences[1].End]; got != "It ended in 2021." {
		t.Errorf("the second sentence by its offsets = %q", got)
	}
	if d.Paragraphs[1].N != 2 || !strings.HasPrefix(text[d.Paragraphs[1].Start:], "Pakistan resumed") {
		t.Errorf("¶2 starts at %q", text[d.Paragraphs[1].Start:d.Paragraphs[1].Start+20])
	}
}

func TestReaderProposesWhatTheSentencesState(t *testing.T) {
	pad := " This sentence only makes the paragraph long enough to count as one of the body."
	for _, c := range []struct {
		name, text string
		want       string // subject kind object valid status, or "" for none
		attributed string
		forms      []alliances.Form
	}{
		{"active", "Pakistan resumed its support for the Taliban in 2004.", "pakistan support taliban 2004 reported", "", nil},
		{"passive, from a year on", "The Taliban were backed by Iran from 2011 onward.", "iran support taliban 2011/.. reported", "", nil},
		{"negation", "Russia did not support the Taliban in 2010.", "", "", nil},
		{"hedge and a form", "Iran reportedly armed the Taliban by 2018.", "iran support taliban /2018 alleged", "", []alliances.Form{alliances.Weapons}},
		{"attribution", "According to Taliban sources, Russia supplied weapons to the Taliban in 2017.", "russia support taliban 2017 alleged", "Taliban sources", []alliances.Form{alliances.Weapons}},
		{"joined before a symmetric cue", "The Taliban and Jami'at have been jointly taxing mining in 2015.", "taliban cooperation jamiat 2015 reported", "", nil},
		{"possessive leader", "Gulbuddin Hekmatyar's Hizb-e Islami signed a peace deal in 2016.", "hekmatyar membership hizb-e-islami 2016 reported", "", nil},
		{"no time: before the document", "Iran supported the Taliban.", "iran support taliban /2021-09-09 reported", "", nil},
		{"the time nearest the cue", "Parties of the 2001 conference faded, and Jami'at reached an understanding with the Taliban in spring 2021.",
			"jamiat agreement taliban 2021-21 reported", "", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			props := read(t, c.text+pad)
			var got []string
			for _, p := range props {
				got = append(got, strings.Join([]string{p.Tie.Subject, string(p.Tie.Kind), p.Tie.Object, p.Tie.Valid.String(), string(p.Tie.Status)}, " "))
			}
			if c.want == "" {
				if len(props) != 0 {
					t.Errorf("proposed %v, want nothing", got)
				}
				return
			}
			i := slices.Index(got, c.want)
			if i < 0 {
				t.Fatalf("proposed %v, want %q", got, c.want)
			}
			p := props[i]
			if cite := p.Tie.Citations[0]; cite.Locator != "¶1" || cite.Source != "report" || cite.AttributedTo != c.attributed {
				t.Errorf("citation %+v, want report ¶1 attributed to %q", cite, c.attributed)
			}
			if !slices.Equal(p.Tie.Forms, c.forms) {
				t.Errorf("forms %v, want %v", p.Tie.Forms, c.forms)
			}
			if len(p.Cues) == 0 || !strings.HasPrefix(p.Cues[0], "cue: ") && !strings.HasPrefix(p.Cues[0], "possessive") {
				t.Errorf("cues %v: want the words that led to it first", p.Cues)
			}
			if !strings.Contains(p.Quote, strings.Fields(c.text)[0]) {
				t.Errorf("quote %q is not the sentence", p.Quote)
			}
		})
	}
}

// TestReaderReadsTheFormsOfReports: each case is one way reports state a tie (or seem to
// and do not), written here for the purpose; the reader must read it so, and propose
// nothing it lists as refused.
func TestReaderReadsTheFormsOfReports(t *testing.T) {
	more := append(slices.Clone(actors),
		alliances.Actor{ID: "egypt", Name: "Egypt", Kind: "state"},
		alliances.Actor{ID: "united-states", Name: "United States", Aliases: []string{"U.S."}, Kind: "state"},
		alliances.Actor{ID: "mohamed-morsi", Name: "Mohamed Morsi", Kind: "individual"},
		alliances.Actor{ID: "ashraf-ghani", Name: "Ashraf Ghani", Kind: "individual"},
		alliances.Actor{ID: "qassem-soleimani", Name: "Qassem Soleimani", Kind: "individual"},
		alliances.Actor{ID: "islamic-republic", Name: "Islamic Republic of Afghanistan", Aliases: []string{"Islamic Republic"}, Kind: "state"},
		alliances.Actor{ID: "taliban-hardliners", Name: "Taliban hardliners", Kind: "faction"},
		alliances.Actor{ID: "pakistan-military", Name: "Pakistani military", Kind: "state-organ"},
		alliances.Actor{ID: "iskp", Name: "Islamic State in Khorasan", Kind: "armed-group"},
		alliances.Actor{ID: "jabhat-al-nusra", Name: "Jabhat al-Nusra", Kind: "armed-group"},
		alliances.Actor{ID: "assyrian-forces", Name: "Assyrian forces", Kind: alliances.Category},
		alliances.Actor{ID: "babylon-brigades", Name: "Babylon Brigades", Kind: "militia"},
		alliances.Actor{ID: "dwekh-nawsha", Name: "Dwekh Nawsha", Kind: "militia"},
		alliances.Actor{ID: "anti-taliban-coalition", Name: "Anti-Taliban coalition", Kind: "coalition"},
		alliances.Actor{ID: "karzai-police", Name: "Police officers loyal to Karzai and other southern notables", Kind: "militia"},
		alliances.Actor{ID: "hamid-karzai", Name: "Hamid Karzai", Kind: "individual"},
		alliances.Actor{ID: "jamiat-west", Name: "Jami'at commanders in western Afghanistan", Kind: "faction"},
		alliances.Actor{ID: "jamiat-northeast", Name: "Jami'at commanders in Badakhshan and the northeast", Kind: "faction"},
	)
	pad := " This sentence only makes the paragraph long enough to count as one of the body."
	for _, c := range []struct {
		name, text string
		want       []string // subject kind object, each among the proposals
		refused    []string // subject kind object, none among them
	}{
		{"a post before the name", "Egyptian President Mohamed Morsi condemned Iran in 2013.",
			[]string{"mohamed-morsi membership egypt", "mohamed-morsi opposition iran"}, nil},
		{"a post after the name", "Ashraf Ghani, the president of the Islamic Republic, met Russia in 2019.",
			[]string{"ashraf-ghani membership islamic-republic"}, nil},
		{"a surname alone", "In 2020 Ghani opposed the Taliban openly.", []string{"ashraf-ghani opposition taliban"}, nil},
		{"a spelling with one letter less", "Qasem Soleimani supported the Taliban in 2015.", []string{"qassem-soleimani support taliban"}, nil},
		{"a name's head alone", "In 2016 the Taliban fought the Islamic State in the east.", []string{"taliban hostility iskp"}, nil},
		{"a name holding another's", "Taliban hardliners opposed Pakistan in 2021.", []string{"taliban-hardliners membership taliban", "taliban-hardliners opposition pakistan"}, nil},
		{"the possessive of a demonym's state", "In 2004 Pakistan's military backed the Taliban.", []string{"pakistan-military support taliban"}, nil},
		{"a state as a place", "In 2019 the Taliban fought in Iran and in eastern Pakistan.", nil, []string{"taliban hostility iran", "taliban hostility pakistan"}},
		{"a participle with its agent", "In 2019 Taliban commanders were attacked by Iran.", []string{"iran hostility taliban"}, []string{"taliban hostility iran"}},
		{"a participle without one", "In 2019 the Taliban were supported, and Iran watched.", nil, []string{"iran support taliban", "taliban support iran"}},
		{"a clause's edge", "Russia provided support in 2019, and Pakistan stayed out of the war.", nil, []string{"russia support pakistan"}},
		{"a town and its state", "In 2016 Jami'at fought the Taliban at Kilis, Iran, for a week.",
			[]string{"jamiat hostility taliban"}, []string{"taliban hostility iran", "jamiat hostility iran"}},
		{"a date before a comma is no town", "On 16 July, Iran attacked the Taliban near the border in 2016.", []string{"iran hostility taliban"}, nil},
		{"a name's short form", "In 2015 Nusra attacked the Taliban in the north.", []string{"jabhat-al-nusra hostility taliban"}, nil},
		{"the article as it sounds", "In 2015 Jabhat an-Nusra attacked the Taliban in the north.", []string{"jabhat-al-nusra hostility taliban"}, nil},
		{"a semicolon's edge", "In 2019 Russia armed its own militias; the Taliban kept out of it.", nil, []string{"russia support taliban"}},
		{"a short name two actors share, told apart by the sentence", "In June 2021 Jami'at commanders made deals with the Taliban in western Afghanistan.",
			[]string{"jamiat-west agreement taliban"}, []string{"jamiat-northeast agreement taliban"}},
		{"a short name two actors share, not told apart", "In June 2021 Jami'at commanders made deals with the Taliban in the south.",
			nil, []string{"jamiat-west agreement taliban", "jamiat-northeast agreement taliban"}},
		{"a list after a colon", "In 2014 the Assyrian forces included: Babylon Brigades and Dwekh Nawsha, in the Nineveh plain.",
			[]string{"babylon-brigades membership assyrian-forces", "dwekh-nawsha membership assyrian-forces"}, nil},
		{"a noun's agent after 'by'", "In 2014 Russia welcomed an airstrike campaign by Iran on the Taliban's positions.",
			nil, []string{"russia hostility iran"}},
		{"a participle after a comma", "In July 2018, Pakistan and Russia launched an operation against their rivals, supported by Iran.",
			[]string{"iran support pakistan", "iran support russia"}, nil},
		{"against, not part of", "In 2019 the Anti-Taliban coalition faced the Taliban near Kabul.",
			[]string{"anti-taliban-coalition hostility taliban"}, []string{"anti-taliban-coalition membership taliban"}},
		{"a sentence by a court", "In May 2019, Taliban fighters named Ashraf Ghani and Qasem Soleimani were sentenced to death by an Iranian court.",
			[]string{"iran coercion ashraf-ghani", "ashraf-ghani membership taliban"}, nil},
		{"the target of a noun, its agent after 'by'", "The massacre of Jami'at fighters by the Taliban in 1998 drove Iran to the brink of war.",
			[]string{"taliban hostility jamiat"}, []string{"jamiat hostility iran"}},
		{"one along with another", "In 2016 the Taliban, along with Jami'at, also attacked Iran's border posts in the west.",
			[]string{"taliban cooperation jamiat", "jamiat hostility iran"}, nil},
		{"an agreement signed between two", "In 2017 a ceasefire agreement was signed between Jami'at and the Taliban in the town.",
			[]string{"jamiat agreement taliban"}, nil},
		{"a post after an article", "In 2013 Ashraf Ghani, an Iranian commander, was stopped at a checkpoint of the Taliban.",
			[]string{"ashraf-ghani membership iran"}, nil},
		{"a head with what qualifies it", "In 2021 police officers loyal to former president Hamid Karzai and to other southern notables sealed deals with the Taliban.",
			[]string{"karzai-police agreement taliban", "karzai-police alliance hamid-karzai"}, []string{"hamid-karzai agreement taliban", "hamid-karzai membership karzai-police"}},
		{"a subordinate clause closed by its comma", "When Jami'at signed a peace deal in 2016, the Taliban were upset and attacked its men.",
			nil, []string{"jamiat agreement taliban"}},
		{"a possessive is no list", "In 2016 Gulbuddin Hekmatyar's Hizb-e Islami signed a peace deal with Iran after long talks.",
			[]string{"hizb-e-islami agreement iran", "hekmatyar membership hizb-e-islami"}, []string{"hekmatyar agreement hizb-e-islami"}},
		{"the two", "In 2017 the honeymoon between Iran and the Taliban did not last long, and soon the two were at loggerheads.",
			[]string{"iran alliance taliban", "iran rivalry taliban"}, nil},
		{"subjects acting in concert", "In 2021 Russians, Iranians, and Pakistanis lobbied the Taliban, often in a coordinated way.",
			[]string{"iran cooperation russia", "pakistan cooperation iran"}, nil}, // a symmetric tie names its actors in either order
		{"a subject set aside", "In 2001, except for Pakistan, the neighbours feared the Taliban and their rise to power.", nil, []string{"pakistan opposition taliban"}},
		{"a channel set aside", "In 2019 Russia provided support to the Taliban through Pakistan.", []string{"russia support taliban"}, []string{"russia support pakistan"}},
		{"a relative clause", "The Iranians, who had been supporting the Taliban, saw them as an asset in 2016.", []string{"iran support taliban"}, nil},
		{"two names joined by a hyphen", "The U.S.-Taliban talks began in 2018 in Doha.", []string{"united-states negotiation taliban"}, nil},
		{"a verb sharing its subject", "In 2021 Russia and Iran lobbied the old guard and mediated between Pakistan and the Taliban.",
			[]string{"russia mediation pakistan", "iran mediation pakistan"}, nil},
		{"a cue with no actor before it (below the default threshold)", "The Taliban grew stronger in the north in 2019. Relations were established with Jami'at in the same year.",
			[]string{"taliban favour jamiat 0.45"}, nil},
		{"an unknown name before the cue", "The Taliban grew stronger in the north in 2019. The al-Nusra Front attacked Jami'at in the same year.",
			nil, []string{"taliban hostility jamiat 0.45"}},
		{"between one and the other", "In 2019 clashes broke out between Iran and the Taliban near the border.", []string{"iran hostility taliban"}, nil},
		{"a rejected cooperation", "In 2015 the Taliban rejected any cooperation with Iran on the border.", nil, []string{"taliban cooperation iran"}},
		{"their allies", "In 2017 Iran and its allies fought on one side and the Taliban on the other.", nil, []string{"iran alliance taliban"}},
		{"a table is no sentence", "| year | party | act | other |\n|---|---|---|---|\n| 2019 | Taliban | fought | Iran |\n| 2020 | Russia | backed | Taliban |",
			nil, []string{"taliban hostility iran", "russia support taliban"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			rules := extract.DefaultRules()
			rd := extract.NewReader(rules, more)
			rd.Source, rd.Date = "report", edtf.MustParse("2021-09-09")
			text := c.text
			if !strings.HasPrefix(text, "|") {
				text += pad
			}
			var got []string
			for _, p := range rd.Read(extract.Read("report.txt", text, rules)) {
				tie := p.Tie.Subject + " " + string(p.Tie.Kind) + " " + p.Tie.Object
				if p.Confidence >= 0.5 {
					got = append(got, tie)
				} else {
					got = append(got, fmt.Sprintf("%s %.2f", tie, p.Confidence)) // shown at a lower threshold only
				}
			}
			for _, w := range c.want {
				if !slices.Contains(got, w) {
					t.Errorf("proposed %q, want %q among them", got, w)
				}
			}
			for _, r := range c.refused {
				if slices.Contains(got, r) {
					t.Errorf("proposed %q, want no %q", got, r)
				}
			}
		})
	}
}

func TestMonthTakesTheParagraphsYear(t *testing.T) {
	props := read(t, "The Taliban's campaign reached the north in 2021, as the foreign troops were leaving the country. "+
		"In late June, the Taliban made a deal with Jami'at commanders in the west of the country.")
	if len(props) != 1 || props[0].Tie.Valid.String() != "2021-06~" || props[0].Tie.Kind != alliances.Agreement {
		t.Fatalf("proposals %+v, want one agreement in 2021-06~", props)
	}
}

// TestAgreementTakesItsType: the words of an agreement's sentence give its type, which
// decides its sign (a cease-fire does not align its parties, a defection deal does); an
// agreement whose sentence gives none has none, and less confidence.
func TestAgreementTakesItsType(t *testing.T) {
	for _, c := range []struct {
		text string
		typ  alliances.AgreementType
	}{
		{"In 2019 Jami'at agreed a ceasefire with the Taliban in the north, after months of fighting.", alliances.CeaseFire},
		{"In 2021 Jami'at defected and made a deal with the Taliban in the north of the country.", alliances.DefectionDeal},
		{"In 2021 Jami'at made a deal with the Taliban in the north of the country, as many had foreseen.", ""},
	} {
		var got []string
		for _, p := range read(t, c.text) {
			if p.Tie.Kind == alliances.Agreement {
				got = append(got, string(p.Tie.Type))
				if (c.typ == "") != (p.Confidence < 0.7) { // 0.8 typed beside its parties, 0.6 not
					t.Errorf("%q: confidence %.2f; a typeless agreement is the less sure", c.text, p.Confidence)
				}
			}
		}
		if len(got) != 1 || got[0] != string(c.typ) {
			t.Errorf("%q: agreements of types %q, want one of type %q", c.text, got, c.typ)
		}
	}
}

// TestHeadingGivesTheYear: a date without a year under a heading that names one ("###
// 2013", as Wikipedia's timelines have them) takes the heading's year.
func TestHeadingGivesTheYear(t *testing.T) {
	props := read(t, "### 2013\n\nOn 16 July, the Taliban attacked Iran's border posts near the river, and in the hills around them.\n")
	if len(props) != 1 || props[0].Tie.Valid.String() != "2013-07~" {
		t.Fatalf("proposals %+v, want one in 2013-07~ (July of the heading's year)", props)
	}
}

// TestMeasureTimes: of the proposals that find a tie, those whose time the text gives
// are counted, and among them those whose days overlap the tie's.
func TestMeasureTimes(t *testing.T) {
	gold := []alliances.Tie{{ID: "g", Subject: "iran", Object: "taliban", Kind: alliances.Support, Valid: edtf.MustParse("2016/2018")}}
	prop := func(valid, cue string) extract.Proposal {
		return extract.Proposal{Tie: alliances.Tie{Subject: "iran", Object: "taliban", Kind: alliances.Support, Valid: edtf.MustParse(valid)},
			Confidence: 0.8, Cues: []string{"cue: armed", cue}}
	}
	s := extract.Measure([]extract.Proposal{prop("2017", "time: in 2017"), prop("2005", "time: in 2005"), prop("/2021-09-09", "no time: before the document")}, gold, 0.5)
	if s.Correct != 3 || s.Dated != 2 || s.TimeAgree != 1 {
		t.Errorf("correct %d, dated %d, agreeing %d; want 3, 2 (the third has no time of the text's), 1 (2005 is not 2016-2018)", s.Correct, s.Dated, s.TimeAgree)
	}
}

// TestMeasure counts by hand: three proposals, two of which find one of the three ties
// of the annotation (one of them with another kind of the same layer and sign), and one
// below the threshold.
func TestMeasure(t *testing.T) {
	tie := func(s string, k alliances.Kind, o string) alliances.Tie {
		return alliances.Tie{ID: s + "-" + o, Subject: s, Object: o, Kind: k}
	}
	gold := []alliances.Tie{tie("iran", alliances.Support, "taliban"), tie("pakistan", alliances.Support, "taliban"), tie("russia", alliances.Hostility, "taliban")}
	props := []extract.Proposal{
		{Tie: tie("taliban", alliances.Favour, "iran"), Confidence: 0.6},      // same pair (reversed), layer and sign: found, another kind
		{Tie: tie("pakistan", alliances.Support, "taliban"), Confidence: 0.8}, // found, same kind
		{Tie: tie("russia", alliances.Support, "taliban"), Confidence: 0.7},   // another sign: wrong
		{Tie: tie("russia", alliances.Hostility, "taliban"), Confidence: 0.2}, // below the threshold
	}
	s := extract.Measure(props, gold, 0.5)
	if s.Proposals != 3 || s.Correct != 2 || s.Found != 2 || s.SameKind != 1 || s.Gold != 3 {
		t.Errorf("score %+v, want 3 proposals, 2 correct, 2 of 3 found, 1 with its kind", s)
	}
	if s.Precision < 0.666 || s.Precision > 0.667 || s.Recall < 0.666 || s.Recall > 0.667 {
		t.Errorf("precision %.3f, recall %.3f, want 2/3 each", s.Precision, s.Recall)
	}
	if !slices.Equal(s.Missed, []string{"russia-taliban"}) || len(s.Wrong) != 1 {
		t.Errorf("missed %v, wrong %v", s.Missed, s.Wrong)
	}
}

func TestRulesRefuseUnknownWords(t *testing.T) {
	for _, bad := range []string{"relations: [{kind: friendship, cues: [x]}]", "relatons: []", "relations: [{kind: support, forms: {guns: [x]}}]"} {
		if _, err := extract.ParseRules("mine.yaml", []byte(bad)); alliances.KindOf(err) != alliances.Invalid || !strings.Contains(err.Error(), "mine.yaml") {
			t.Errorf("ParseRules(%q) = %v, want invalid naming the file", bad, err)
		}
	}
}

// TestSeedArticle reads the article the built-in case was written from, when the
// project's shared folder holds it, and measures the reader against the case's ties
// stated by it. The floors are a little below what the reader reached on 2026-12-02
// (precision 0.71, recall 0.46 at the default threshold): a change that reads worse
// fails here. The targets of the issue (0.6 and 0.7) are docs/extraction.md's.
func TestSeedArticle(t *testing.T) {
	path := shareddata.Path(t, "../seed/taliban-alliances-2021.txt")
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	db, err := sqlstore.Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	recs, _ := cases.Records()
	if _, err := db.Import(ctx, recs...); err != nil {
		t.Fatal(err)
	}
	rec, _ := db.Record(ctx, "afghanistan-2021", time.Time{})
	all, _ := db.Actors(ctx, alliances.ActorFilter{})
	known, err := answer.CaseActors(ctx, db, "afghanistan-2021", all, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	rules := extract.DefaultRules()
	rd := extract.NewReader(rules, known)
	rd.Source, rd.Date = "newlines-2021", edtf.MustParse("2021-09-09")
	doc := extract.Read(path, string(text), rules)
	// The case counts the body from ¶1 "The Taliban's rapid takeover" to ¶33 "The
	// prospect of the Taliban fighting" (the case file's header says so).
	starts := map[int]string{1: "rapid takeover", 33: "prospect of the Taliban"}
	for n, want := range starts {
		if len(doc.Paragraphs) < n || !strings.Contains(doc.Text[doc.Paragraphs[n-1].Start:doc.Paragraphs[n-1].Start+40], want) {
			t.Errorf("¶%d does not start with %q", n, want)
		}
	}
	s := extract.Measure(rd.Read(doc), extract.Annotation(rec, "newlines-2021"), 0.5)
	t.Logf("precision %.2f (%d of %d), recall %.2f (%d of %d)", s.Precision, s.Correct, s.Proposals, s.Recall, s.Found, s.Gold)
	if s.Precision < 0.65 || s.Recall < 0.42 {
		t.Errorf("precision %.2f, recall %.2f: below the floors 0.65 and 0.42", s.Precision, s.Recall)
	}
}

// BenchmarkReader reads a report of some 10,000 words made of the sentences above:
// go test ./extract -bench Reader reports the words read a second (docs/extraction.md).
func BenchmarkReader(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 70000 {
		sb.WriteString("Pakistan resumed its support for the Taliban in 2004, when its army grew impatient with Kabul. ")
		sb.WriteString("Iran reportedly armed the Taliban by 2018. The Taliban and Jami'at have been jointly taxing mining in 2015. ")
		sb.WriteString("According to Taliban sources, Russia supplied weapons to the Taliban in 2017.\n\n")
	}
	text := sb.String()
	words := len(strings.Fields(text))
	rules := extract.DefaultRules()
	rd := extract.NewReader(rules, actors)
	b.ResetTimer()
	for b.Loop() {
		rd.Read(extract.Read("bench.txt", text, rules))
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkReaderWikipedia reads the three annotated Wikipedia texts of testdata
// (10,068 words of real prose, tables and lists included) with the actors of their
// annotations and the registry's, as the command line reads a report.
func BenchmarkReaderWikipedia(b *testing.B) {
	reg, err := cases.Registry()
	if err != nil {
		b.Fatal(err)
	}
	type text struct {
		name, body string
		rd         *extract.Reader
	}
	var texts []text
	words := 0
	rules := extract.DefaultRules()
	for _, slug := range []string{"rojava-islamist", "hezbollah-syria", "iran-syria"} {
		data, err := os.ReadFile("testdata/wikipedia/" + slug + ".txt")
		if err != nil {
			b.Fatal(err)
		}
		ann, err := os.ReadFile("testdata/wikipedia/" + slug + ".yaml")
		if err != nil {
			b.Fatal(err)
		}
		rec, _ := casefile.Parse(slug+".yaml", ann)
		if rec == nil {
			b.Fatalf("the annotation %s does not read", slug)
		}
		words += len(strings.Fields(string(data)))
		rd := extract.AnnotationReader(rules, rec, reg.Actors)
		texts = append(texts, text{slug + ".txt", string(data), rd})
	}
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			t.rd.Read(extract.Read(t.name, t.body, rules)) // paragraphs and sentences cut each time
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// TestIdlibArticle measures the reader on the Wikipedia article the built-in Idlib case
// was written from, against that case's ties citing it (when the shared folder holds the
// article). Floors below what it read on 2026-12-02 (precision 0.77, recall 0.57).
func TestIdlibArticle(t *testing.T) {
	path := shareddata.Path(t, "text-wikipedia-conflicts/syrian_liberation_front–tahrir_al-sham_conflict.body.txt")
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := cases.Records()
	if err != nil {
		t.Fatal(err)
	}
	var known []alliances.Actor
	var idlib *alliances.Record
	for _, r := range recs {
		if r.Case == "idlib-2018-2019" {
			idlib = r
		}
		if r.Case == "idlib-2018-2019" || r.Case == alliances.RegistryCase {
			known = append(known, r.Actors...)
		}
	}
	rules := extract.DefaultRules()
	rd := extract.NewReader(rules, known)
	rd.Source = "wp-slf-hts-conflict"
	s := extract.Measure(rd.Read(extract.Read(path, string(text), rules)), extract.Annotation(idlib, rd.Source), 0.5)
	t.Logf("precision %.2f (%d of %d), recall %.2f (%d of %d)", s.Precision, s.Correct, s.Proposals, s.Recall, s.Found, s.Gold)
	if s.Precision < 0.7 || s.Recall < 0.5 {
		t.Errorf("precision %.2f, recall %.2f: below the floors 0.70 and 0.50", s.Precision, s.Recall)
	}
}

// TestModelReader runs the second reader against a server started here that answers as
// an OpenAI-compatible chat completions server does: the request carries the model, the
// paragraph and the schema; of the four ties answered, only the one with known actors, a
// kind of ours, an EDTF date and evidence quoted from the paragraph is kept, and merging
// marks each proposal's origin.
func TestModelReader(t *testing.T) {
	paragraph := "Iran reportedly armed the Taliban by 2018, while Russia kept its distance from the movement for years."
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			Model    string `json:"model"`
			Messages []struct{ Role, Content string }
			Format   struct {
				Type string `json:"type"`
			} `json:"response_format"`
		}
		if r.URL.Path != "/v1/chat/completions" || r.Header.Get("Authorization") != "Bearer k" || json.NewDecoder(r.Body).Decode(&req) != nil ||
			req.Model != "m1" || len(req.Messages) != 2 || req.Messages[1].Content != paragraph || req.Format.Type != "json_schema" ||
			!strings.Contains(req.Messages[0].Content, "- iran: Iran") {
			http.Error(w, "unexpected request", http.StatusBadRequest)
			return
		}
		content := `{"ties":[
			{"subject":"iran","object":"taliban","kind":"support","valid":"/2018","alleged":true,"evidence":"Iran reportedly armed the Taliban by 2018"},
			{"subject":"iran","object":"hamas","kind":"support","valid":"2018","alleged":false,"evidence":"Iran reportedly armed"},
			{"subject":"russia","object":"taliban","kind":"friendship","valid":"2018","alleged":false,"evidence":"Russia kept its distance"},
			{"subject":"russia","object":"taliban","kind":"opposition","valid":"2018","alleged":false,"evidence":"Russia hated the movement"}]}`
		json.NewEncoder(w).Encode(map[string]any{"choices": []any{map[string]any{"message": map[string]any{"role": "assistant", "content": content}}}})
	}))
	defer srv.Close()
	rules := extract.DefaultRules()
	doc := extract.Read("r.txt", paragraph, rules)
	m := &extract.ModelReader{URL: srv.URL + "/v1", Model: "m1", APIKey: "k", Actors: actors, Source: "report"}
	props, err := m.Read(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(props) != 1 || m.Refused != 3 || props[0].Tie.Status != alliances.Alleged || props[0].Tie.Valid.String() != "/2018" ||
		doc.Text[props[0].Start:props[0].End] != "Iran reportedly armed the Taliban by 2018" {
		t.Fatalf("kept %+v, refused %d; want the one tie with its evidence's offsets, three refused", props, m.Refused)
	}
	merged := extract.Merge(read(t, paragraph), props)
	if len(merged) != 1 || !slices.Contains(merged[0].Cues, "origin: rules") || !slices.Contains(merged[0].Cues, "also read by the model") {
		t.Errorf("merged %+v: want the rules' proposal, marked read by both", merged)
	}
}

// TestAnnotatedWikipediaTexts measures the reader on the Wikipedia texts annotated by
// hand in testdata/wikipedia (see its README), each against its annotation, with the
// registry's actors known after the annotation's, as the command line knows them. Floors
// a little below what it read on 2026-12-02 (see docs/extraction.md): a change that
// reads worse fails here. The last text listed is the held-out one, kept out of the
// reader's tuning: a change to the rules is measured on it, not fitted to it.
func TestAnnotatedWikipediaTexts(t *testing.T) {
	reg, err := cases.Registry()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		slug              string
		precision, recall float64
	}{{"rojava-islamist", 0.7, 0.65}, {"hezbollah-syria", 0.65, 0.68}, {"iran-syria", 0.55, 0.55}, {"iraq-war", 0.8, 0.45},
		{"inter-rebel", 0.7, 0.48}, {"sahel", 0.5, 0.3}} {
		t.Run(c.slug, func(t *testing.T) {
			text, err := os.ReadFile("testdata/wikipedia/" + c.slug + ".txt")
			if err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile("testdata/wikipedia/" + c.slug + ".yaml")
			if err != nil {
				t.Fatal(err)
			}
			rec, _ := casefile.Parse(c.slug+".yaml", data)
			if rec == nil || len(rec.Ties) < 70 {
				t.Fatalf("the annotation %s does not read", c.slug)
			}
			rules := extract.DefaultRules()
			rd := extract.AnnotationReader(rules, rec, reg.Actors)
			rd.Source = rec.Sources[0].ID
			s := extract.Measure(rd.Read(extract.Read(c.slug+".txt", string(text), rules)), extract.Annotation(rec, rd.Source), 0.5)
			t.Logf("precision %.2f (%d of %d), recall %.2f (%d of %d)", s.Precision, s.Correct, s.Proposals, s.Recall, s.Found, s.Gold)
			if s.Precision < c.precision || s.Recall < c.recall {
				t.Errorf("precision %.2f, recall %.2f: below the floors %.2f and %.2f", s.Precision, s.Recall, c.precision, c.recall)
			}
		})
	}
}

// TestDiscoverOrganizations: names in the form of an organization's that the record does
// not hold are proposed as actors of the kind their word gives, and their ties read.
func TestDiscoverOrganizations(t *testing.T) {
	text := "In 2018 the Syrian Liberation Front attacked positions of the Army of Glory near the town, while Iran watched from afar.\n\n" +
		"The Taliban and the Islamic Movement of Uzbekistan fought together in the north of the country in 2001, according to the report."
	rules := extract.DefaultRules()
	rd := extract.NewReader(rules, actors)
	rd.Source = "report"
	doc := extract.Read("r.txt", text, rules)
	var found []string
	for _, f := range rd.Discover(doc) {
		found = append(found, f.Actor.ID+" "+f.Actor.Kind)
	}
	if want := "syrian-liberation-front armed-group, army-of-glory armed-group, islamic-movement-of-uzbekistan armed-group"; strings.Join(found, ", ") != want {
		t.Errorf("found %q, want %q", strings.Join(found, ", "), want)
	}
	var ties []string
	for _, p := range rd.Read(doc) {
		ties = append(ties, p.Tie.Subject+" "+string(p.Tie.Kind)+" "+p.Tie.Object)
	}
	if !slices.Contains(ties, "syrian-liberation-front hostility army-of-glory") {
		t.Errorf("ties %v, want the Front's attack on the Army of Glory", ties)
	}
}

// TestDiscoverPartiesAndIndividuals: names that begin as parties' and armed groups' do in
// transliteration, and individuals named after a post or in the possessive before an
// organization, are proposed as actors; words that open a sentence and posts' adjectives
// are not names.
func TestDiscoverPartiesAndIndividuals(t *testing.T) {
	text := "When Abdul Sattar Qadiri's Harakat-e Enqelab signed a deal in 2016, the Taliban were upset with the movement and its allies.\n\n" +
		"Gen. Mirwais Noorzai, a former police chief, and former president Sibghatullah Mojaddedi met the Taliban in 2019 to talk.\n\n" +
		"The author is a Senior Research Fellow at an institute, and writes on the region's wars and its armed groups at length."
	rules := extract.DefaultRules()
	rd := extract.NewReader(rules, actors)
	rd.Source = "report"
	var found []string
	for _, f := range rd.Discover(extract.Read("r.txt", text, rules)) {
		found = append(found, f.Actor.ID+" "+f.Actor.Kind)
	}
	want := []string{"abdul-sattar-qadiri individual", "harakat-e-enqelab party", "mirwais-noorzai individual", "sibghatullah-mojaddedi individual"}
	if !slices.Equal(found, want) {
		t.Errorf("found %q, want %q", found, want)
	}
}

// TestDiscoverKnowsOtherNames: an abbreviation in parentheses, a longer name "X of Y"
// beside X, and a name with the Arabic article ("Jabhat al Nusra") are one actor each,
// and the ties of the report name them by any of these names.
func TestDiscoverKnowsOtherNames(t *testing.T) {
	text := "In 2012 the National Movement for the Liberation of Azawad (MNLA) fought the Taliban near the river, for weeks on end.\n\n" +
		"The Southern Front of the Free Syrian Army was formed in 2014, and in 2015 the Southern Front attacked Jabhat al Nusra near Daraa.\n\n" +
		"In 2013 the MNLA attacked Jabhat al Nusra at the border, and the Southern Front stayed out of the fighting that year."
	rules := extract.DefaultRules()
	rd := extract.NewReader(rules, actors)
	rd.Source, rd.Date = "report", edtf.MustParse("2021-09-09")
	doc := extract.Read("r.txt", text, rules)
	var found []string
	for _, f := range rd.Discover(doc) {
		found = append(found, f.Actor.ID+" "+strings.Join(f.Actor.Aliases, "|"))
	}
	want := []string{"national-movement-for-the-liberation-of-azawad MNLA", "southern-front Southern Front of the Free Syrian Army", "jabhat-al-nusra "}
	if !slices.Equal(found, want) {
		t.Errorf("found %q, want %q", found, want)
	}
	var ties []string
	for _, p := range rd.Read(doc) {
		ties = append(ties, p.Tie.Subject+" "+string(p.Tie.Kind)+" "+p.Tie.Object)
	}
	for _, w := range []string{"southern-front hostility jabhat-al-nusra", "national-movement-for-the-liberation-of-azawad hostility jabhat-al-nusra"} {
		if !slices.Contains(ties, w) {
			t.Errorf("ties %q, want %q", ties, w)
		}
	}
}

func TestMediationNamesItsThird(t *testing.T) {
	props := read(t, "In 2016 Iran mediated between Russia and the Taliban, and the two sides met in Tehran for the first time that year.")
	if len(props) != 1 || props[0].Tie.Kind != alliances.Mediation || props[0].Tie.Subject != "iran" || props[0].Tie.Object != "russia" || props[0].Tie.Third != "taliban" {
		t.Fatalf("proposals %+v, want Iran's mediation between Russia and the Taliban", props)
	}
}
