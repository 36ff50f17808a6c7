package extract

import (
	"slices"
	"strings"
)

// Who met or signed in a clause, and where its clause begins.

// meetingClause returns the first token of the clause token k stands in: after the last
// semicolon or colon before it, or the last comma before a conjunction ("..., while
// Russia and Turkey met under the auspices of the UN").
func meetingClause(ts []token, k int) int {
	for j := k; j > 0; j-- {
		if strings.ContainsAny(ts[j].pre, ";:") || strings.Contains(ts[j].pre, ",") && (clauseWords[ts[j].word] || clauseJoins[ts[j].word]) {
			return j
		}
	}
	return 0
}

// frontedUnder returns the end of the clause after a phrase "under" opens, at the
// sentence's start or after a comma, before the cue at k ("In 1988, under American
// mediation, South Africa and Angola agreed"), or k+1 where there is none.
func frontedUnder(ts []token, k int) int {
	u := k - 1
	for u > 0 && k-u < 5 && ts[u].word != "under" && !strings.ContainsAny(ts[u+1].pre, ",;:()") {
		u--
	}
	if ts[u].word != "under" || u > 0 && !strings.Contains(ts[u].pre, ",") {
		return k + 1
	}
	e := k + 1
	for e < len(ts) && !strings.ContainsAny(ts[e].pre, ";:") {
		e++
	}
	return e
}

// clauseJoins open a clause after a comma, as clauseWords do anywhere.
var clauseJoins = map[string]bool{"and": true, "but": true, "as": true, "when": true, "after": true, "before": true}

// signers returns those who met or signed in the clause [from, k), and why: the list
// before a verb of meeting or signing ("Haftar and Sarraj met under the auspices of the
// UN"), or the subject and the one it met or signed with ("Sarraj signed a ceasefire with
// Haftar under UN auspices").
func signers(ts []token, ms []mention, from, k int) ([]*mention, string) {
	for j := from; j < k; j++ {
		if !meetingVerbs[ts[j].word] {
			continue
		}
		last := slices.IndexFunc(ms, func(m mention) bool { return m.first >= from && m.end <= j && m.end >= j-1 })
		if strings.Contains(ts[j].pre, ",") {
			// "The RUF, under interim leader Issa Sesay, agreed": the clause's subject,
			// before the aside.
			last = slices.IndexFunc(ms, func(m mention) bool { return m.first >= from && m.end <= j && !ts[m.end-1].possessive })
		}
		if last < 0 {
			return nil, ""
		}
		// The list within the clause: not "the PF fought Smith, and Muzorewa signed".
		if g := slices.DeleteFunc(group(ts, ms, last, -1), func(m *mention) bool { return m.first < from }); len(g) >= 2 {
			slices.Reverse(g)
			return g, "those who met or signed"
		}
		for w := j + 1; w < k; w++ {
			if ts[w].word == "with" {
				if x := mentionFrom(ts, ms, w+1); x >= 0 && ms[x].end <= k {
					return []*mention{&ms[last], &ms[x]}, "those who met or signed: the subject and the one it met with"
				}
			}
		}
		return nil, ""
	}
	return nil, ""
}

// meetingVerbs are the verbs of those who meet or sign: "met under UN auspices".
var meetingVerbs = map[string]bool{"met": true, "meet": true, "signed": true, "sign": true, "agreed": true, "negotiated": true, "talked": true,
	"concluded": true, "reached": true, "held": true}
