package extract

// What the reader's proposals are in a review queue: whose they are, and what a
// reviewer's correction of one changes besides the fields it names.

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/alliances-project/alliances"
)

// Author is the author of the reader's proposals in a review queue.
const Author = "extract"

// Restated gives a tie the reader proposed, edited by its reviewer, the credibility the
// reader gives the status the reviewer chose: a claim the reviewer makes alleged (from
// reported) cites its source at credibility 3, not the 2 of a stated one. A citation
// whose credibility the reviewer set, or another than the reader's for the first
// status, is kept. It returns the edited tie as it was where it is not a tie or its
// status is the same.
func Restated(proposed, edited json.RawMessage) json.RawMessage {
	var was, is alliances.Tie
	if json.Unmarshal(proposed, &was) != nil || json.Unmarshal(edited, &is) != nil || was.Status == is.Status || is.Status == "" {
		return edited
	}
	var raw map[string]json.RawMessage
	if json.Unmarshal(edited, &raw) != nil {
		return edited
	}
	changed := false
	for i, c := range is.Citations {
		if i < len(was.Citations) && c.Credibility == was.Citations[i].Credibility && c.Credibility == credibilityOf(was.Status) {
			is.Citations[i].Credibility = credibilityOf(is.Status)
			changed = true
		}
	}
	if !changed {
		return edited
	}
	raw["citations"], _ = json.Marshal(is.Citations)
	out, err := json.Marshal(raw)
	if err != nil {
		return edited
	}
	return out
}

// Renamed gives a tie the reader proposed, edited by its reviewer, the id that names it
// as corrected: the reader's id names its parties, kind and paragraph
// ("x-iran-support-taliban-p15"), and a tie corrected to favour would keep naming support.
// It returns the edited tie with its new id, and that id, or the tie as it was and "" where
// the id names it still, or is not the reader's (a reviewer's own, or one a case suffixed).
func Renamed(claim string, edited json.RawMessage) (json.RawMessage, string) {
	i := strings.LastIndex(claim, "-p")
	if !strings.HasPrefix(claim, "x-") || i < 0 {
		return edited, ""
	}
	n, err := strconv.Atoi(claim[i+2:])
	if err != nil || n < 1 {
		return edited, ""
	}
	var t alliances.Tie
	var raw map[string]json.RawMessage
	if json.Unmarshal(edited, &t) != nil || json.Unmarshal(edited, &raw) != nil || t.Subject == "" || t.Object == "" || t.Kind == "" {
		return edited, ""
	}
	if now := proposalID(t, n); now != claim {
		raw["id"], _ = json.Marshal(now)
		if out, err := json.Marshal(raw); err == nil {
			return out, now
		}
	}
	return edited, ""
}

// Merged folds a tie a report states again, in a later paragraph, into the proposal of
// its first statement, as a citation of its own: the same parties, kind, third and
// status, the later statement giving no time of its own (its time the text's or the
// paragraph's year, or none) and neither a start nor an end. A reviewer then decides one
// tie with the evidence of each paragraph, where a newcomer's review had rejected the
// later ones as duplicates and lost their evidence. The proposals keep their order.
func Merged(props []Proposal) []Proposal {
	out := make([]Proposal, 0, len(props))
	first := map[string]int{} // the key of a tie -> its first proposal in out
	for _, p := range props {
		t := p.Tie
		a, b := t.Subject, t.Object
		if !t.Kind.Directed() && a > b {
			a, b = b, a
		}
		key := strings.Join([]string{a, string(t.Kind), b, t.Third, string(t.Status)}, " ")
		i, seen := first[key]
		if !seen || p.Paragraph == out[i].Paragraph || !timeNotItsOwn(p.Cues) {
			if !seen {
				first[key] = len(out)
			}
			out = append(out, p)
			continue
		}
		q := &out[i]
		q.Tie.Citations = append(slices.Clone(q.Tie.Citations), t.Citations...)
		q.Cues = append(slices.Clone(q.Cues), fmt.Sprintf("told again in ¶%d: %s", p.Paragraph, p.Quote))
		q.Confidence = max(q.Confidence, p.Confidence)
	}
	return out
}

// timeNotItsOwn reports whether the cues of a proposal say its time is not its
// sentence's, and that it neither starts nor ends there.
func timeNotItsOwn(cues []string) bool {
	own := true
	for _, c := range cues {
		switch {
		case strings.HasPrefix(c, "start: ") || strings.HasPrefix(c, "end: "):
			return false
		case strings.HasPrefix(c, "no time: "), strings.Contains(c, "(the year the text named last"), strings.Contains(c, "(the paragraph's year)"),
			strings.Contains(c, "(the year the paragraph names after)"):
			own = false
		}
	}
	return !own
}
