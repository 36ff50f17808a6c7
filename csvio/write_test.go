package csvio

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/cases"
	"github.com/alliances-project/alliances/edtf"
)

// fullRecord covers every field the tables carry: every kind of claim, lists, external
// ids, a mediation tie with a third actor, a membership tie with a role, a support tie
// with forms, events with actors, several citations per claim with attributed_to and
// stance denies, and text that needs quoting.
func fullRecord() *alliances.Record {
	date := edtf.MustParse("2021-09-09")
	cite := func(src string, cred int) alliances.Citation {
		return alliances.Citation{Source: src, Credibility: alliances.Credibility(cred)}
	}
	r := &alliances.Record{
		Case:  "afghanistan-2021",
		Title: "Alliances behind the Taliban takeover",
		Sources: []alliances.Source{
			{ID: "crisis-group", Title: `Taliban "Emirate", part 2`, Author: "A. Analyst, B. Writer", Publisher: "Crisis Group",
				Date: &date, URL: "https://example.org/report?a=1&b=2", Kind: "analysis", Reliability: "B", Note: "line one\nline two"},
			{ID: "un-report", Title: "Monitoring Team report", Kind: "official-statement", Reliability: "A"},
			{ID: "interview", Title: " leading space", Kind: "interview", Reliability: "F", Note: "trailing space "},
		},
		Actors: []alliances.Actor{
			{ID: "taliban", Name: "Taliban", Aliases: []string{"Islamic Emirate", "Taleban", "Ṭālibān"}, Kind: "armed-group",
				Country: "AFG", Tags: []string{"ideology:deobandi", "ethnicity:pashtun"},
				External: map[string]string{"wikidata": "Q42934", "ucdp": "303", "acled": "a=b"}, Note: "the movement"},
			{ID: "pakistan", Name: "Pakistan", Kind: "state", Country: "PAK"},
			{ID: "qatar", Name: "Qatar", Kind: "state", Country: "QAT", External: map[string]string{"cow": "694"}},
			{ID: "haqqani", Name: "Haqqani Network", Kind: "faction", Province: "Paktia, Khost"},
			{ID: "usa", Name: "United States", Kind: "state", Country: "USA"},
		},
	}
	r.Ties = []alliances.Tie{
		{ID: "pak-supports-taliban", Subject: "pakistan", Object: "taliban", Kind: alliances.Support,
			Forms: []alliances.Form{alliances.Territory, alliances.Training}, Valid: edtf.MustParse("2004/2021"),
			Intensity: 4, Rank: 1, Status: alliances.Alleged, Basis: alliances.Stated, Note: "sanctuary, \"safe havens\"",
			Citations: []alliances.Citation{
				{Source: "crisis-group", Locator: "¶14", Credibility: 2, AttributedTo: "Taliban sources", Note: "see also ¶15"},
				{Source: "un-report", Locator: "p. 3", Credibility: 3, Stance: alliances.Denies},
			}},
		{ID: "qatar-mediates", Subject: "qatar", Object: "taliban", Kind: alliances.Mediation, Third: "usa",
			Valid: edtf.MustParse("2018~/2020-02-29"), Basis: alliances.Stated, Citations: []alliances.Citation{cite("un-report", 1)}},
		{ID: "haqqani-in-taliban", Subject: "haqqani", Object: "taliban", Kind: alliances.Membership, Role: alliances.Faction,
			Valid: edtf.MustParse("2012/.."), Status: alliances.Confirmed, Basis: alliances.Inferred, Citations: []alliances.Citation{cite("crisis-group", 2)}},
		{ID: "usa-taliban-hostile", Subject: "usa", Object: "taliban", Kind: alliances.Hostility, Basis: alliances.Stated,
			Valid: edtf.MustParse("2001-10/2021-08-30"), Intensity: 5, Citations: []alliances.Citation{cite("un-report", 1), cite("interview", 6)}},
		{ID: "usa-taliban-talks", Subject: "usa", Object: "taliban", Kind: alliances.Negotiation, Basis: alliances.Stated,
			Valid: edtf.MustParse("/2020"), Citations: []alliances.Citation{cite("un-report", 2)}},
		{ID: "usa-taliban-deal", Subject: "usa", Object: "taliban", Kind: alliances.Agreement, Type: alliances.PeaceDeal, Basis: alliances.Stated,
			Valid: edtf.MustParse("2020-02-29"), Citations: []alliances.Citation{cite("un-report", 1)}},
	}
	r.Events = []alliances.Event{
		{ID: "doha-agreement", Title: "Doha agreement", Date: edtf.MustParse("2020-02-29"), Type: "AGREE",
			Actors: []string{"usa", "taliban"}, Note: "signed in Doha",
			Citations: []alliances.Citation{cite("un-report", 1), {Source: "interview", Credibility: 4, Stance: alliances.Denies}}},
		{ID: "fall-of-kabul", Title: "Fall of Kabul", Date: edtf.MustParse("2021-08-15"),
			Citations: []alliances.Citation{cite("crisis-group", 1)}},
	}
	return r
}

