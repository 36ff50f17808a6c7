package main

import (
	"strings"
	"testing"
)

// TestCacheAndJSONReadsAgree: an analysis of the current record reads the store's record
// cache, its ties decoded only when the answer names them; one of a past state (here
// --known-at after every change, the same record) reads each claim's JSON. Both must
// give the same answer, in tables (escaped for people) and in JSON, explanations
// included, for every analysis of both built-in cases.
func TestCacheAndJSONReadsAgree(t *testing.T) {
	c := newCLI(t)
	runs := [][]string{
		{"centrality", "--at", "2021-07", "--explain"},
		{"centrality", "--at", "2016", "--all", "--directed", "--weighted"},
		{"balance", "--at", "2016", "--explain"},
		{"balance", "--from", "2014", "--to", "2021"},
		{"blocs", "--at", "2021-07", "--explain"},
		{"brokers", "--at", "2016", "--explain"},
		{"supporters", "taliban", "--from", "2021", "--to", "2021-08", "--explain"},
		{"path", "taliban", "russia", "--at", "2021-07", "--explain"},
		{"cascade", "--at", "2021-05", "--seed", "taliban", "--record", "2021-06/2021-08", "--fit", "--draws", "50"},
		{"diff", "2016", "2021", "--focal", "taliban", "--explain"},
		{"centrality", "--at", "2018-06", "--case", "idlib-2018-2019"},
		{"blocs", "--at", "2019-01", "--case", "idlib-2018-2019", "--explain"},
		{"brokers", "--at", "2018-04-01", "--case", "idlib-2018-2019"},
	}
	for _, args := range runs {
		for _, json := range []bool{false, true} {
			a := args
			if json {
				a = append(a[:len(a):len(a)], "--json")
			}
			cached := c.ok(a...)
			past := c.ok(append(a[:len(a):len(a)], "--known-at", "9999-12-31")...)
			if cached != past {
				t.Errorf("%s: the answer from the cache differs from the one from the JSON:\n%s\n---\n%s", strings.Join(a, " "), cached, past)
			}
		}
	}
}
