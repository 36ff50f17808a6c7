package csvio

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// base is a small valid case; the tests replace some of its tables.
var base = map[string]string{
	"sources.csv":   "id,title,kind,reliability\nun,UN report,official-statement,A\n",
	"actors.csv":    "id,name,kind\ntaliban,Taliban,armed-group\npakistan,Pakistan,state\n",
	"ties.csv":      "id,subject,object,kind,valid,intensity\nt1,pakistan,taliban,support,2004/2021,3\n",
	"citations.csv": "claim,source,credibility\nt1,un,2\n",
}

// files returns the base case with some tables replaced (an empty content drops one),
// in a fixed order.
func files(replace map[string]string) []File {
	merged := map[string]string{}
	for k, v := range base {
		merged[k] = v
	}
	for k, v := range replace {
		merged[k] = v
	}
	var out []File
	for _, name := range append(append([]string{}, TableNames...), "other.csv", "ties2.csv") {
		if data, ok := merged[name]; ok && data != "" {
			out = append(out, File{Name: name, Data: []byte(data)})
		}
	}
	return out
}

// want is an expected diagnostic: its place and a phrase of its message.
type want struct {
	file      string
	line, col int
	phrase    string
}

func (w want) String() string {
	return fmt.Sprintf("%s:%d:%d: …%s…", w.file, w.line, w.col, w.phrase)
}

// checkDiags checks the errors among got (warnings have tests of their own).
func checkDiags(t *testing.T, got alliances.Diagnostics, wants []want) {
	t.Helper()
	got = got.Errors()
	ok := len(got) == len(wants)
	for i := 0; ok && i < len(got); i++ {
		g, w := got[i], wants[i]
		ok = g.File == w.file && g.Line == w.line && g.Column == w.col && strings.Contains(g.Msg, w.phrase)
	}
	if !ok {
		t.Errorf("got diagnostics\n%v\nwant\n%v", got, wants)
	}
}

func TestReadTestdata(t *testing.T) {
	rec, diags := Read("afghanistan", "Afghanistan", readDir(t, "testdata/valid"))
	checkDiags(t, diags, nil)
	if len(rec.Sources) != 2 || len(rec.Actors) != 4 || len(rec.Ties) != 3 || len(rec.Events) != 1 {
		t.Fatalf("read %d sources, %d actors, %d ties, %d events", len(rec.Sources), len(rec.Actors), len(rec.Ties), len(rec.Events))
	}
	tie := rec.Ties[1]
	if tie.Intensity != 4 || tie.Rank != 1 || len(tie.Citations) != 2 || tie.Citations[1].Stance != alliances.Denies ||
		!reflect.DeepEqual(tie.Forms, []alliances.Form{alliances.Territory, alliances.Training}) {
		t.Errorf("tie = %+v", tie)
	}
	if a := rec.Actors[0]; !reflect.DeepEqual(a.Aliases, []string{"Islamic Emirate of Afghanistan", "Taleban"}) ||
		!reflect.DeepEqual(a.External, map[string]string{"wikidata": "Q42934", "ucdp": "303"}) {
		t.Errorf("actor = %+v", a)
	}
}

// TestScanReadsCitationsInAnyOrder gives each tie its citations, in the order of their
// rows, whatever the order of the ties they name: those of a tie further down wait for it.
func TestScanReadsCitationsInAnyOrder(t *testing.T) {
	fs := files(map[string]string{
		"ties.csv":      tiesHead + "t1,pakistan,taliban,support,2004/2021,3\nt2,taliban,pakistan,hostility,2005,\nt3,pakistan,taliban,hostility,2006,\n",
		"citations.csv": "claim,source,credibility,locator\nt3,un,2,p. 3\nt1,un,2,p. 1\nt3,un,3,p. 3b\n\nt2,un,4,p. 2\nt1,un,5,p. 1b\n",
	})
	rec, diags := Read("case", "", fs)
	checkDiags(t, diags, nil)
	var locators []string
	for _, tie := range rec.Ties {
		for _, c := range tie.Citations {
			locators = append(locators, tie.ID+" "+c.Locator)
		}
	}
	if want := []string{"t1 p. 1", "t1 p. 1b", "t2 p. 2", "t3 p. 3", "t3 p. 3b"}; !reflect.DeepEqual(locators, want) {
		t.Fatalf("citations %q, want %q", locators, want)
	}
	sameScan(t, fs, rec, diags)
}

