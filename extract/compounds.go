package extract

import (
	"strings"

	"github.com/alliances-project/alliances"
)

// Ties named by compounds of a name and a participle: "the Turkish-backed Free Syrian
// Army", "Nigerian-led ECOMOG troops", "the U.S.-Taliban agreement".

// compounds proposes the ties named by two actors joined by a hyphen before a cue ("the
// U.S.-Taliban agreement", "Iran-Saudi rivalry"), and returns the mentions without them:
// such names qualify a noun and are no party to the sentence's other claims.
func (rd *Reader) compounds(d *Document, p Paragraph, s Span, ts []token, ms []mention, valid, timeCue string) ([]Proposal, []mention) {
	var out []Proposal
	var kept []mention
	// backed reports whether mention j is followed by a backer's word and then, at once,
	// by the mention it backs ("Turkish-backed Free Syrian Army").
	backed := func(j int) bool {
		k := ms[j].end
		return j+1 < len(ms) && k < len(ts) && ms[j+1].first == k+1 && ms[j].id != ms[j+1].id &&
			strings.Contains(ts[k].pre, "-") && backers[ts[k].word]
	}
	for i := 0; i < len(ms); i++ {
		// "the Turkish-backed Free Syrian Army", "the Saudi/Turkish-backed Al-Nusra Front":
		// the backers qualify the name.
		var by []mention
		switch {
		case backed(i):
			by = ms[i : i+1]
		case i+2 < len(ms) && ms[i+1].first == ms[i].end && strings.TrimSpace(d.Text[ts[ms[i].end-1].end:ts[ms[i+1].first].start]) == "/" && backed(i+1):
			by = ms[i : i+2]
		}
		if by != nil {
			b := ms[i+len(by)]
			k := by[len(by)-1].end
			kind := alliances.Support
			role := alliances.Role("")
			switch ts[k].word {
			case "dominated":
				kind = alliances.Membership // "the FSA-dominated Mare' Operations Room": its main member
			case "led":
				kind, role = alliances.Membership, alliances.Leader // "Nigerian-led ECOMOG troops": its leading member
				if rd.kinds[b.id] == "state" {
					kind, role = alliances.Cooperation, "" // "French-led Malian troops": no member of the state
				}
			}
			for _, a := range by {
				t := alliances.Tie{Subject: a.id, Object: b.id, Kind: kind, Role: role, Status: alliances.Reported}
				if prop, ok := rd.finish(d, p, s, t, []string{"cue: " + ts[k].word, "compound: " + strings.TrimSpace(d.Text[ts[by[0].first].start:ts[b.end-1].end])}, valid, timeCue, 0.7); ok {
					out = append(out, prop)
				}
			}
			i += len(by) - 1
			continue
		}
		if k := ms[i].end; k+1 < len(ts) && strings.Contains(ts[k].pre, "-") && backers[ts[k].word] {
			// "Iranian-supplied arms for the Syrian government": what the backer gave, and to
			// whom.
			to := k + 2 // "arms for", "arms and other aid for"
			for to < len(ts) && to < k+6 && ts[to].word != "for" && ts[to].word != "to" && !ts[to].upper && !strings.ContainsAny(ts[to].pre, ",;:()") {
				to++
			}
			if j := i + 1; j < len(ms) && to < len(ts) && (ts[to].word == "for" || ts[to].word == "to") &&
				(ms[j].first == to+1 || ms[j].first == to+2 && determiners[ts[to+1].word]) && ms[j].id != ms[i].id {
				t := alliances.Tie{Subject: ms[i].id, Object: ms[j].id, Kind: alliances.Support, Status: alliances.Reported}
				why := []string{"cue: " + ts[k].word, "compound: " + strings.TrimSpace(d.Text[ts[ms[i].first].start:ts[ms[j].end-1].end])}
				if w, ok := rd.has(ts, 0, ms[i].first, rd.marks["hedge"]...); ok {
					t.Status, why = alliances.Alleged, append(why, "hedge: "+w) // "officials claimed a spike in Iranian-supplied arms for"
				}
				if prop, ok := rd.finish(d, p, s, t, why, valid, timeCue, 0.7); ok {
					out = append(out, prop)
				}
				continue
			}
			if len(rd.byFirst[ts[k+1].word]) == 0 {
				continue // "Iranian-backed militias": the backer of no one named, and no party ("Saudi-sponsored talks" stay its)
			}
		}
		if i+1 < len(ms) && ms[i+1].first == ms[i].end && ms[i].id != ms[i+1].id && rd.combining[ts[ms[i].first].word] == ms[i].id {
			// "Franco-Chadian forces": the two states' men together, each a party to what
			// the sentence tells of them.
			t := alliances.Tie{Subject: ms[i].id, Object: ms[i+1].id, Kind: alliances.Cooperation, Status: alliances.Reported}
			if prop, ok := rd.finish(d, p, s, t, []string{"compound: " + strings.TrimSpace(d.Text[ts[ms[i].first].start:ts[ms[i+1].end-1].end]) + ", two states' men together"}, valid, timeCue, 0.6); ok {
				out = append(out, prop)
			}
			kept = append(kept, ms[i], ms[i+1])
			i++
			continue
		}
		if i+1 < len(ms) && ms[i+1].first == ms[i].end && ms[i].id != ms[i+1].id {
			gap := strings.TrimLeft(d.Text[ts[ms[i].end-1].end:ts[ms[i+1].first].start], ".") // "U.S.-Taliban"
			if gap == "-" || gap == "–" || gap == "/" {
				a, b := ms[i], ms[i+1]
				// The cue nearest after the pair, within its phrase ("the Mirghani–Garang accord,
				// declared jihad against": the accord's, not the jihad's).
				var cs []cue
				at := -1
				for k := b.end; k <= min(b.end+2, len(ts)-1) && at < 0; k++ {
					if k > b.end && strings.ContainsAny(ts[k].pre, ",;:()") {
						break
					}
					for _, c := range rd.cues { // few: only after two names joined by a hyphen
						if matchAt(ts, k, c.words) {
							cs, at = append(cs, c), k
						}
					}
				}
				for _, c := range cs {
					if c.kind.Directed() || c.passive {
						continue
					}
					t := alliances.Tie{Subject: a.id, Object: b.id, Kind: c.kind, Status: alliances.Reported}
					confidence := 0.7
					if c.kind == alliances.Agreement {
						confidence = 0.5
					}
					// The time nearest the compound: "In 2014, they feared ..., and in
					// 2019-2020 they feared ... by virtue of the U.S.-Taliban agreement".
					valid, timeCue := rd.when(d.timed(s.Start, s.End), rd.context, ts[a.first].start-s.Start, ts[at+len(c.words)-1].end-s.Start)
					if prop, ok := rd.finish(d, p, s, t, []string{"cue: " + c.text, "compound: " + strings.TrimSpace(d.Text[ts[a.first].start:ts[b.end-1].end])}, valid, timeCue, confidence); ok {
						out = append(out, prop)
					}
					break
				}
				i++
				continue
			}
		}
		kept = append(kept, ms[i])
	}
	return out, kept
}

// relativeAux are the words of a relative clause before the post it gives: "who was",
// "who had served as".
var relativeAux = map[string]bool{"was": true, "is": true, "had": true, "has": true, "been": true, "became": true, "served": true,
	"as": true, "remained": true, "remains": true, "calls": true, "called": true, "styles": true, "styled": true, "presents": true,
	"presented": true, "describes": true, "described": true, "himself": true, "herself": true} // "who calls himself secretary-general of"

// backers are the words after a hyphen that make the name before them the backer of
// the name after: "the Turkish-backed Free Syrian Army", "Iranian-funded militias" (its
// leading member after "-led").
var backers = map[string]bool{"backed": true, "supported": true, "sponsored": true, "funded": true, "armed": true, "trained": true,
	"allied": true, "aligned": true, "dominated": true, "supplied": true, "financed": true, "equipped": true, "led": true}
