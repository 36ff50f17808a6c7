package main

import (
	"strings"
	"testing"

	"github.com/alliances-project/alliances/answer"
)

// TestBlocsNameWhatTheyFold: a bloc named by an organization says which parts it counts
// as the organization (a reviewer read "al Qaeda with Free Syrian Army" where the tie was
// al-Nusra's, al-Nusra folded into al-Qaeda).
func TestBlocsNameWhatTheyFold(t *testing.T) {
	c := withCase(t, `case: fold
title: A part and its organization
sources:
  - {id: report, title: A report, date: 2020, kind: analysis, reliability: B}
actors:
  - {id: aq, name: al Qaeda, kind: armed-group}
  - {id: nusra, name: al-Nusra Front, kind: armed-group}
  - {id: fsa, name: Free Syrian Army, kind: armed-group}
  - {id: is, name: Islamic State, kind: armed-group}
ties:
  - {id: t1, subject: nusra, kind: membership, object: aq, valid: 2013/2016, citations: [{source: report, locator: "¶1", credibility: 2}]}
  - {id: t2, subject: nusra, kind: cooperation, object: fsa, valid: 2013/2016, citations: [{source: report, locator: "¶2", credibility: 2}]}
  - {id: t3, subject: fsa, kind: hostility, object: is, valid: 2013/2016, citations: [{source: report, locator: "¶3", credibility: 2}]}
`)
	r := decode[answer.BlocsStep](t, c, "blocs", "--at", "2015", "--case", "fold").Reading
	if !strings.Contains(r, "al Qaeda (counting al-Nusra Front)") {
		t.Errorf("the reading does not say al Qaeda counts al-Nusra:\n%s", r)
	}
}
