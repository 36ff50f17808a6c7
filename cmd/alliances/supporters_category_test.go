package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/alliances-project/alliances/answer"
)

// TestSupportersOfACategory: the supporters of an actor of kind category are read, the
// categories kept for the question that names one (a reviewer asked `supporters
// syrian-rebels` and was told "No support to Syrian rebels recorded", categories being
// left out by default), with a warning that says so.
func TestSupportersOfACategory(t *testing.T) {
	c := withCase(t, `case: rebels
title: Rebels and their backers
sources:
  - {id: report, title: A report, date: 2020, kind: analysis, reliability: B}
actors:
  - {id: rebels, name: Syrian rebels, kind: category}
  - {id: turkey, name: Turkey, kind: state}
  - {id: qatar, name: Qatar, kind: state}
ties:
  - {id: t1, subject: turkey, kind: support, object: rebels, valid: 2014/2017, citations: [{source: report, locator: "¶1", credibility: 2}]}
  - {id: t2, subject: qatar, kind: support, object: rebels, valid: 2015/2016, citations: [{source: report, locator: "¶2", credibility: 2}]}
`)
	res := decode[answer.SupportResult](t, c, "supporters", "rebels", "--from", "2014", "--to", "2017", "--case", "rebels")
	var names []string
	for _, sp := range res.Supporters {
		names = append(names, sp.Actor)
	}
	if !slices.Equal(names, []string{"turkey", "qatar"}) { // four years of support before two
		t.Errorf("supporters of a category %v, want turkey and qatar", names)
	}
	if !slices.ContainsFunc(res.Warnings, func(w string) bool { return strings.Contains(w, "is a category") }) {
		t.Errorf("no warning says the actor is a category: %q", res.Warnings)
	}
}

// TestSupportersFuzzyLegend: with --fuzzy the scores count the days support possibly
// covers, and the legend says so (a reviewer read "certainly given" over scores that
// --fuzzy had made the maxima).
func TestSupportersFuzzyLegend(t *testing.T) {
	c := newCLI(t)
	strict := c.ok("supporters", "taliban", "--from", "2001", "--to", "2021")
	fuzzy := c.ok("supporters", "taliban", "--from", "2001", "--to", "2021", "--fuzzy")
	if !strings.Contains(strict, "certainly given") || strings.Contains(strict, "possibly given") {
		t.Errorf("the strict legend does not say certainly given:\n%s", strict)
	}
	if !strings.Contains(fuzzy, "possibly given") || strings.Contains(fuzzy, "certainly given") {
		t.Errorf("the fuzzy legend does not say possibly given:\n%s", fuzzy)
	}
}

// TestSupportersOfAnOrganizationThroughItsParts: asked with no period, the supporters of an
// organization are read over the span of the support to it and to its parts, whose ties
// fold into its own (a reviewer was sent from the Libyan National Army to the interim
// government it belongs to, then told that no support to the government was recorded);
// and the answer about the part says over which period it is folded.
func TestSupportersOfAnOrganizationThroughItsParts(t *testing.T) {
	c := withCase(t, `case: libya
title: A government, its army and their backers
sources:
  - {id: report, title: A report, date: 2020, kind: analysis, reliability: B}
actors:
  - {id: lig, name: Libyan Interim Government, kind: state-organ}
  - {id: lna, name: Libyan National Army, kind: armed-group}
  - {id: egypt, name: Egypt, kind: state}
ties:
  - {id: t1, subject: lna, kind: membership, role: element, object: lig, valid: 2014/2020, citations: [{source: report, locator: "¶1", credibility: 2}]}
  - {id: t2, subject: egypt, kind: support, object: lna, valid: 2015/2019, citations: [{source: report, locator: "¶2", credibility: 2}]}
`)
	res := decode[answer.SupportResult](t, c, "supporters", "lig", "--case", "libya")
	if len(res.Supporters) != 1 || res.Supporters[0].Actor != "egypt" || res.From != "2015-01-01" || res.To != "2019-12-31" {
		t.Errorf("supporters of the government: %+v from %s to %s, want Egypt over 2015/2019, the span of its support to the army", res.Supporters, res.From, res.To)
	}
	if _, errOut, code := c.run("supporters", "lna", "--case", "libya"); code != exitUsage || !strings.Contains(errOut, "folded into lig in 2015-01-01/2019-12-31") {
		t.Errorf("supporters of the army: exit %d, %q; want it folded into lig over the period read", code, errOut)
	}
}