// TestEachRefusesAFileChangedSinceScan: a table that Each reads again from its file
// must hold the text Scan checked; changed since, Each fails, as a conflict naming it,
// rather than give ties nobody checked.
func TestEachRefusesAFileChangedSinceScan(t *testing.T) {
	for _, change := range []struct{ name, ties string }{
		{"a cell", tiesHead + "t1,pakistan,taliban,support,2004/2021,4\n"},
		{"a row added", tiesHead + "t1,pakistan,taliban,support,2004/2021,3\nt2,pakistan,taliban,support,2004/2021,3\n"},
		{"cut short", tiesHead},
		{"removed", ""},
	} {
		t.Run(change.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "ties.csv")
			if err := os.WriteFile(path, []byte(base["ties.csv"]), 0o600); err != nil {
				t.Fatal(err)
			}
			fs := files(nil)
			for i := range fs {
				if fs[i].Name == "ties.csv" {
					fs[i].Open = func() (io.ReadCloser, error) { return os.Open(path) }
				}
			}
			sc, diags := Scan("case", "", fs)
			checkDiags(t, diags, nil)
			n := 0
			if err := sc.Each(func(*alliances.Tie) error { n++; return nil }); err != nil || n != 1 {
				t.Fatalf("Each of the file unchanged: %d ties, %v", n, err)
			}
			want := "ties.csv: the file changed while it was imported"
			if change.ties == "" {
				want = "ties.csv: cannot read the file again"
				if err := os.Remove(path); err != nil {
					t.Fatal(err)
				}
			} else if err := os.WriteFile(path, []byte(change.ties), 0o600); err != nil {
				t.Fatal(err)
			}
			err := sc.Each(func(*alliances.Tie) error { return nil })
			if alliances.KindOf(err) != alliances.Conflict || !strings.Contains(err.Error(), want) {
				t.Errorf("Each of the file changed: %v, want a conflict naming it", err)
			}
		})
	}
}

func TestReadAccepts(t *testing.T) {
	for _, tc := range []struct {
		name    string
		replace map[string]string
	}{
		{"byte order mark and CRLF are accepted", map[string]string{
			"ties.csv": "\xEF\xBB\xBFid,subject,object,kind,valid,intensity\r\nt1,pakistan,taliban,support,2004/2021,3\r\n"}},
		{"blank lines and empty rows are skipped", map[string]string{
			"ties.csv": "\n\nid,subject,object,kind,valid,intensity\n\n,,,,,\nt1,pakistan,taliban,support,2004/2021,3\n\n"}},
		{"columns in any order with header case and spaces are accepted", map[string]string{
			"ties.csv": " Valid ,KIND,object,subject,id,intensity\n2004/2021,support,taliban,pakistan,t1,3\n"}},
		{"quoted cells and trimmed ids are accepted", map[string]string{
			"ties.csv": "id,subject,object,kind,valid,intensity\n\"t1\", pakistan ,\"taliban\",support, 2004/2021 ,\" 3\"\n"}},
		{"fitting sign and directed are accepted", map[string]string{
			"ties.csv": "id,subject,object,kind,sign,directed,valid,intensity\nt1,pakistan,taliban,support,+,TRUE,2004/2021,3\n"}},
		{"trailing empty columns are ignored", map[string]string{
			"ties.csv": "id,subject,object,kind,valid,intensity,,\nt1,pakistan,taliban,support,2004/2021,3,,\n"}},
		{"tables are recognised whatever their file names", map[string]string{
			"ties.csv": "", "other.csv": base["ties.csv"]}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec, diags := Read("case", "", files(tc.replace))
			checkDiags(t, diags, nil)
			sameScan(t, files(tc.replace), rec, diags)
			want := alliances.Tie{ID: "t1", Subject: "pakistan", Object: "taliban", Kind: alliances.Support,
				Valid: edtf.MustParse("2004/2021"), Intensity: 3, Citations: []alliances.Citation{{Source: "un", Credibility: 2}}}
			want.Normalize()
			if len(rec.Ties) != 1 || !reflect.DeepEqual(rec.Ties[0], want) {
				t.Errorf("ties = %+v, want %+v", rec.Ties, want)
			}
			if rec.Title != "case" {
				t.Errorf("title = %q, want the case id", rec.Title)
			}
		})
	}
}

const tiesHead = "id,subject,object,kind,valid,intensity\n"