func TestRoundTrip(t *testing.T) {
	full := fullRecord()
	if ps := alliances.Validate(full); len(ps) > 0 {
		t.Fatalf("test record is invalid: %v", ps)
	}
	empty := &alliances.Record{Case: "empty", Title: "Empty"}
	for _, tc := range []struct {
		name string
		rec  *alliances.Record
	}{
		{"every field reads back", full},
		{"an empty record reads back", empty},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tables, err := Tables(tc.rec)
			if err != nil {
				t.Fatal(err)
			}
			got, diags := Read(tc.rec.Case, tc.rec.Title, filesOf(tables))
			if len(diags.Errors()) > 0 {
				t.Fatalf("diagnostics:\n%v\ntables:\n%s", diags, dump(tables))
			}
			want := *tc.rec
			want.Normalize()
			if !reflect.DeepEqual(got, &want) {
				t.Errorf("read back\n%+v\nwant\n%+v", got, &want)
			}
		})
	}
}

func TestRoundTripShippedCase(t *testing.T) {
	rec, err := cases.Standalone(cases.All()[0])
	if err != nil {
		t.Fatalf("the shipped case does not read: %v", err)
	}
	tables, err := Tables(rec)
	if err != nil {
		t.Fatal(err)
	}
	got, diags := Read(rec.Case, rec.Title, filesOf(tables))
	rec.Description = "" // no table holds it
	if len(diags.Errors()) > 0 || !reflect.DeepEqual(got, rec) {
		t.Errorf("read back with %v:\n%+v\nwant\n%+v", diags, got, rec)
	}
}

func TestTablesWritesAllFiveWithHeaders(t *testing.T) {
	tables, err := Tables(&alliances.Record{Case: "empty", Title: "Empty"})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range schemas {
		if got, want := string(tables[s.file]), strings.Join(s.columns, ",")+"\n"; got != want {
			t.Errorf("%s = %q, want %q", s.file, got, want)
		}
	}
	if len(tables) != len(TableNames) {
		t.Errorf("got %d tables, want %d", len(tables), len(TableNames))
	}
}

func TestTablesWritesDerivedAndDefaultValues(t *testing.T) {
	r := fullRecord()
	r.Normalize()
	tables, err := Tables(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`pak-supports-taliban,pakistan,taliban,support,,+,true,territory;training,,,2004/2021,4,1,alleged,stated,"sanctuary, ""safe havens"""`,
		"haqqani-in-taliban,haqqani,taliban,membership,,0,true,,,faction,2012/..,,,confirmed,inferred,",
		"usa-taliban-talks,usa,taliban,negotiation,,0,false,,,,/2020,,,reported,stated,",
		"usa-taliban-deal,usa,taliban,agreement,peace-deal,0,false,,,,2020-02-29,,,reported,stated,",
		"taliban,Taliban,Islamic Emirate;Taleban;Ṭālibān,armed-group,AFG,,ideology:deobandi;ethnicity:pashtun,acled=a=b;ucdp=303;wikidata=Q42934,the movement,,",
		"doha-agreement,un-report,,1,,asserts,",
	} {
		if !bytes.Contains(bytes.Join(contents(tables), nil), []byte(want+"\n")) {
			t.Errorf("no line %q in\n%s", want, dump(tables))
		}
	}
}

func TestTablesRefusesWhatCannotReadBack(t *testing.T) {
	for _, tc := range []struct {
		name, want string
		edit       func(r *alliances.Record)
	}{
		{"alias with a semicolon fails", `actors[0].aliases[1]: element "a;b" holds ";"`,
			func(r *alliances.Record) { r.Actors[0].Aliases[1] = "a;b" }},
		{"alias with outer space fails", `actors[0].aliases[0]: element " Islamic Emirate" begins or ends with white space`,
			func(r *alliances.Record) { r.Actors[0].Aliases[0] = " Islamic Emirate" }},
		{"empty tag fails", `actors[0].tags[0]: element "" is empty`,
			func(r *alliances.Record) { r.Actors[0].Tags[0] = "" }},
		{"event actor with a semicolon fails", `events[0].actors[0]: element "usa;x" holds ";"`,
			func(r *alliances.Record) { r.Events[0].Actors[0] = "usa;x" }},
		{"external scheme with an equals sign fails", `actors[2].external.c=w: scheme "c=w" holds "="`,
			func(r *alliances.Record) { r.Actors[2].External = map[string]string{"c=w": "1"} }},
		{"external id with a semicolon fails", `actors[2].external.cow: id "1;2" holds ";"`,
			func(r *alliances.Record) { r.Actors[2].External["cow"] = "1;2" }},
		{"carriage return fails", `ties[0].note: a carriage return`,
			func(r *alliances.Record) { r.Ties[0].Note = "a\r\nb" }},
		{"NUL character fails", `ties[0].note: a NUL character`,
			func(r *alliances.Record) { r.Ties[0].Note = "a\x00b" }},
		{"invalid UTF-8 fails", `sources[0].title: text that is not valid UTF-8`,
			func(r *alliances.Record) { r.Sources[0].Title = "Caf\xe9" }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := fullRecord()
			tc.edit(r)
			tables, err := Tables(r)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Tables error = %v, want one containing %q", err, tc.want)
			}
			if tables != nil || alliances.KindOf(err) != alliances.Invalid {
				t.Errorf("got tables %v and error kind %v, want none and invalid", tables != nil, alliances.KindOf(err))
			}
		})
	}
}

