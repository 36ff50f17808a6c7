// Command edgelist2case turns a signed or unsigned edge list from a network data set
// into a case, as the five CSV tables `alliances import` reads (or one YAML case file),
// so that real networks can be analysed like any case. Every tie cites the data set,
// with the line of the edge list as locator: the evidence discipline holds for data too.
// The source and the ties get ids prefixed with the case id (ids are unique across the
// cases of a database); actors get ids made from their names.
//
//	go run ./scripts/edgelist2case -in gama.csv -case gahuku-gama -title "Read's highland tribes" \
//	    -source-title "Read (1954), via signnet" -valid 1954 -out gama/
//	alliances import --case gahuku-gama gama/*.csv
//
// Input: one edge a line, `from to [sign-or-weight [time-or-window]]`, separated by commas,
// tabs or spaces, a name in double quotes holding any of them; # and % start comments; a
// first line whose third column is no number is a header, and skipped. A
// positive edge becomes a tie of kind -positive (alliance by default), a negative one of
// kind -negative (hostility); with -directed they default to favour and opposition. When
// the third column holds any value but -1, 0 and 1 it holds weights: each magnitude,
// rounded and kept within 1 to 5, becomes the tie's intensity; otherwise it holds signs
// and intensities stay unknown. The
// fourth column, when there is one, dates the tie: a window such as 46-49 (years of the
// 20th century, as in the Correlates of War signed networks) or 1946-1949, or a Unix time
// in seconds (the day it falls on); otherwise every tie gets -valid, which is then required.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/casefile"
	"github.com/alliances-project/alliances/csvio"
	"github.com/alliances-project/alliances/edtf"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "edgelist2case:", err)
		os.Exit(1)
	}
}

type options struct {
	in, out, caseID, title      string
	sourceTitle, sourceURL, rel string
	positive, negative, valid   string
	credibility                 int
	directed                    bool
}

func run(args []string) error {
	var o options
	fs := flag.NewFlagSet("edgelist2case", flag.ContinueOnError)
	fs.StringVar(&o.in, "in", "", "edge list `file`")
	fs.StringVar(&o.out, "out", "", "output: a `directory` for CSV tables, or a .yaml file")
	fs.StringVar(&o.caseID, "case", "", "case `id`")
	fs.StringVar(&o.title, "title", "", "case `title`")
	fs.StringVar(&o.sourceTitle, "source-title", "", "`title` of the data set, cited by every tie")
	fs.StringVar(&o.sourceURL, "source-url", "", "`url` of the data set")
	fs.StringVar(&o.rel, "reliability", "B", "Admiralty `grade` of the data set")
	fs.IntVar(&o.credibility, "credibility", 2, "credibility `1-6` of each tie")
	fs.StringVar(&o.positive, "positive", "", "tie `kind` of positive edges (default alliance, or favour with -directed)")
	fs.StringVar(&o.negative, "negative", "", "tie `kind` of negative edges (default hostility, or opposition with -directed)")
	fs.StringVar(&o.valid, "valid", "", "EDTF valid `time` of the ties the list does not date itself, such as 1954 or 2008/2016")
	fs.BoolVar(&o.directed, "directed", false, "edges are directed")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if o.in == "" || o.out == "" || o.caseID == "" || o.sourceTitle == "" {
		fs.Usage()
		return fmt.Errorf("-in, -out, -case and -source-title are required")
	}
	rec, err := convert(o)
	if err != nil {
		return err
	}
	return write(rec, o.out)
}

