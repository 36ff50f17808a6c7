package extract

// Condemnations of an act the text told of before, whose doer their words do not name:
// "Cuba condemned the invasion", after "the United States invaded Panama".

import (
	"strconv"
	"strings"

	"github.com/alliances-project/alliances"
)

// condemnedActs proposes the stance of one who condemns, denounces or deplores "the
// invasion", "the landing", "the intervention" or "the occupation" against the one the
// text told, last, did that act, where the words name no doer ("condemned the invasion",
// not "the invasion of Kuwait", "the American invasion", which the cues read); and it
// notes the acts the sentence's proposals, found, tell.
func (rd *Reader) condemnedActs(d *Document, p Paragraph, s Span, ts []token, ms []mention, found []Proposal, valid, timeCue string) []Proposal {
	var out []Proposal
	for k := 1; k+2 < len(ts); k++ {
		if !condemnVerbs[ts[k].word] {
			continue
		}
		j := k + 1
		if ts[j].word == "against" && j+2 < len(ts) {
			j++ // "protested against the landing"
		}
		if ts[j].word != "the" || strings.ContainsAny(ts[j].pre+ts[j+1].pre, ",;:()") {
			continue
		}
		j++
		if actNouns[ts[j].word] == "" || j+1 < len(ts) && (ts[j+1].word == "of" || ts[j+1].word == "by") && !strings.ContainsAny(ts[j+1].pre, ",;:()") {
			continue // "the invasion of Kuwait", "the landing by the Marines": its own words
		}
		doer := rd.doerOf(actNouns[ts[j].word])
		i := len(ms) - 1
		for i >= 0 && ms[i].end > k {
			i--
		}
		if doer == "" || i < 0 || ms[i].id == doer || rd.offices[ms[i].id] == doer || rd.rulerOf(ms[i].id, nil) == doer || strings.ContainsAny(ts[ms[i].end].pre, ",;:()") ||
			ms[i].end != k && !(ms[i].end == k-1 && adverb(ts[k-1].word) || ms[i].end == k-1 && ts[k-1].word == "also") || rd.negated(ts, k) {
			continue
		}
		t := alliances.Tie{Subject: ms[i].id, Object: doer, Kind: alliances.Opposition, Status: alliances.Reported}
		if prop, ok := rd.finish(d, p, s, t, []string{"cue: " + ts[k].word + " the " + ts[j].word, "the act's doer, told before: " + doer}, valid, timeCue, 0.6); ok {
			out = append(out, prop)
		}
	}
	for _, prop := range found {
		if prop.Tie.Kind != alliances.Hostility || prop.Confidence < 0.7 || prop.Tie.Status != alliances.Reported {
			continue
		}
		for _, c := range prop.Cues {
			if w, ok := strings.CutPrefix(c, "cue: "); ok {
				if act := actVerbs[strings.Fields(w)[0]]; act != "" {
					done := prop.Tie.Subject + "|" + strconv.Itoa(p.N) // "the United States invaded Panama": the invasion's doer
					rd.acts[act] = done
					if act != "occupation" {
						rd.acts["act"] = done
					}
				}
			}
		}
	}
	return out
}

// doerOf returns who did the act a noun of acts names, told in the paragraph or the three
// before it: of that act, else, but for an occupation, of the last invasion, landing or
// intervention ("the intervention" after "the United States invaded Panama"); "" where
// none.
func (rd *Reader) doerOf(act string) string {
	done := rd.acts[act]
	if done == "" && act != "occupation" {
		done = rd.acts["act"]
	}
	id, at, _ := strings.Cut(done, "|")
	if n, err := strconv.Atoi(at); err != nil || rd.paragraph-n > 3 {
		return ""
	}
	return id
}

// condemnVerbs are the verbs of condemning an act; actNouns the nouns of an armed act
// on another's land, by the act, and actVerbs the cues that tell one done.
var (
	condemnVerbs = map[string]bool{"condemned": true, "condemns": true, "condemning": true, "denounced": true, "denounces": true,
		"denouncing": true, "deplored": true, "deplores": true, "protested": true, "protests": true}
	actNouns = map[string]string{"invasion": "invasion", "landing": "landing", "landings": "landing", "intervention": "intervention",
		"occupation": "occupation"}
	actVerbs = map[string]string{"invaded": "invasion", "invades": "invasion", "invading": "invasion", "invasion": "invasion",
		"landed": "landing", "landing": "landing", "intervened": "intervention", "intervention": "intervention",
		"occupied": "occupation", "occupation": "occupation"}
)
