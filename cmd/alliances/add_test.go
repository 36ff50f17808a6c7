package main

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
)

// TestAddRecordsWhatNoReaderProposed: a newcomer's review of the seed article had no way
// at the terminal to add the ties the reader missed (it exported the case, edited the
// file and imported it again, with no reason kept). `add` records an actor and a tie,
// each cited and explained, as a proposal of the login accepted at once, both in the
// audit trail; it refuses what is incomplete or names no actor, and an id the case holds.
func TestAddRecordsWhatNoReaderProposed(t *testing.T) {
	c := newCLI(t)
	c.ok("cases")
	case_ := "--case=afghanistan-2021"
	c.ok("add", "actor", "id=omar-yusufzai", "name=Omar Yusufzai", "kind=individual", case_, "--why", "leads a faction, ¶10")
	out := c.ok("add", "tie", "subject=omar-yusufzai", "kind=alliance", "object=taliban", "valid=2018/", case_,
		"--locator", "¶7", "--quote", "a full friendship blossomed", "--why", "stated, ¶7")
	if !strings.Contains(out, "tie t-omar-yusufzai-alliance-taliban added to case afghanistan-2021") {
		t.Errorf("add tie says:\n%s", out)
	}
	var ties []alliances.Tie
	if err := json.Unmarshal([]byte(c.ok("ties", "--actor", "omar-yusufzai", "--json")), &ties); err != nil {
		t.Fatal(err)
	}
	if len(ties) != 1 || ties[0].Valid.String() != "2018/" || len(ties[0].Citations) != 1 {
		t.Fatalf("ties of the added actor: %+v, want the one added", ties)
	}
	// Added as what the report states (a reviewer's 69 ties added without a basis drew
	// check's warning).
	if ties[0].Basis != alliances.Stated {
		t.Errorf("the basis: %q, want stated", ties[0].Basis)
	}
	// The case's only source, at the locator, with the words quoted, stated.
	if cite := ties[0].Citations[0]; cite.Source != "newlines-2021" || cite.Locator != "¶7" || cite.Credibility != 2 || cite.Note != "“a full friendship blossomed”" {
		t.Errorf("the citation: %+v", cite)
	}
	audit := c.ok("audit", "--case", "afghanistan-2021")
	for _, want := range []string{"propose  afghanistan-2021  tie t-omar-yusufzai-alliance-taliban", "accept   afghanistan-2021  tie t-omar-yusufzai-alliance-taliban"} {
		if !strings.Contains(strings.Join(strings.Fields(audit), " "), strings.Join(strings.Fields(want), " ")) {
			t.Errorf("the audit trail lacks %q:\n%s", want, audit)
		}
	}
	// A second tie of the same parties and kind gets an id of its own; one of the same time
	// too, with a warning that it may state the same claim twice (a reviewer added one
	// unawares).
	if out := c.ok("add", "tie", "subject=omar-yusufzai", "kind=alliance", "object=taliban", "valid=2021", case_, "--why", "again, ¶11"); !strings.Contains(out, "t-omar-yusufzai-alliance-taliban-2 added") {
		t.Errorf("a second tie:\n%s", out)
	}
	if _, errOut, code := c.run("add", "tie", "subject=omar-yusufzai", "kind=alliance", "object=taliban", "valid=2021", case_, "--why", "¶11 again", "--propose"); code != 0 ||
		!strings.Contains(errOut, "already records omar-yusufzai alliance taliban at 2021 (t-omar-yusufzai-alliance-taliban-2)") {
		t.Errorf("the same tie again: exit %d, %q; want a warning naming the one recorded", code, errOut)
	}
	if _, errOut, _ := c.run("add", "tie", "subject=omar-yusufzai", "kind=alliance", "object=taliban", "valid=2016", case_, "--why", "¶11", "--propose"); strings.Contains(errOut, "already records") {
		t.Errorf("a tie of another time: %q, want no warning", errOut)
	}

	for _, bad := range []struct {
		args []string
		code int
		says string
	}{
		{[]string{"tie", "subject=omar-yusufzai", "kind=alliance", "object=taliban", "valid=2018"}, exitUsage, "--why is required"},
		{[]string{"tie", "subject=omar-yusufzai", "object=taliban", "valid=2018", "--why", "x"}, exitUsage, "a tie needs kind="},
		{[]string{"tie", "subject=omar-yusufzai", "kind=alliance", "object=taliban", "valid=2018", "colour=red", "--why", "x"}, exitUsage, "a tie has no field \"colour\""},
		{[]string{"tie", "subject=nobody", "kind=alliance", "object=taliban", "valid=2018", "--why", "x"}, exitInvalid, `unknown actor "nobody"`},
		{[]string{"tie", "subject=omar-yusufzai", "kind=alliance", "object=taliban", "--why", "x"}, exitInvalid, "missing valid time"},
		{[]string{"actor", "id=omar-yusufzai", "name=Omar", "kind=individual", "--why", "x"}, exitConflict, "exists already"},
		{[]string{"event", "id=x", "--why", "x"}, exitUsage, "add takes tie or actor"},
	} {
		_, errOut, code := c.run(append(append([]string{"add"}, bad.args...), case_)...)
		if code != bad.code || !strings.Contains(errOut, bad.says) {
			t.Errorf("add %q: exit %d, %q; want exit %d saying %q", bad.args, code, errOut, bad.code, bad.says)
		}
	}
	if err := json.Unmarshal([]byte(c.ok("ties", "--actor", "omar-yusufzai", "--json")), &ties); err != nil || len(ties) != 2 {
		t.Errorf("after the refusals: %d ties (%v), want the 2 added", len(ties), err)
	}

	// --propose leaves it for another reviewer.
	c.ok("add", "tie", "subject=omar-yusufzai", "kind=favour", "object=iran", "valid=2019", case_, "--why", "¶12", "--propose")
	if out := c.ok("review", case_); !strings.Contains(out, "3 yours, left for another reviewer") {
		t.Errorf("review after add --propose:\n%s", out)
	}
}

