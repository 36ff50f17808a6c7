package extract_test

import (
	"context"
	"encoding/json"
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
// of the annotation (one of them with another kind of the same layer and sign, read the
// other way), and one below the threshold.
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
	// The Taliban's favour of Iran finds Iran's support of the Taliban read the other way.
	if s.SameWay != 1 {
		t.Errorf("%d found the same way, want 1 (Pakistan's support; the Taliban's favour reads Iran's support backwards)", s.SameWay)
	}
	if s.Precision < 0.666 || s.Precision > 0.667 || s.Recall < 0.666 || s.Recall > 0.667 {
		t.Errorf("precision %.3f, recall %.3f, want 2/3 each", s.Precision, s.Recall)
	}
	if !slices.Equal(s.Missed, []string{"russia-taliban"}) || len(s.Wrong) != 1 {
		t.Errorf("missed %v, wrong %v", s.Missed, s.Wrong)
	}
}

// TestMeasureMediation: a mediation that names the two it brings together finds one of
// the annotation with the same mediator and the same two, whichever of them is the
// object; not one with another third, nor another mediator.
func TestMeasureMediation(t *testing.T) {
	med := func(id, s, o, third string) alliances.Tie {
		return alliances.Tie{ID: id, Subject: s, Object: o, Third: third, Kind: alliances.Mediation}
	}
	gold := []alliances.Tie{med("g1", "pakistan", "jamiat", "taliban"), med("g2", "iran", "karzai", "taliban")}
	props := []extract.Proposal{
		{Tie: med("p1", "pakistan", "taliban", "jamiat"), Confidence: 0.6}, // the two the other way round: found
		{Tie: med("p2", "iran", "taliban", "jamiat"), Confidence: 0.6},     // another third: wrong
		{Tie: med("p3", "russia", "taliban", "karzai"), Confidence: 0.6},   // another mediator: wrong
	}
	s := extract.Measure(props, gold, 0.5)
	if s.Correct != 1 || s.Found != 1 || !slices.Equal(s.Missed, []string{"g2"}) {
		t.Errorf("score %+v, want p1 alone to find g1", s)
	}
}