func TestReadReportsProblems(t *testing.T) {
	for _, tc := range []struct {
		name    string
		replace map[string]string
		want    []want
	}{
		{"unknown column is an error with did you mean", map[string]string{
			"ties.csv": "id,subject,object,kind,valid,notes\nt1,pakistan,taliban,support,2004/2021,x\n"},
			[]want{{"ties.csv", 1, 30, `unknown column "notes" in ties header, did you mean "note"?`}}},
		{"misspelt key column is an unknown column", map[string]string{
			"ties.csv": "id,subjcet,object,kind,valid\nt1,pakistan,taliban,support,2004/2021\n"},
			[]want{{"ties.csv", 1, 4, `unknown column "subjcet" in ties header, did you mean "subject"?`}}},
		{"missing required column is an error at line 1", map[string]string{
			"ties.csv": "id,subject,object,kind\nt1,pakistan,taliban,support\n"},
			[]want{{"ties.csv", 1, 1, "missing required column valid in ties header"}}},
		{"column given twice is an error", map[string]string{
			"citations.csv": "claim,source,credibility,source\nt1,un,2,un\n"},
			[]want{{"citations.csv", 1, 26, `column "source" given twice`}}},
		{"unknown actor in subject is an error with did you mean", map[string]string{
			"ties.csv": tiesHead + "t1,pakistn,taliban,support,2004/2021,3\n"},
			[]want{{"ties.csv", 2, 4, `unknown actor "pakistn", did you mean "pakistan"?`}}},
		{"bad EDTF in valid points inside the cell", map[string]string{
			"ties.csv": tiesHead + "t1,pakistan,taliban,support,2004/2021-13,3\n"},
			[]want{{"ties.csv", 2, 39, `invalid valid time "2004/2021-13": month 13`}}},
		{"bad EDTF in a quoted cell points inside the cell", map[string]string{
			"ties.csv": tiesHead + "t1,pakistan,taliban,support,\" 2004/2021-13\",3\n"},
			[]want{{"ties.csv", 2, 41, `invalid valid time "2004/2021-13": month 13`}}},
		{"missing valid time is an error", map[string]string{
			"ties.csv": tiesHead + "t1,pakistan,taliban,support,,3\n"},
			[]want{{"ties.csv", 2, 29, "missing valid time"}}},
		{"intensity 0 is an error", map[string]string{
			"ties.csv": tiesHead + "t1,pakistan,taliban,support,2004/2021,0\n"},
			[]want{{"ties.csv", 2, 39, "intensity 0 out of range, expected 1 (token) to 5"}}},
		{"intensity x is an error", map[string]string{
			"ties.csv": tiesHead + "t1,pakistan,taliban,support,2004/2021,x\n"},
			[]want{{"ties.csv", 2, 39, `intensity "x" is not a whole number`}}},
		{"rank 0 is an error", map[string]string{
			"ties.csv": "id,subject,object,kind,valid,rank\nt1,pakistan,taliban,support,2004/2021,0\n"},
			[]want{{"ties.csv", 2, 39, "rank 0 out of range, expected 1 or more"}}},
		{"sign that does not fit the kind is an error", map[string]string{
			"ties.csv": "id,subject,object,kind,valid,sign,directed\nt1,pakistan,taliban,support,2004/2021,-,false\n"},
			[]want{{"ties.csv", 2, 39, `sign "-" does not fit kind support, expected +`},
				{"ties.csv", 2, 41, `directed "false" does not fit kind support, expected true`}}},
		{"credibility 9 is an error", map[string]string{
			"citations.csv": "claim,source,credibility\nt1,un,9\n"},
			[]want{{"citations.csv", 2, 7, "credibility 9 out of range, expected 1 (confirmed) to 6"}}},
		{"credibility x and an empty credibility are errors", map[string]string{
			"citations.csv": "claim,source,credibility\nt1,un,x\nt1,un,\n"},
			[]want{{"citations.csv", 2, 7, `credibility "x" is not a whole number`},
				{"citations.csv", 3, 7, "missing credibility"}}},
		{"citation for an unknown claim is an error with did you mean", map[string]string{
			"citations.csv": "claim,source,credibility\nt1,un,2\nt11,un,x\n"},
			[]want{{"citations.csv", 3, 1, `unknown claim "t11", did you mean "t1"?`},
				{"citations.csv", 3, 8, `credibility "x" is not a whole number`}}},
		{"a citation for an unknown claim is still checked for its source and credibility", map[string]string{
			"citations.csv": "claim,source,credibility\nt1,un,2\nt9,unn,9\n"},
			[]want{{"citations.csv", 3, 1, `unknown claim "t9"`},
				{"citations.csv", 3, 4, `unknown source "unn", did you mean "un"?`},
				{"citations.csv", 3, 8, "credibility 9 out of range"}}},
		{"a citation for an unknown claim without a source is told so", map[string]string{
			"citations.csv": "claim,source,credibility\nt1,un,2\nt9,,2\n"},
			[]want{{"citations.csv", 3, 1, `unknown claim "t9"`},
				{"citations.csv", 3, 4, "missing source, expected a source id"}}},
		{"unknown source in a citation is an error", map[string]string{
			"citations.csv": "claim,source,credibility\nt1,unn,2\n"},
			[]want{{"citations.csv", 2, 4, `unknown source "unn", did you mean "un"?`}}},
		{"tie without citation is an error at its row", map[string]string{
			"ties.csv": tiesHead + "t1,pakistan,taliban,support,2004/2021,3\nt2,taliban,pakistan,hostility,2005,\n"},
			[]want{{"ties.csv", 3, 1, `no citation for tie "t2", expected at least one row in citations.csv with claim t2`}}},
		{"ties without citations table are errors", map[string]string{"citations.csv": ""},
			[]want{{"ties.csv", 2, 1, `no citation for tie "t1"`}}},
		{"row with too few fields is an error at its end", map[string]string{
			"ties.csv": tiesHead + "t1,pakistan,taliban,support\n"},
			[]want{{"ties.csv", 2, 28, "row has 4 fields, expected 6 as the header has"}}},
		{"row with too many fields is an error at the first extra one", map[string]string{
			"ties.csv": tiesHead + "t1,pakistan,taliban,support,2004/2021,3,extra\n"},
			[]want{{"ties.csv", 2, 41, "row has 7 fields, expected 6 as the header has"}}},
		{"bare quote is an error where the CSV reader finds it", map[string]string{
			"ties.csv": tiesHead + "t1,paki\"stan,taliban,support,2004/2021,3\n"},
			[]want{{"ties.csv", 2, 8, `bare " in non-quoted-field`}}},
		{"unclosed quote is an error", map[string]string{
			"citations.csv": "claim,source,credibility\nt1,\"un,2\n"},
			[]want{{"citations.csv", 2, 10, `extraneous or missing " in quoted-field`}}},
		{"duplicate id is an error at the second", map[string]string{
			"actors.csv": "id,name,kind\ntaliban,Taliban,armed-group\npakistan,Pakistan,state\ntaliban,Taleban,armed-group\n"},
			[]want{{"actors.csv", 4, 1, `duplicate id "taliban", already used in actors`}}},
		{"bad external id is an error at its element", map[string]string{
			"actors.csv": "id,name,kind,external\ntaliban,Taliban,armed-group,wikidata=Q1; ucdp\npakistan,Pakistan,state,wikidta=Q843\n"},
			[]want{{"actors.csv", 2, 42, `external id "ucdp" is not of the form scheme=id`},
				{"actors.csv", 3, 25, `unknown external id scheme "wikidta"`}}},
		{"bad tag is an error at its element", map[string]string{
			"actors.csv": "id,name,kind,tags\ntaliban,Taliban,armed-group,\"region:south; Pashtun\"\npakistan,Pakistan,state,\n"},
			[]want{{"actors.csv", 2, 44, `tag "Pashtun" is not of the form key:value`}}},
		{"mediation without third is an error at the third cell", map[string]string{
			"ties.csv": "id,subject,object,kind,valid,third\nt1,pakistan,taliban,mediation,2004/2021,\n"},
			[]want{{"ties.csv", 2, 41, "mediation without a third actor"}}},
		{"missing id is an error at the id cell", map[string]string{
			"actors.csv": "name,kind,id\nTaliban,armed-group,taliban\nPakistan,state,pakistan\nRogue,militia,\n"},
			[]want{{"actors.csv", 4, 15, "missing id"}}},
		{"bad element of a multi-line cell is an error on its line", map[string]string{
			"actors.csv": "id,name,kind,tags\r\ntaliban,Taliban,armed-group,\"region:south;\r\n \"\"Pashtun\"\"\"\r\npakistan,Pakistan,state,\r\n"},
			[]want{{"actors.csv", 3, 2, `tag "\"Pashtun\"" is not of the form key:value`}}},
		{"missing id column is one error", map[string]string{
			"ties.csv": "subject,object,kind,valid\npakistan,taliban,support,2004/2021\n"},
			[]want{{"ties.csv", 1, 1, "missing required column id in ties header"}}},
		{"file with an unrecognised header is an error", map[string]string{"other.csv": "foo,bar\n1,2\n"},
			[]want{{"other.csv", 1, 1, `header "foo,bar" fits no table, expected one of: sources.csv (id,title,`}}},
		{"empty file is an error", map[string]string{"other.csv": "\n\n"},
			[]want{{"other.csv", 1, 1, "empty file, expected a header row"}}},
		{"table given twice is an error", map[string]string{"ties2.csv": tiesHead},
			[]want{{"ties2.csv", 1, 1, "second ties table (the first is ties.csv)"}}},
		{"carriage return inside a field is an error", map[string]string{
			"sources.csv": "id,title,kind,reliability\nun,UN\rreport,official-statement,A\n"},
			[]want{{"sources.csv", 2, 6, `carriage return (\r) inside a field`}}},
		{"value in an unnamed column is an error", map[string]string{
			"sources.csv": "id,title,kind,reliability,\nun,UN report,official-statement,A,oops\n"},
			[]want{{"sources.csv", 2, 35, `value "oops" in a column without a name`}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec, diags := Read("case", "", files(tc.replace))
			checkDiags(t, diags, tc.want)
			sameScan(t, files(tc.replace), rec, diags)
		})
	}
}

