package main

import (
	"strings"
	"testing"

	"github.com/alliances-project/alliances/answer"
)

// TestDiffSaysWhatHeldOnlyBetween: with --focal, a tie of the focal actor that began and
// ended between the two dates is named, not left out of "no stance changed" (a reviewer
// read "No actor's stance toward Islamic State changed" from 2015 to 2019 over the SDF's
// war with it, 2016 to 2019).
func TestDiffSaysWhatHeldOnlyBetween(t *testing.T) {
	c := withCase(t, `case: war
title: A war between two dates
sources:
  - {id: report, title: A report, date: 2020, kind: analysis, reliability: B}
actors:
  - {id: sdf, name: Syrian Democratic Forces, kind: armed-group}
  - {id: is, name: Islamic State, kind: armed-group}
  - {id: turkey, name: Turkey, kind: state}
ties:
  - {id: t1, subject: sdf, kind: hostility, object: is, valid: 2016-04/2019-03-23, citations: [{source: report, locator: "¶1", credibility: 2}]}
  - {id: t2, subject: turkey, kind: opposition, object: is, valid: 2014/2020, citations: [{source: report, locator: "¶2", credibility: 2}]}
`)
	res := decode[answer.Change](t, c, "diff", "2015", "2019-06", "--focal", "is", "--case", "war")
	if len(res.Between) != 1 || res.Between[0].ID != "t1" {
		t.Errorf("between the dates: %+v, want the SDF's war alone (Turkey's opposition holds at both)", res.Between)
	}
	if !strings.Contains(res.Reading, "between them 1 tie of Islamic State held, seen at neither date: Syrian Democratic Forces hostility Islamic State") {
		t.Errorf("the reading does not name the war between the dates:\n%s", res.Reading)
	}
}
