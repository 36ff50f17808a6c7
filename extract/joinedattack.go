package extract

import (
	"strings"

	"github.com/alliances-project/alliances"
)

// joinedAttack reads those who "joined the attack" (the invasion, the offensive) told
// before them: at war with its target and in it with its attacker ("In April 1941
// Germany invaded Yugoslavia; Italy and Hungary joined the attack within days"). The
// attack is the last fight the sentence told before (found), else the two the text told
// fighting last, in this paragraph or the one before.
func (rd *Reader) joinedAttack(d *Document, p Paragraph, s Span, ts []token, ms []mention, found []Proposal, valid, timeCue string) []Proposal {
	var out []Proposal
	for k := 1; k+2 < len(ts); k++ {
		if (ts[k].word != "joined" && ts[k].word != "join" && ts[k].word != "joining") || ts[k+1].word != "the" || !joinedNouns[ts[k+2].word] ||
			k+3 < len(ts) && (ts[k+3].word == "on" || ts[k+3].word == "against" || ts[k+3].word == "of") {
			continue // "joined the attack on X" names its target: the cues read it
		}
		var joiners []*mention
		for i := range ms {
			if ms[i].first >= 0 && ms[i].end <= k && ms[i].end >= k-4 {
				joiners = group(ts, ms, i, -1)
			}
		}
		if len(joiners) == 0 || strings.ContainsAny(ts[joiners[len(joiners)-1].end].pre, ",;:()") && joiners[len(joiners)-1].end < k {
			continue
		}
		attacker, target := "", ""
		for _, f := range found {
			if f.Tie.Kind == alliances.Hostility && f.Start == s.Start && f.Confidence >= 0.5 {
				attacker, target = f.Tie.Subject, f.Tie.Object
			}
		}
		if attacker == "" && rd.warring[0] != "" && rd.paragraph-rd.facingIn <= 1 {
			attacker, target = rd.warring[0], rd.warring[1]
		}
		if attacker == "" {
			continue
		}
		for _, j := range joiners {
			if j.id == attacker || j.id == target {
				continue
			}
			why := "joined the " + ts[k+2].word + ": of " + attacker + " on " + target
			for _, t := range []alliances.Tie{{Subject: j.id, Object: target, Kind: alliances.Hostility, Status: alliances.Reported},
				{Subject: j.id, Object: attacker, Kind: alliances.Cooperation, Status: alliances.Reported}} {
				if prop, ok := rd.finish(d, p, s, t, []string{why}, valid, timeCue, 0.6); ok {
					out = append(out, prop)
				}
			}
		}
	}
	return out
}

// joinedNouns are the nouns of an attack others join: "joined the attack".
var joinedNouns = map[string]bool{"attack": true, "invasion": true, "offensive": true, "assault": true, "onslaught": true, "campaign": true}