func convert(o options) (*alliances.Record, error) {
	data, err := os.ReadFile(o.in)
	if err != nil {
		return nil, err
	}
	pos, neg := kinds(o)
	valid, err := defaultValid(o.valid)
	if err != nil {
		return nil, err
	}
	title := o.title
	if title == "" {
		title = o.caseID
	}
	rec := &alliances.Record{Case: o.caseID, Title: title,
		Sources: []alliances.Source{{ID: o.caseID + "-data", Title: o.sourceTitle, URL: o.sourceURL, Kind: "dataset", Reliability: o.rel}}}
	actors := newNamer()
	lines := strings.Split(string(data), "\n")
	weights := hasWeights(lines)
	for i, line := range lines {
		f := fields(line)
		if len(f) < 2 || (i == 0 && isHeader(f)) {
			continue
		}
		t, err := edge(o.caseID, f, i+1, valid, pos, neg, o.credibility, weights)
		if err == nil && t.Valid.IsZero() {
			err = fmt.Errorf("the edge has no date, give -valid with an EDTF date or interval such as 1954 or 2008/2016")
		}
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", o.in, i+1, err)
		}
		t.Subject, t.Object = actors.actorID(rec, f[0]), actors.actorID(rec, f[1])
		rec.Ties = append(rec.Ties, t)
	}
	rec.Normalize()
	if ps := alliances.Errors(alliances.Validate(rec)); len(ps) > 0 {
		return nil, fmt.Errorf("the converted case is not valid: %s (and %d more)", ps[0], len(ps)-1)
	}
	return rec, nil
}

// hasWeights reports whether the third column holds weights: some value other than
// -1, 0 and 1. A column of -1, 0 and 1 alone holds signs.
func hasWeights(lines []string) bool {
	for i, line := range lines {
		f := fields(line)
		if len(f) < 3 || (i == 0 && isHeader(f)) {
			continue
		}
		if x, err := parseNumber(f[2]); err == nil && x != 1 && x != -1 && x != 0 {
			return true
		}
	}
	return false
}

func kinds(o options) (alliances.Kind, alliances.Kind) {
	pos, neg := alliances.Alliance, alliances.Hostility
	if o.directed {
		pos, neg = alliances.Favour, alliances.Opposition
	}
	if o.positive != "" {
		pos = alliances.Kind(o.positive)
	}
	if o.negative != "" {
		neg = alliances.Kind(o.negative)
	}
	return pos, neg
}

// defaultValid parses -valid; without it, every edge must carry its own date.
func defaultValid(s string) (edtf.Interval, error) {
	if s == "" {
		return edtf.Interval{}, nil
	}
	return edtf.Parse(s)
}

// fields splits a line at commas, tabs and spaces; a field in double quotes may hold
// them ("New York"), and "" within it is a quote.
func fields(line string) []string {
	line = strings.TrimSpace(line)
	if line == "" || line[0] == '#' || line[0] == '%' {
		return nil
	}
	var f []string
	var cur strings.Builder
	quoted, inField := false, false
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case quoted && c == '"' && i+1 < len(line) && line[i+1] == '"':
			cur.WriteByte('"')
			i++
		case c == '"':
			quoted, inField = !quoted, true
		case !quoted && (c == ',' || c == '\t' || c == ' '):
			if inField {
				f = append(f, cur.String())
				cur.Reset()
				inField = false
			}
		default:
			cur.WriteByte(c)
			inField = true
		}
	}
	if inField {
		f = append(f, cur.String())
	}
	return f
}

// isHeader reports whether the first line's fields are a header: a third column (the
// sign or weight) that is not a number. A header of two columns cannot be told from an
// edge, and is read as one.
func isHeader(f []string) bool {
	if len(f) < 3 {
		return false
	}
	_, err := parseNumber(f[2])
	return err != nil
}

func write(rec *alliances.Record, out string) error {
	if strings.HasSuffix(out, ".yaml") || strings.HasSuffix(out, ".yml") {
		file, err := os.Create(out)
		if err != nil {
			return err
		}
		if err := casefile.Write(file, rec); err != nil {
			file.Close()
			return err
		}
		return file.Close()
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	if err := csvio.WriteDir(out, rec); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %d actors and %d ties to %s\n", len(rec.Actors), len(rec.Ties), filepath.Clean(out))
	return nil
}
