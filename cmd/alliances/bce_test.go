package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// bceCase is a case dated before year 0 (testdata/bce/punic.yaml): -0217 is 218 BC.
const bceCase = "testdata/bce/punic.yaml"

// TestBCEYearsPrintAsEDTF: a year before year 0 prints as EDTF writes it, a minus sign
// and four digits ("-0217"), never as Go's %04d writes it ("-217").
func TestBCEYearsPrintAsEDTF(t *testing.T) {
	c := newCLI(t)
	c.ok("import", bceCase)
	out := c.ok("balance", "--from", "-0217", "--to", "-0214", "--step", "1y")
	for _, y := range []string{"-0217", "-0216", "-0215", "-0214"} {
		if !strings.Contains(out, "\n"+y+" ") {
			t.Errorf("balance series:\n%s\nwant a step labelled %s", out, y)
		}
	}
	out = c.ok("blocs", "--from", "-0001-11", "--to", "0000-02", "--step", "1m")
	for _, m := range []string{"-0001-11", "-0001-12", "0000-01", "0000-02"} {
		if !strings.Contains(out, "\n"+m+" ") {
			t.Errorf("blocs series:\n%s\nwant a step labelled %s", out, m)
		}
	}
}

// TestBCECascadeRecord: the record's moves before year 0 are dated by EDTF months and
// ordered: Numidia's alliance with Rome in -0204-05 is a move toward Rome that the
// model (nobody moves at threshold 0.5) does not make.
func TestBCECascadeRecord(t *testing.T) {
	c := newCLI(t)
	c.ok("import", bceCase)
	args := []string{"cascade", "--at", "-0216", "--seed", "rome", "--record", "-0215/-0200", "--movers", "all"}
	if out := c.ok(args...); !strings.Contains(out, "Moved in the record only: numidia") {
		t.Errorf("cascade:\n%s\nwant Numidia's move, in the record only", out)
	}
	var res struct {
		Record []struct{ Actor, Month string }
	}
	if err := json.Unmarshal([]byte(c.ok(append(args, "--json")...)), &res); err != nil {
		t.Fatal(err)
	}
	months := map[string]string{}
	for _, mv := range res.Record {
		months[mv.Actor] = mv.Month
	}
	if months["numidia"] != "-0204-05" || months["aetolia"] != "-0210-09" {
		t.Errorf("recorded moves' months = %v, want numidia -0204-05 and aetolia -0210-09", months)
	}
}