// TestCorrectedTieTakesTheIdOfWhatItIs: the reader's ids name a tie's parties and kind;
// two newcomers' reviews found corrected ties keeping the id of what they were not
// ("x-pakistan-support-taliban-p1" recorded as favour). A correction of the kind or the
// parties records the tie under the id that names it, the audit trail says so, and the
// report read again does not offer the statement again.
func TestCorrectedTieTakesTheIdOfWhatItIs(t *testing.T) {
	c := newCLI(t)
	c.ok("cases")
	report := writeText(t, "stated.txt", "Pakistan gave its support to the Taliban in 2004, as its army grew impatient with the government in Kabul.\n")
	c.ok("extract", report, "--case", "afghanistan-2021", "--propose")
	c.stdin = "e kind=favour -- sympathy, not support\n"
	if out := c.ok("review", "--case", "afghanistan-2021"); !strings.Contains(out, "accepted, as edited, as x-pakistan-favour-taliban-p1\n") {
		t.Errorf("review of a correction of the kind:\n%s", out)
	}
	var ties []alliances.Tie
	if err := json.Unmarshal([]byte(c.ok("ties", "--actor", "pakistan", "--kind", "favour", "--json")), &ties); err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(ties, func(t alliances.Tie) bool { return t.ID == "x-pakistan-favour-taliban-p1" }) {
		t.Errorf("the corrected tie: %+v, want it recorded as x-pakistan-favour-taliban-p1", ties)
	}
	if _, _, code := c.run("history", "x-pakistan-support-taliban-p1"); code != exitNotFound {
		t.Errorf("the id of what the tie is not: exit %d, want not found", code)
	}
	if out := c.ok("extract", report, "--case", "afghanistan-2021", "--propose"); !strings.Contains(out, "1 proposal offered before and not again") {
		t.Errorf("the report read again:\n%s", out)
	}
}