func TestReadReportsCaseProblemsWithoutFile(t *testing.T) {
	_, diags := Read("Case 1", "", files(nil))
	checkDiags(t, diags, []want{{"", 1, 1, `case id "Case 1" is not a valid id`}})
}

func TestReadReportsAllProblemsAtOnce(t *testing.T) {
	_, diags := Read("case", "", files(map[string]string{"ties.csv": tiesHead +
		"t1,pakistan,taliban,support,2004/2021,x\n" +
		"t2,pakistn,taliban,support,2004/2021,\n" +
		"t3,pakistan,taliban,support,2004/20x1,\n",
		"citations.csv": "claim,source,credibility\nt1,un,2\nt2,un,2\nt3,un,2\n"}))
	checkDiags(t, diags, []want{
		{"ties.csv", 2, 39, `intensity "x" is not a whole number`},
		{"ties.csv", 3, 4, `unknown actor "pakistn"`},
		{"ties.csv", 4, 36, `invalid valid time "2004/20x1"`},
	})
}

func TestReadSalvagesRowsWithBadQuotes(t *testing.T) {
	// The tie keeps its id, so its citation brings no second error.
	rec, diags := Read("case", "", files(map[string]string{"ties.csv": tiesHead + "t1,pakistan,\"tali\"ban,support,2004/2021,3\n"}))
	checkDiags(t, diags, []want{{"ties.csv", 2, 18, `extraneous or missing " in quoted-field`}})
	if len(rec.Ties) != 1 || rec.Ties[0].ID != "t1" {
		t.Errorf("ties = %+v, want t1 salvaged", rec.Ties)
	}
}

