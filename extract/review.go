package extract

// What the reader's proposals are in a review queue: whose they are, and what a
// reviewer's correction of one changes besides the fields it names.

import (
	"encoding/json"
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