func TestWriteDir(t *testing.T) {
	t.Run("writes the five tables", func(t *testing.T) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "ties.csv"), []byte("old"), 0o644); err != nil {
			t.Fatal(err)
		}
		r := fullRecord()
		if err := WriteDir(dir, r); err != nil {
			t.Fatal(err)
		}
		files := readDir(t, dir)
		if len(files) != 5 {
			t.Fatalf("wrote %d files, want 5", len(files))
		}
		got, diags := Read(r.Case, r.Title, files)
		r.Normalize()
		if len(diags.Errors()) > 0 || !reflect.DeepEqual(got, r) {
			t.Errorf("read back %+v with %v, want %+v", got, diags, r)
		}
	})
	t.Run("missing directory fails", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "absent")
		err := WriteDir(dir, fullRecord())
		if err == nil || !strings.Contains(err.Error(), "cannot write "+filepath.Join(dir, "sources.csv")) {
			t.Errorf("error = %v, want cannot write", err)
		}
	})
	t.Run("failure midway leaves the old tables", func(t *testing.T) {
		dir := t.TempDir()
		old := map[string]string{}
		for _, name := range TableNames {
			old[name] = "old " + name + "\n"
			if err := os.WriteFile(filepath.Join(dir, name), []byte(old[name]), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		// ties.csv, the third table, is a folder: the first two could be written before
		// it fails.
		ties := filepath.Join(dir, "ties.csv")
		if err := os.Remove(ties); err != nil {
			t.Fatal(err)
		}
		if err := os.Mkdir(ties, 0o755); err != nil {
			t.Fatal(err)
		}
		err := WriteDir(dir, fullRecord())
		if alliances.KindOf(err) != alliances.Invalid || !strings.Contains(err.Error(), ties) {
			t.Errorf("error = %v, want an invalid-kind error naming %s", err, ties)
		}
		for _, name := range TableNames {
			if name == "ties.csv" {
				continue
			}
			if data, err := os.ReadFile(filepath.Join(dir, name)); string(data) != old[name] {
				t.Errorf("%s holds %q (%v), want the old %q", name, data, err, old[name])
			}
		}
		if entries, _ := os.ReadDir(dir); len(entries) != len(TableNames) {
			t.Errorf("folder holds %d entries, want the %d tables and no temporary files", len(entries), len(TableNames))
		}
	})
	t.Run("tables keep their permissions", func(t *testing.T) {
		dir := t.TempDir()
		ties := filepath.Join(dir, "ties.csv")
		if err := os.WriteFile(ties, []byte("old"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(ties, 0o600); err != nil {
			t.Fatal(err)
		}
		if err := WriteDir(dir, fullRecord()); err != nil {
			t.Fatal(err)
		}
		if fi, err := os.Stat(ties); err != nil || fi.Mode().Perm() != 0o600 {
			t.Errorf("ties.csv has mode %v (%v), want -rw------- as before", fi.Mode(), err)
		}
	})
	t.Run("unwritable record writes nothing", func(t *testing.T) {
		dir := t.TempDir()
		r := fullRecord()
		r.Actors[0].Aliases = []string{"a;b"}
		if err := WriteDir(dir, r); err == nil {
			t.Error("no error")
		}
		if files := readDir(t, dir); len(files) != 0 {
			t.Errorf("wrote %d files", len(files))
		}
	})
}

// filesOf turns the output of Tables into input for Read, in the order of TableNames.
func filesOf(tables map[string][]byte) []File {
	var files []File
	for _, name := range TableNames {
		files = append(files, File{Name: name, Data: tables[name]})
	}
	return files
}

func contents(tables map[string][]byte) [][]byte {
	var out [][]byte
	for _, name := range TableNames {
		out = append(out, tables[name])
	}
	return out
}

func dump(tables map[string][]byte) string {
	var b strings.Builder
	for _, name := range TableNames {
		b.WriteString("== " + name + "\n")
		b.Write(tables[name])
	}
	return b.String()
}

// readDir reads the CSV files of a directory, sorted by name.
func readDir(t *testing.T, dir string) []File {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "*.csv"))
	if err != nil {
		t.Fatal(err)
	}
	var files []File
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, File{Name: filepath.Base(n), Data: data})
	}
	return files
}
