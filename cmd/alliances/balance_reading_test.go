package main

import (
	"strings"
	"testing"

	"github.com/alliances-project/alliances/answer"
)

// TestBalanceSaysWhenACampIsNoAlliance: actors the reading names in one camp that no
// positive tie joins, even through others of the camp, are said to be so (a reviewer read
// "the best split puts Syria, the Army of Conquest and the Free Syrian Army on one side" as
// an alliance of the regime and the rebels); a camp its ties join is not. Three enemies
// of one another make the network unbalanced, so that the reading describes the split; the
// camps' actors with the most positive ties are named first.
func TestBalanceSaysWhenACampIsNoAlliance(t *testing.T) {
	const head = `title: Enemies of one
sources:
  - {id: report, title: A report, date: 2020, kind: analysis, reliability: B}
actors:
  - {id: regime, name: Regime, kind: state}
  - {id: rebels, name: Rebel Front, kind: armed-group}
  - {id: is, name: Islamic State, kind: armed-group}
  - {id: ally, name: Ally State, kind: state}
  - {id: donor, name: Donor State, kind: state}
  - {id: z, name: Zed Front, kind: armed-group}
  - {id: w, name: Wye Front, kind: armed-group}
ties:
  - {id: t1, subject: ally, kind: support, object: regime, intensity: 5, valid: 2015/2017, citations: [{source: report, locator: "¶1", credibility: 2}]}
  - {id: t2, subject: donor, kind: support, object: rebels, intensity: 5, valid: 2015/2017, citations: [{source: report, locator: "¶2", credibility: 2}]}
  - {id: t3, subject: regime, kind: hostility, object: is, valid: 2015/2017, citations: [{source: report, locator: "¶3", credibility: 2}]}
  - {id: t4, subject: rebels, kind: hostility, object: is, valid: 2015/2017, citations: [{source: report, locator: "¶4", credibility: 2}]}
  - {id: t5, subject: is, kind: hostility, object: z, valid: 2015/2017, citations: [{source: report, locator: "¶5", credibility: 2}]}
  - {id: t6, subject: z, kind: hostility, object: w, valid: 2015/2017, citations: [{source: report, locator: "¶6", credibility: 2}]}
  - {id: t7, subject: w, kind: hostility, object: is, valid: 2015/2017, citations: [{source: report, locator: "¶7", credibility: 2}]}
`
	for _, c := range []struct {
		name, more string
		apart      bool
	}{
		{"apart", "", true},
		{"joined", `  - {id: t8, subject: ally, kind: support, object: donor, intensity: 5, valid: 2015/2017, citations: [{source: report, locator: "¶8", credibility: 2}]}
`, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			cl := withCase(t, "case: camps\n"+head+c.more)
			r := decode[answer.BalanceStep](t, cl, "balance", "--at", "2016", "--case", "camps").Reading
			if !strings.Contains(r, "the best split puts") {
				t.Fatalf("the reading names no camps:\n%s", r)
			}
			if got := strings.Contains(r, "not all joined by positive ties"); got != c.apart {
				t.Errorf("the reading says the camp is not joined: %v, want %v:\n%s", got, c.apart, r)
			}
		})
	}
}
