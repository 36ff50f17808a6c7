package extract

import (
	"slices"
	"strings"
)

// A people's adjective before what a man is and his name only describes him: "led by the
// German jurist Christian Tomuschat", "the Palestinian cleric Abdullah Azzam". The man is
// the one a cue names there, not his state (a post between is read by phraseHeads as a
// title: "the Bulgarian general Nikola Ivanov").

// peopleDescribed reports whether m, a state read from its people's one-word adjective,
// only describes the individual n named after it past words of what he is, one
// of them a trade or a person's noun ("jurist", "cleric", "businessman"), the others
// adjectives or titles, and no stop between.
func (rd *Reader) peopleDescribed(ts []token, m, n mention) bool {
	if m.end-m.first != 1 || rd.kinds[m.id] != "state" || rd.kinds[n.id] != "individual" || n.first <= m.end || n.first-m.end > 4 ||
		ts[m.first].possessive || !rd.stateDemonym(ts[m.first].word) {
		return false
	}
	trade := false
	for i := m.end; i < n.first; {
		t := ts[i]
		if t.possessive || strings.ContainsAny(t.pre, ",;:()") {
			return false
		}
		switch {
		case occupations[t.word] || personNouns[t.word] || personHeads[t.word] || personTrades[t.word]:
			trade = true
		case postAdjectives[t.word]:
		default:
			k := rd.titleAt(ts, i)
			if k == 0 {
				return false
			}
			i += k
			continue
		}
		i++
	}
	return trade && !strings.ContainsAny(ts[n.first].pre, ",;:()")
}

// personTrades are the nouns of what a person is that no other list of the reader's
// holds (occupations, personNouns and personHeads hold the rest).
var personTrades = map[string]bool{"jurist": true, "judge": true, "statesman": true, "historian": true, "financier": true,
	"adventurer": true, "mercenary": true, "warlord": true}

// apposedWho reports whether the relative cue c ("who led") follows the description of
// the man m in apposition to him, no other's named in it, so that it tells of him: "Bugti,
// a former governor and chief minister who led the Jamhoori Watan Party", "Haftar, the
// self-styled field marshal who commands the LNA" (not "a rival of the man who led", "the
// successor to the governor who led": another's).
func (rd *Reader) apposedWho(ts []token, m mention, c cueSpan) bool {
	return strings.HasPrefix(c.cue.text, "who ") && rd.kinds[m.id] == "individual" && strings.TrimSpace(ts[m.end].pre) == "," && describedTo(ts, m.end, c.first) &&
		!slices.ContainsFunc(ts[m.end:c.first], func(t token) bool { return otherOnes[t.word] })
}

// otherOnes are the words of a description that turn it to another person: "a rival of the
// man", "the successor to the governor".
var otherOnes = map[string]bool{"of": true, "to": true, "for": true, "from": true, "with": true, "whose": true, "than": true}

// statesOwnBodies joins a state read from its people's word and, right after it, a
// body's noun that another actor is known by ("the Government" of the report's own
// state): "the Soviet Government" is the Soviet state's, one mention, not the Soviet
// state and the report's government side by side.
func (rd *Reader) statesOwnBodies(ts []token, ms []mention) []mention {
	for i := 0; i+1 < len(ms); i++ {
		m, n := ms[i], ms[i+1]
		if n.first != m.end || n.end-n.first != 1 || m.end-m.first != 1 || m.id == n.id || rd.kinds[m.id] != "state" ||
			!governmentHeads[ts[n.first].word] || !rd.stateDemonym(ts[m.first].word) || strings.TrimSpace(ts[n.first].pre) != "" {
			continue
		}
		ms[i].end = n.end
		ms = append(ms[:i+1], ms[i+2:]...)
	}
	return ms
}