func TestListsNamesTheTablesGiven(t *testing.T) {
	files := []File{
		{Name: "a.csv", Data: []byte("\ufeffid,name,kind\nx,X,state\n")},
		{Name: "b.csv", Data: []byte("claim,source,credibility\n")},
		{Name: "c.csv", Data: []byte("nothing,here\n")},
	}
	if got := Lists(files); !slices.Equal(got, []string{"actors", "citations"}) {
		t.Errorf("Lists = %v, want actors and citations", got)
	}
}

// TestReadWarnsWhatToAdd: CSV tables written before agreements had types and ties a
// basis still load, with warnings that name the column to fill.
func TestReadWarnsWhatToAdd(t *testing.T) {
	rec, diags := Read("case", "", files(map[string]string{"ties.csv": "id,subject,object,kind,valid\nt1,pakistan,taliban,agreement,2004/2021\n"}))
	if len(diags.Errors()) != 0 || len(rec.Ties) != 1 {
		t.Fatalf("the tables do not load: %v", diags)
	}
	ws := diags.Warnings()
	if len(ws) != 2 || !strings.Contains(ws[0].Msg+ws[1].Msg, "in column type one of cease-fire") ||
		!strings.Contains(ws[0].Msg+ws[1].Msg, "in column basis stated") {
		t.Errorf("warnings = %v", ws)
	}
	rec, diags = Read("case", "", files(map[string]string{"ties.csv": "id,subject,object,kind,type,basis,valid\nt1,pakistan,taliban,agreement,defection-deal,inferred,2021\n"}))
	if len(diags) != 0 || rec.Ties[0].Sign != 1 || rec.Ties[0].Basis != alliances.Inferred {
		t.Errorf("a typed defection deal: %v, sign %v, basis %v", diags, rec.Ties[0].Sign, rec.Ties[0].Basis)
	}
}
