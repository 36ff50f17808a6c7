package extract

import (
	"strings"

	"github.com/alliances-project/alliances"
)

// causedHarm reads a harm one had done to another: "Makhno had him shot", "Stalin had
// Trotsky killed", "Trotsky ordered the Legion disarmed": the causer, "had" or
// "ordered", the one harmed (a name or a pronoun) and the participle of the harm, right
// after it.
func (rd *Reader) causedHarm(d *Document, p Paragraph, s Span, ts []token, ms []mention, valid, timeCue string) []Proposal {
	var out []Proposal
	for i := 1; i < len(ms); i++ {
		m := ms[i]
		if m.first < 2 || m.end >= len(ts) {
			continue
		}
		k := m.first - 1 // the verb of causing: "had", "had the"
		if ts[k].word == "the" {
			k--
		}
		if ts[k].word != "had" && ts[k].word != "ordered" || strings.ContainsAny(ts[k+1].pre+ts[m.first].pre+ts[m.end].pre, ",;:()") {
			continue
		}
		kind, ok := causedHarms[ts[m.end].word]
		if !ok {
			continue
		}
		causer := ms[i-1]
		if causer.first < 0 || causer.id == m.id || causer.end != k && !rd.auxiliaries(ts, causer.end, k) {
			continue
		}
		t := alliances.Tie{Subject: causer.id, Object: m.id, Kind: kind, Status: alliances.Reported}
		if prop, ok := rd.finish(d, p, s, t, []string{ts[k].word + " ... " + ts[m.end].word + ": a harm one had done"}, valid, timeCue, 0.6); ok {
			out = append(out, prop)
		}
	}
	return out
}

// causedHarms are the participles of a harm one has done to another, and its kind.
var causedHarms = map[string]alliances.Kind{"shot": alliances.Hostility, "killed": alliances.Hostility, "executed": alliances.Hostility,
	"murdered": alliances.Hostility, "hanged": alliances.Hostility, "assassinated": alliances.Hostility, "poisoned": alliances.Hostility,
	"arrested": alliances.Coercion, "jailed": alliances.Coercion, "imprisoned": alliances.Coercion, "detained": alliances.Coercion,
	"expelled": alliances.Coercion, "deported": alliances.Coercion, "exiled": alliances.Coercion, "disarmed": alliances.Coercion}

// causedBefore reports whether the cue c is the participle of a harm one had done
// (causedHarm reads it): "The government has had General Masuku arrested, with Dumiso
// Dabengwa" is no arrest by Masuku.
func causedBefore(ts []token, ms []mention, c cueSpan) bool {
	if _, ok := causedHarms[c.cue.text]; !ok {
		return false
	}
	for _, m := range ms {
		if m.end == c.first && m.first >= 2 {
			k := m.first - 1
			if ts[k].word == "the" {
				k--
			}
			return k >= 0 && (ts[k].word == "had" || ts[k].word == "ordered") && !strings.ContainsAny(ts[k+1].pre+ts[m.first].pre+ts[c.first].pre, ",;:()")
		}
	}
	return false
}
