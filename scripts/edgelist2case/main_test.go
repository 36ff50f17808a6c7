package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/alliances-project/alliances/casefile"
)

func writeInput(t *testing.T, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "edges.csv")
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// readTable reads one CSV table that run wrote, as rows of the named columns.
func readTable(t *testing.T, path string, columns ...string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range recs[1:] {
		var cells []string
		for _, c := range columns {
			i := slices.Index(recs[0], c)
			if i < 0 {
				t.Fatalf("%s has no column %q: %v", path, c, recs[0])
			}
			cells = append(cells, r[i])
		}
		out = append(out, strings.Join(cells, " | "))
	}
	return out
}

// TestSignedEdgeListToTables: a signed list with a header (line 1) and a comment (line
// 2) gives one tie per edge, named after its line, positive edges as alliances and
// negative ones as hostilities, every tie dated -valid, its intensity unknown (the
// third column holds signs only) and citing the data set by its line; names become ids
// (lowercased, other characters to hyphens, a leading digit prefixed with n).
func TestSignedEdgeListToTables(t *testing.T) {
	in := writeInput(t, "\"from\",\"to\",\"sign\"\n# a comment\nAlpha,Beta,1\nAlpha,\"Gamma_Group\",-1\n3,Beta,1\n")
	out := filepath.Join(t.TempDir(), "tables")
	if err := run([]string{"-in", in, "-out", out, "-case", "toy", "-source-title", "A toy list", "-valid", "1954"}); err != nil {
		t.Fatal(err)
	}
	ties := readTable(t, filepath.Join(out, "ties.csv"), "id", "subject", "object", "kind", "directed", "valid", "intensity")
	want := []string{
		"toy-3 | alpha | beta | alliance | false | 1954 | ",
		"toy-4 | alpha | gamma-group | hostility | false | 1954 | ",
		"toy-5 | n3 | beta | alliance | false | 1954 | ",
	}
	if !slices.Equal(ties, want) {
		t.Errorf("ties.csv:\n%s\nwant\n%s", strings.Join(ties, "\n"), strings.Join(want, "\n"))
	}
	actors := readTable(t, filepath.Join(out, "actors.csv"), "id", "name", "kind")
	slices.Sort(actors)
	if want := []string{"alpha | Alpha | other", "beta | Beta | other", "gamma-group | Gamma_Group | other", "n3 | 3 | other"}; !slices.Equal(actors, want) {
		t.Errorf("actors.csv: %v, want %v", actors, want)
	}
	cites := readTable(t, filepath.Join(out, "citations.csv"), "claim", "source", "locator", "credibility")
	if want := []string{"toy-3 | toy-data | line 3 | 2", "toy-4 | toy-data | line 4 | 2", "toy-5 | toy-data | line 5 | 2"}; !slices.Equal(cites, want) {
		t.Errorf("citations.csv: %v, want %v", cites, want)
	}
	sources := readTable(t, filepath.Join(out, "sources.csv"), "id", "title", "kind", "reliability")
	if want := []string{"toy-data | A toy list | dataset | B"}; !slices.Equal(sources, want) {
		t.Errorf("sources.csv: %v, want %v", sources, want)
	}
}

// TestWeightedDirectedEdgeListToYAML: with weights in the third column (4.6 is not a
// sign) each magnitude, rounded and kept within 1 to 5, is the intensity (4.6 -> 5,
// -2 -> 2, 0.4 -> 1); with -directed the kinds are favour and opposition; the fourth
// column dates each tie: the window 46-49 is 1946/1949, 1950-1951 is 1950/1951, and the
// Unix time 1700000000 fell on 2023-11-14.
func TestWeightedDirectedEdgeListToYAML(t *testing.T) {
	in := writeInput(t, "a b 4.6 46-49\na c -2 1950-1951\nb c 0.4 1700000000\n")
	out := filepath.Join(t.TempDir(), "case.yaml")
	if err := run([]string{"-in", in, "-out", out, "-case", "w", "-source-title", "W", "-directed"}); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := casefile.Read(out, data)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, x := range rec.Ties {
		got = append(got, strings.Join([]string{x.ID, x.Subject, x.Object, string(x.Kind), x.Valid.String(), strconv.Itoa(x.Intensity)}, " "))
	}
	want := []string{"w-1 a b favour 1946/1949 5", "w-2 a c opposition 1950/1951 2", "w-3 b c favour 2023-11-14 1"}
	if !slices.Equal(got, want) {
		t.Errorf("ties %v, want %v", got, want)
	}
}

