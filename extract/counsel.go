package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// cueKindIn returns the kind the cue c tells in its sentence, where the words around it
// make it another's: counsel against an act is a stance, not help ("had advised
// Washington against military action"); those facing each other at a signing negotiate
// ("A ceasefire was signed at Safwan by Iraqi generals facing Schwarzkopf": across the
// table).
func cueKindIn(ts []token, ms []mention, spans []cueSpan, c cueSpan) alliances.Kind {
	switch {
	case c.cue.kind == alliances.Support && (c.cue.text == "advised" || c.cue.text == "advising") && counselledAgainst(ts, ms, c):
		return alliances.Opposition
	case c.cue.text == "facing" && slices.ContainsFunc(spans, func(o cueSpan) bool { return o.end <= c.first && o.cue.kind == alliances.Agreement }):
		return alliances.Negotiation
	}
	return c.cue.kind
}

// counselledAgainst reports whether "against" follows the one named right after the cue
// c: "advised Washington against military action".
func counselledAgainst(ts []token, ms []mention, c cueSpan) bool {
	for _, m := range ms {
		if m.first == c.end || m.first == c.end+1 && determiners[ts[c.end].word] {
			return m.end < len(ts) && ts[m.end].word == "against" && !strings.ContainsAny(ts[m.end].pre, ",;:()")
		}
	}
	return false
}