// TestSeedArticle reads the article the built-in case was written from, when the
// project's shared folder holds it, and measures the reader against the case's ties
// stated by it. The floors are a little below what the reader reached on 2026-12-02
// (precision 0.84, recall 0.70 at the default threshold): a change that reads worse
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
	if s.Precision < 0.78 || s.Recall < 0.66 {
		t.Errorf("precision %.2f, recall %.2f: below the floors 0.78 and 0.66", s.Precision, s.Recall)
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

// BenchmarkDiscoverTable finds the actors of the Belligerents article, whose table of
// opposing forces names more than a thousand (when the shared folder holds it): into a
// new case, every name found is compared with every other (one actor under two names).
func BenchmarkDiscoverTable(b *testing.B) {
	path := shareddata.Path(b, "text-wikipedia-conflicts/belligerents_in_the_syrian_civil_war.body.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	reg, err := cases.Registry()
	if err != nil {
		b.Fatal(err)
	}
	rules := extract.DefaultRules()
	doc := extract.Read(path, string(data), rules)
	found := 0
	for b.Loop() {
		found = len(extract.NewReader(rules, reg.Actors).Discover(doc))
	}
	b.ReportMetric(float64(found), "actors")
}

// TestIdlibArticle measures the reader on the Wikipedia article the built-in Idlib case
// was written from, against that case's ties citing it (when the shared folder holds the
// article). Floors below what it read on 2026-12-02 (precision 0.79, recall 0.60).
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

// TestAnnotatedWikipediaTexts measures the reader on the Wikipedia texts annotated by
// hand in testdata/wikipedia (see its README), each against its annotation, with the
// registry's actors known after the annotation's, as the command line knows them. Floors
// a little below what it read after its sixth reading of 2026-12-03, the last time (see
// docs/extraction.md): a change that reads worse fails here. The last seven texts listed
// are the held-out ones, kept out of the reader's tuning: a change to the rules is
// measured on them, not fitted to them. Mali War's third text reads 14 of 21 right since
// a UN mission's name ("United Nations Multidimensional Integrated Stabilization Mission
// in Mali") makes it the UN's: a tie the second text's annotation records and the
// third's leaves out, so its floor is 0.65. The fourth text on foreign involvement names
// the Syrian government four times and no other state's, so that since the ninth reading
// its "the government" is Syria's; in ¶8 it is Britain's, and one criticism of Theresa May
// is read as Syria's: its floor is 0.74.
func TestAnnotatedWikipediaTexts(t *testing.T) {
	measureFloors(t, "testdata/wikipedia/", []floor{{"rojava-islamist", 0.86, 0.86}, {"hezbollah-syria", 0.77, 0.85}, {"iran-syria", 0.70, 0.70},
		{"iraq-war", 0.92, 0.69}, {"inter-rebel", 0.80, 0.67}, {"sahel", 0.88, 0.71}, {"foreign-involvement", 0.87, 0.64},
		{"mali-war", 0.82, 0.61}, {"foreign-involvement-2", 0.78, 0.60}, {"mali-war-2", 0.78, 0.51},
		{"belligerents", 0.81, 0.45}, {"mali-war-3", 0.65, 0.34}, {"sahel-3", 0.86, 0.62}, {"yemen-groups", 0.91, 0.74},
		{"slf-hts", 0.76, 0.66}, {"sahel-2", 0.90, 0.48}, {"foreign-involvement-3", 0.60, 0.42},
		{"belligerents-2", 0.54, 0.23}, {"foreign-involvement-4", 0.74, 0.30}, {"libya-groups", 0.95, 0.89},
		{"iraq-groups", 0.91, 0.84}})
}

// TestWrittenReports measures the reader on the reports written for the tests in
// testdata/reports (see its README), as TestAnnotatedWikipediaTexts does: floors a
// little below what it read at the end of the session that added each (see
// docs/extraction.md), never lowered. Sixteen are held out: myanmar-2024, somalia-2006,
// tigray-2020, yemen-2015, car-2013, karabakh-2020, colombia-2016, mozambique-2021,
// south-sudan-2013, liberia-1989, haiti-2024, bosnia-1992, donbas-2014, srilanka-1987,
// algeria-1992 and western-sahara-1975.
func TestWrittenReports(t *testing.T) {
	measureFloors(t, "testdata/reports/", []floor{{"sudan-2023", 0.86, 0.55}, {"drc-m23", 0.76, 0.58}, {"lebanon-1975", 0.82, 0.43},
		{"afghanistan-1996", 0.77, 0.34}, {"syria-2024", 0.73, 0.32}, {"libya-2019", 0.90, 0.51},
		{"myanmar-2024", 0.70, 0.43}, {"somalia-2006", 0.62, 0.39}, {"tigray-2020", 0.80, 0.38},
		{"yemen-2015", 0.85, 0.44}, {"car-2013", 0.62, 0.27}, {"karabakh-2020", 0.69, 0.14},
		{"colombia-2016", 0.54, 0.38}, {"mozambique-2021", 0.64, 0.23},
		{"kurdistan-1996", 0.66, 0.43}, {"angola-1975", 0.72, 0.28}, {"south-sudan-2013", 0.72, 0.45}, {"liberia-1989", 0.82, 0.43},
		{"tajikistan-1992", 0.72, 0.31}, {"haiti-2024", 0.69, 0.27}, {"cambodia-1979", 0.71, 0.26}, {"bosnia-1992", 0.75, 0.31},
		{"mali-2012", 0.76, 0.49}, {"donbas-2014", 0.62, 0.30}, {"chad-2005", 0.74, 0.44}, {"srilanka-1987", 0.79, 0.44},
		{"congo-1996", 0.85, 0.44}, {"algeria-1992", 0.79, 0.36}, {"sierra-leone-1991", 0.67, 0.30}, {"western-sahara-1975", 0.58, 0.26},
		{"ogaden-1977", 0.70, 0.33}, {"dhofar-1962", 0.80, 0.32}, {"chad-1978", 0.68, 0.44}, {"laos-1960", 0.82, 0.31},
		{"iraqkurd-1961", 0.74, 0.39}, {"afghan-1979", 0.83, 0.40}, {"srilanka-1983", 0.70, 0.35}, {"mozambique-1977", 0.78, 0.45},
		{"kashmir-1989", 0.72, 0.38}, {"iraniraq-1980", 0.77, 0.32}, {"chechnya-1994", 0.70, 0.26}, {"elsalvador-1980", 0.76, 0.38},
		{"congo-1998", 0.63, 0.37}, {"uganda-1986", 0.70, 0.42}, {"nepal-1996", 0.68, 0.46}, {"rwanda-1990", 0.70, 0.40},
		{"greece-1946", 0.68, 0.33}, {"malaya-1948", 0.55, 0.13}, {"kosovo-1998", 0.74, 0.26}, {"abkhazia-1992", 0.80, 0.58},
		{"cyprus-1974", 0.66, 0.39}, {"peru-1980", 0.83, 0.51}, {"lebanon-2006", 0.62, 0.44}, {"somalia-1991", 0.70, 0.27},
		{"cotedivoire-2002", 0.81, 0.49}, {"croatia-1991", 0.71, 0.47}, {"easttimor-1975", 0.81, 0.44}, {"libya-2011", 0.68, 0.32},
		{"aceh-1976", 0.75, 0.58}, {"darfur-2003", 0.84, 0.40}, {"iraq-2014", 0.84, 0.39}, {"northernireland-1969", 0.78, 0.29},
		{"congo-1960", 0.65, 0.24}, {"guineabissau-1998", 0.75, 0.41}, {"transnistria-1992", 0.83, 0.33}, {"macedonia-2001", 0.70, 0.37},
		{"congobrazzaville-1997", 0.82, 0.42}, {"guatemala-1960", 0.69, 0.48}, {"yemen-1994", 0.68, 0.40}, {"wagner-2023", 0.70, 0.39},
		{"spain-1936", 0.73, 0.29}, {"bangladesh-1971", 0.61, 0.50}, {"lakechad-2009", 0.84, 0.45}, {"bougainville-1988", 0.83, 0.56},
		{"jordan-1970", 0.95, 0.55}, {"pkk-1984", 0.67, 0.46}, {"mexico-2006", 0.76, 0.47}, {"ethiopia-1974", 0.87, 0.39},
		{"korea-1950", 0.69, 0.40}, {"china-1945", 0.71, 0.24}, {"cuba-1956", 0.81, 0.43}, {"georgia-2008", 0.83, 0.36},
		{"cameroon-2017", 0.69, 0.58}, {"namibia-1966", 0.87, 0.61}, {"kenya-1952", 0.68, 0.17}, {"nicaragua-1978", 0.76, 0.31},
		{"russia-1918", 0.73, 0.31}, {"mexico-1913", 0.76, 0.40}, {"yugoslavia-1941", 0.73, 0.47}, {"algeria-1954", 0.73, 0.24},
		{"indochina-1946", 0.82, 0.62}, {"iraq-2006", 0.69, 0.34}, {"southafrica-1990", 0.79, 0.42}, {"uganda-1979", 0.87, 0.58},
		{"vietnam-1965", 0.64, 0.25}, {"ireland-1919", 0.64, 0.27}, {"china-1916", 0.67, 0.31}, {"aden-1963", 0.75, 0.28},
		{"naxalite-2004", 0.67, 0.36}, {"casamance-1982", 0.74, 0.47}, {"pakistan-2007", 0.79, 0.27}, {"balkans-1912", 0.75, 0.45},
		{"sudan-1955", 0.80, 0.43}, {"indonesia-1958", 0.83, 0.26}, {"finland-1918", 0.61, 0.27}, {"nigerdelta-2006", 0.74, 0.40},
		{"assam-1990", 0.68, 0.49}, {"thailand-2004", 0.69, 0.32}, {"tuareg-1990", 0.70, 0.54}, {"balochistan-2004", 0.74, 0.41},
		{"basque-1968", 0.62, 0.32}, {"chiapas-1994", 0.70, 0.18}, {"irankurd-1979", 0.78, 0.41}, {"philippines-1969", 0.70, 0.51},
		{"palestine-1948", 0.66, 0.35}, {"dominican-1965", 0.72, 0.30}, {"argentina-1976", 0.72, 0.52}, {"rojava-2015", 0.75, 0.44},
		{"punjab-1984", 0.72, 0.50}, {"rif-1921", 0.70, 0.22}, {"sinai-2013", 0.75, 0.51}, {"cambodia-1970", 0.78, 0.35},
		{"burkina-2015", 0.87, 0.48}, {"arabrevolt-1916", 0.71, 0.31}, {"aleppo-2012", 0.88, 0.25}, {"guinea-1963", 0.84, 0.31},
		{"indonesia-1945", 0.80, 0.43}, {"cristero-1926", 0.86, 0.29}, {"solomons-1998", 0.86, 0.42}, {"naga-1956", 0.88, 0.42},
		{"chechnya-1999", 0.56, 0.25}, {"gaza-2007", 0.73, 0.49}, {"karen-1949", 0.74, 0.46}, {"maluku-1999", 0.70, 0.32},
		{"shaba-1977", 0.74, 0.34}, {"mizo-1966", 0.79, 0.38}, {"djibouti-1991", 0.79, 0.67}, {"chaco-1932", 0.76, 0.30},
		{"jebelakhdar-1957", 0.66, 0.26}, {"cabinda-1975", 0.88, 0.41}, {"chittagong-1977", 0.74, 0.53}, {"papua-1965", 0.87, 0.45},
		{"bolivia-1967", 0.71, 0.21}, {"tibet-1956", 0.67, 0.16}, {"kachin-2011", 0.83, 0.37}, {"amhara-2023", 0.85, 0.54},
		{"mek-1981", 0.76, 0.44}, {"manipur-1964", 0.71, 0.41}, {"corsica-1976", 0.70, 0.37}, {"ogaden-2007", 0.78, 0.59},
		{"zimbabwe-1980", 0.72, 0.44}, {"lebanon-1958", 0.53, 0.23}, {"gulf-1990", 0.80, 0.39}, {"niger-2007", 0.69, 0.32},
		{"falklands-1982", 0.81, 0.39}, {"costarica-1948", 0.74, 0.33}, {"saada-2004", 0.83, 0.43}, {"batken-1999", 0.79, 0.34},
		{"bahrain-2011", 0.75, 0.39}, {"cenepa-1995", 0.76, 0.34}, {"eritrea-1961", 0.85, 0.45}, {"paraguay-1947", 0.88, 0.31},
		{"football-1969", 0.77, 0.27}, {"georgia-1991", 0.88, 0.37}, {"jundallah-2003", 0.80, 0.62}, {"hungary-1956", 0.67, 0.25},
		{"southyemen-1986", 0.72, 0.35}, {"iraq-1991", 0.71, 0.16}, {"eqguinea-2004", 0.83, 0.32}, {"presevo-2000", 0.82, 0.56},
		{"lesotho-1998", 0.75, 0.42}, {"albania-1997", 0.59, 0.25}, {"zanzibar-1964", 0.83, 0.36}, {"anjouan-2008", 0.78, 0.49},
		{"cotedivoire-2011", 0.80, 0.39}, {"ingushetia-1992", 0.67, 0.14}, {"kivu-2004", 0.86, 0.57}, {"egypt-1992", 0.79, 0.38},
		{"kargil-1999", 0.79, 0.12}, {"grenada-1983", 0.84, 0.36}, {"madagascar-2002", 0.84, 0.24}, {"poland-1920", 0.81, 0.43},
		{"slovenia-1991", 0.56, 0.30}, {"panama-1989", 0.79, 0.35}, {"gambia-2017", 0.77, 0.24}, {"estonia-1918", 0.75, 0.17},
		{"biafra-1967", 0.91, 0.44}, {"yemen-1962", 0.70, 0.26}, {"eritrea-1998", 0.75, 0.43}, {"mindanao-1972", 0.92, 0.43}})
}

// floor is the least precision and recall a text is read at.
type floor struct {
	slug              string
	precision, recall float64
}

// measureFloors measures the reader on each text of dir against its floors, the
// registry's actors known after the annotation's.
func measureFloors(t *testing.T, dir string, floors []floor) {
	t.Helper()
	reg, err := cases.Registry()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range floors {
		t.Run(f.slug, func(t *testing.T) { measureAnnotated(t, dir, f.slug, reg.Actors, f.precision, f.recall) })
	}
}

// TestWrittenReportsAsNewCases reads the reports written for the tests as into new
// cases, as TestAnnotatedTextsAsNewCases reads the Wikipedia texts: what a report of a
// war the rules were not written on gets. Floors a little below what the thirty read
// together at the end of the sixth session of 2026-12-04 (precision 0.741, recall 0.326;
// at the second's start 0.69, 0.26, see docs/extraction.md).
func TestWrittenReportsAsNewCases(t *testing.T) {
	precision, recall := readAsNew(t, "testdata/reports/", "sudan-2023", "drc-m23", "lebanon-1975", "afghanistan-1996", "syria-2024", "libya-2019",
		"myanmar-2024", "somalia-2006", "tigray-2020", "yemen-2015", "car-2013", "karabakh-2020", "colombia-2016", "mozambique-2021",
		"kurdistan-1996", "angola-1975", "south-sudan-2013", "liberia-1989", "tajikistan-1992", "haiti-2024", "cambodia-1979", "bosnia-1992",
		"mali-2012", "donbas-2014", "chad-2005", "srilanka-1987", "congo-1996", "algeria-1992", "sierra-leone-1991", "western-sahara-1975")
	if precision < 0.73 || recall < 0.32 {
		t.Errorf("together: precision %.2f, recall %.2f: below the floors 0.73 and 0.32", precision, recall)
	}
}

// measureAnnotated measures the reader on the text dir/slug.txt against its annotation
// dir/slug.yaml, knowing the annotation's actors and then the registry's, as the command
// line knows them, and fails below the floors.
func measureAnnotated(t *testing.T, dir, slug string, registry []alliances.Actor, precision, recall float64) {
	t.Helper()
	text, rec := annotated(t, dir, slug)
	rules := extract.DefaultRules()
	rd := extract.AnnotationReader(rules, rec, registry)
	rd.Source = rec.Sources[0].ID
	s := extract.Measure(rd.Read(extract.Read(slug+".txt", text, rules)), extract.Annotation(rec, rd.Source), 0.5)
	t.Logf("precision %.2f (%d of %d), recall %.2f (%d of %d)", s.Precision, s.Correct, s.Proposals, s.Recall, s.Found, s.Gold)
	if s.Precision < precision || s.Recall < recall {
		t.Errorf("precision %.2f, recall %.2f: below the floors %.2f and %.2f", s.Precision, s.Recall, precision, recall)
	}
}

// TestAnnotatedTextsAsNewCases reads the eight annotated texts as into new cases
// (alliances extract --as-new): knowing only the registry's actors and those found by
// the forms of their names, matched to the annotation's by name and alias. Floors a
// little below what it read together on 2026-12-02, once the sides named by collective
// nouns were found (precision 0.73, recall 0.45, see docs/extraction.md), which is what
// a new report of a new conflict gets.
func TestAnnotatedTextsAsNewCases(t *testing.T) {
	precision, recall := readAsNew(t, "testdata/wikipedia/", "rojava-islamist", "hezbollah-syria", "iran-syria", "iraq-war", "inter-rebel", "sahel", "foreign-involvement", "mali-war")
	if precision < 0.70 || recall < 0.43 {
		t.Errorf("together: precision %.2f, recall %.2f: below the floors 0.70 and 0.43", precision, recall)
	}
}

// annotated reads the text dir/slug.txt and its annotation dir/slug.yaml.
func annotated(t *testing.T, dir, slug string) (string, *alliances.Record) {
	t.Helper()
	text, err := os.ReadFile(dir + slug + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(dir + slug + ".yaml")
	if err != nil {
		t.Fatal(err)
	}
	rec, _ := casefile.Parse(slug+".yaml", data)
	if rec == nil || len(rec.Ties) < 20 {
		t.Fatalf("the annotation %s does not read", slug)
	}
	return string(text), rec
}

// readAsNew reads each text dir/slug.txt as into a new case, knowing only the registry's
// actors and those it finds, its actors matched to its annotation's by name and alias,
// and returns the precision and recall of all the texts together.
func readAsNew(t *testing.T, dir string, slugs ...string) (precision, recall float64) {
	t.Helper()
	reg, err := cases.Registry()
	if err != nil {
		t.Fatal(err)
	}
	var correct, proposals, found, gold int
	for _, slug := range slugs {
		text, rec := annotated(t, dir, slug)
		rules := extract.DefaultRules()
		rd := extract.NewReader(rules, reg.Actors)
		rd.Source = rec.Sources[0].ID
		doc := extract.Read(slug+".txt", text, rules)
		finds := rd.Discover(doc)
		props := rd.Read(doc)
		extract.MatchActors(props, finds, append(slices.Clone(rec.Actors), reg.Actors...))
		s := extract.Measure(props, extract.Annotation(rec, rd.Source), 0.5)
		t.Logf("%s: precision %.2f (%d of %d), recall %.2f (%d of %d)", slug, s.Precision, s.Correct, s.Proposals, s.Recall, s.Found, s.Gold)
		correct, proposals, found, gold = correct+s.Correct, proposals+s.Proposals, found+s.Found, gold+s.Gold
	}
	return float64(correct) / float64(proposals), float64(found) / float64(gold)
}

// TestMatchActors: the actors found in a report are renamed to those of an annotation
// that have one of their names or aliases, or, for an individual, the surname only one
// individual of the annotation has; others keep their ids.
func TestMatchActors(t *testing.T) {
	props := []extract.Proposal{{Tie: alliances.Tie{Subject: "protection-units", Object: "aqim", Third: "qalat"}},
		{Tie: alliances.Tie{Subject: "ghani", Object: "karzai"}}, {Tie: alliances.Tie{Subject: "zahir-qadir", Object: "ahmad-karzai"}}}
	found := []extract.Found{
		{Actor: alliances.Actor{ID: "protection-units", Name: "Protection Units", Aliases: []string{"YPG"}}},
		{Actor: alliances.Actor{ID: "aqim", Name: "AQIM"}},
		{Actor: alliances.Actor{ID: "qalat", Name: "Qalat Front"}},
		{Actor: alliances.Actor{ID: "ghani", Name: "Ghani", Kind: "individual"}},
		{Actor: alliances.Actor{ID: "karzai", Name: "Karzai", Kind: "individual"}},
		{Actor: alliances.Actor{ID: "zahir-qadir", Name: "Zahir Qadir", Kind: "individual"}},
		{Actor: alliances.Actor{ID: "ahmad-karzai", Name: "Ahmad Karzai", Kind: "individual"}},
	}
	ann := []alliances.Actor{{ID: "ypg", Name: "People's Protection Units", Aliases: []string{"YPG"}}, {ID: "al-qaeda-maghreb", Name: "al-Qaeda in the Islamic Maghreb", Aliases: []string{"AQIM"}},
		{ID: "ashraf-ghani", Name: "Ashraf Ghani", Kind: "individual"},
		{ID: "hamid-karzai", Name: "Hamid Karzai", Kind: "individual"}, {ID: "mahmud-karzai", Name: "Mahmud Karzai", Kind: "individual"},
		{ID: "haji-zahir-qadir", Name: "Haji Zahir Qadir", Kind: "individual"}}
	if n := extract.MatchActors(props, found, ann); n != 4 {
		t.Errorf("matched %d, want 4", n)
	}
	if tie := props[0].Tie; tie.Subject != "ypg" || tie.Object != "al-qaeda-maghreb" || tie.Third != "qalat" {
		t.Errorf("tie %s %s %s, want ypg, al-qaeda-maghreb and qalat (no annotation actor's name)", tie.Subject, tie.Object, tie.Third)
	}
	// A surname alone is the one individual's of that surname; two Karzais, neither.
	if tie := props[1].Tie; tie.Subject != "ashraf-ghani" || tie.Object != "karzai" {
		t.Errorf("tie %s %s, want ashraf-ghani and karzai", tie.Subject, tie.Object)
	}
	// A name found whole is matched by its surname too, where one individual has it.
	if tie := props[2].Tie; tie.Subject != "haji-zahir-qadir" || tie.Object != "ahmad-karzai" {
		t.Errorf("tie %s %s, want haji-zahir-qadir and ahmad-karzai", tie.Subject, tie.Object)
	}
}

// TestRestated: a reviewer who makes a stated tie of the reader's alleged changes the
// credibility the reader gave (2) to the one it gives an alleged tie (3); a credibility
// the reviewer set is kept, and so is a tie whose status stays.
func TestRestated(t *testing.T) {
	proposed := `{"id":"x","subject":"iran","object":"taliban","kind":"support","status":"reported","citations":[{"source":"s","locator":"¶1","credibility":2}]}`
	for _, c := range []struct {
		edited string
		want   alliances.Credibility
	}{
		{`{"id":"x","subject":"iran","object":"taliban","kind":"support","status":"alleged","citations":[{"source":"s","locator":"¶1","credibility":2}]}`, 3},
		{`{"id":"x","subject":"iran","object":"taliban","kind":"support","status":"alleged","citations":[{"source":"s","locator":"¶1","credibility":4}]}`, 4},
		{`{"id":"x","subject":"iran","object":"taliban","kind":"favour","status":"reported","citations":[{"source":"s","locator":"¶1","credibility":2}]}`, 2},
	} {
		var tie alliances.Tie
		if err := json.Unmarshal(extract.Restated([]byte(proposed), []byte(c.edited)), &tie); err != nil {
			t.Fatal(err)
		}
		if got := tie.Citations[0].Credibility; got != c.want {
			t.Errorf("%s: credibility %d, want %d", c.edited, got, c.want)
		}
	}
}