// TestBadEdgeListsNameTheLine: each bad input is refused with the file and line and
// what was expected, and nothing is written.
func TestBadEdgeListsNameTheLine(t *testing.T) {
	tests := []struct {
		name, input string
		args        []string
		want        string // after the input's path
	}{
		{"ErrNotANumber", "a,b,1\na,c,x\n", []string{"-valid", "1954"}, `:2: third field "x" is not a number, expected a sign or weight`},
		{"ErrNoDate", "a,b,1\n", nil, ":1: the edge has no date, give -valid"},
		{"ErrBadWindow", "a b 1 46-4x\n", nil, `:1: window "46-4x", expected years such as 46-49 or 1946-1949`},
		{"ErrBadFourthField", "a b 1 2001\na c 1 soon\n", nil, `:2: fourth field "soon", expected a window such as 46-49 or a Unix time`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := writeInput(t, tt.input)
			out := filepath.Join(t.TempDir(), "tables")
			err := run(append([]string{"-in", in, "-out", out, "-case", "bad", "-source-title", "Bad"}, tt.args...))
			if err == nil || !strings.HasPrefix(err.Error(), in+tt.want) {
				t.Errorf("err = %v, want %q", err, in+tt.want)
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("%s was written", out)
			}
		})
	}
	t.Run("ErrUnknownKind", func(t *testing.T) {
		in := writeInput(t, "a,b,1\n")
		err := run([]string{"-in", in, "-out", filepath.Join(t.TempDir(), "x"), "-case", "bad", "-source-title", "Bad", "-valid", "1954", "-positive", "friendship"})
		if err == nil || !strings.Contains(err.Error(), "the converted case is not valid") || !strings.Contains(err.Error(), "friendship") {
			t.Errorf("err = %v, want the converted case refused for its kind", err)
		}
	})
	t.Run("ErrMissingFlags", func(t *testing.T) {
		if err := run([]string{"-in", "x.csv"}); err == nil || !strings.Contains(err.Error(), "-in, -out, -case and -source-title are required") {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("ErrNoInput", func(t *testing.T) {
		missing := filepath.Join(t.TempDir(), "missing.csv")
		err := run([]string{"-in", missing, "-out", filepath.Join(t.TempDir(), "x"), "-case", "bad", "-source-title", "Bad", "-valid", "1954"})
		if !os.IsNotExist(err) && !strings.Contains(err.Error(), "no such file") {
			t.Errorf("err = %v, want the missing file named", err)
		}
	})
}

// TestActorIDsUnique: names that make the same id get numbered ids, each given once.
func TestActorIDsUnique(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "edges.txt")
	if err := os.WriteFile(in, []byte("A-B,a_b,1\na_b,A.B,-1\nA.B,7up,1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	rec, err := convert(options{in: in, caseID: "c", sourceTitle: "S", rel: "B", valid: "1954", credibility: 2})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range rec.Actors {
		got = append(got, a.Name+"="+a.ID)
	}
	// A-B, a_b and A.B all make a-b; they are numbered in the order met.
	if want := "A-B=a-b a_b=a-b-2 A.B=a-b-3 7up=n7up"; strings.Join(got, " ") != want {
		t.Errorf("actors = %s, want %s", strings.Join(got, " "), want)
	}
}

// BenchmarkConvert converts edge lists of growing size (n/5 nodes, random edges): the
// time per edge should stay the same.
func BenchmarkConvert(b *testing.B) {
	for _, edges := range []int{1e4, 1e5} {
		b.Run(fmt.Sprintf("%d", edges), func(b *testing.B) {
			in := filepath.Join(b.TempDir(), "edges.txt")
			var sb strings.Builder
			nodes := edges / 5
			for i := range edges {
				fmt.Fprintf(&sb, "node%d node%d %d\n", i%nodes, (i*7919+1)%nodes, 1-2*(i%3/2))
			}
			if err := os.WriteFile(in, []byte(sb.String()), 0o644); err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				if _, err := convert(options{in: in, caseID: "c", sourceTitle: "S", rel: "B", valid: "2000", credibility: 2}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestQuotedNamesKeepTheirSpaces: a name in double quotes holds spaces and commas ("New
// York"), and "" inside it is a quote.
func TestQuotedNamesKeepTheirSpaces(t *testing.T) {
	in := writeInput(t, "\"New York\" \"Left, \"\"Old\"\" Guard\" 1\n")
	rec, err := convert(options{in: in, caseID: "q", sourceTitle: "S", rel: "B", valid: "1954", credibility: 2})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, a := range rec.Actors {
		names = append(names, a.Name)
	}
	if want := []string{"New York", `Left, "Old" Guard`}; !slices.Equal(names, want) {
		t.Errorf("names = %q, want %q", names, want)
	}
}

// TestFirstLineIsAnEdgeWhenItsWeightIsANumber: a first line is a header only when its
// third column is no number; an edge on line 1 with a bad date is reported at line 1,
// not dropped as a header.
func TestFirstLineIsAnEdgeWhenItsWeightIsANumber(t *testing.T) {
	in := writeInput(t, "a b 1 soon\nb c 1 46-49\n")
	_, err := convert(options{in: in, caseID: "h", sourceTitle: "S", rel: "B", credibility: 2})
	if err == nil || !strings.Contains(err.Error(), ":1: fourth field \"soon\"") {
		t.Errorf("error = %v, want line 1's fourth field named", err)
	}
}
