package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// nearby proposes, with less confidence, the ties of the actors of a sentence that no
// cue joins in the order the reader knows ("Kurdish forces expelled the jihadists",
// where the cue stands between them but not next to them; "the attack on X by Y"): each
// pair of actors of the sentence not yet in a proposal takes the kind of the cue nearest
// to them, within the same clause.
func (rd *Reader) nearby(d *Document, p Paragraph, s Span, ts []token, ms []mention, spans []cueSpan, found []Proposal, valid, timeCue string) []Proposal {
	if len(spans) == 0 || len(ms) > 6 {
		return nil
	}
	paired := map[[2]string]bool{}
	for _, f := range found {
		for _, pair := range [][2]string{{f.Tie.Subject, f.Tie.Object}, {f.Tie.Subject, f.Tie.Third}, {f.Tie.Object, f.Tie.Third}} {
			paired[pair], paired[[2]string{pair[1], pair[0]}] = true, true
		}
	}
	var out []Proposal
	for i := range ms {
		for j := i + 1; j < len(ms); j++ {
			a, b := &ms[i], &ms[j]
			// Not one that qualifies another ("the militias armed by Iran"), nor the source
			// of what the sentence tells ("According to the UN, ...").
			if a.id == b.id || paired[[2]string{a.id, b.id}] || joined(ts, a.end, b.first) || backerBefore(ts, a.first) || a.end <= sourcePhrase(ts) {
				continue
			}
			// "turned his army on the civilians of Kigali": a place of people, no party.
			if b.first >= 2 && ts[b.first-1].word == "of" && civilians[ts[b.first-2].word] {
				continue
			}
			// Nor the leader an organization is named after ("the RSF under Hemedti
			// attacked"): the organization acts.
			if rd.namedLeader(ts, ms, i, len(ts)) {
				continue
			}
			// Nor the possessor of another or of what befalls it ("exchanged fire with the
			// FNLA's enemies"), of a body named after him ("attacked Masoud Barzani's
			// KDP"), nor the body of a post its holder after it holds ("killed the federal
			// police chief, Alberto Villar").
			// Nor the one whose consent or help goes with the act ("Israel struck the
			// militants with Cairo's consent"): it gave leave, it did not strike.
			if consentGiver(ts, *a) || consentGiver(ts, *b) {
				continue
			}
			// Nor the giver of the arms one fought with, named again ("fought that war with
			// American rifles, and Washington never asked").
			if slices.ContainsFunc(ms, func(m mention) bool { return (m.id == a.id || m.id == b.id) && withTheirArms(ts, m.first) }) {
				continue
			}
			// Nor the one on whose behalf it was done ("the Taliban's attacks on Kabul's
			// behalf"): actedFor reads its support.
			if b.end < len(ts) && ts[b.end].word == "behalf" && ts[b.end-1].possessive {
				continue
			}
			if ownedOther(ts, *b) || rd.titledHolder(ts, ms, j) != j ||
				j+1 < len(ms) && rd.personsBody(ts, *b, ms[j+1]) {
				continue
			}
			best, dist, demand := -1, 1<<30, false
			for k, c := range spans {
				var d0 int
				// The cue between them, telling an act ("the better financed X" tells none),
				// neither a's nor b's aside ("US airstrikes and Kurdish forces", "Turkey, a
				// NATO member, has had"), nor told by a ("Pakistan reported that"), nor in
				// another's clause, nor before a "between" pair that b is in; nor one a only
				// owns ("Iran's Iraqi proxies attacked").
				if c.first < a.end || c.end > b.first || rd.noAct(ts, c) || objectBound(c) || onSide(ts, c) || askedTo(ts, ms, c.first) || fellowAfter(ts, c, b.first) || possessorOnly(ts, *a, c) ||
					i > 0 && participleAside(ts, ms, i, c.first) >= 0 || tells(ts, a.end, c.first) || ownClause(ts, ms, a, b, c.first) || actsListed(ts, *a, c) || i > 0 && andBeforeVerb(ts, c.first) ||
					c.cue.passive && b.first >= c.end && i > 0 && relativeBeforePassive(ts, ms, i, c.first) >= 0 || // "who had come to report to UNTAG were fallen upon by Koevoet"
					slices.ContainsFunc(ts[c.end:b.first], func(t token) bool { return t.word == "between" }) {
					continue
				}
				// "condemned APLA's attacks on white civilians": the attacks are APLA's, no
				// one else's near them.
				if slices.ContainsFunc(ms, func(m mention) bool { return m.end == c.first && m.id != a.id && ts[m.end-1].possessive }) {
					continue
				}
				if _, ok := rd.has(ts, a.first, c.first, c.cue.before...); len(c.cue.before) > 0 && !ok {
					continue // "Hutu refugees crossed into Zaire": no forces, no invasion
				}
				// Nor a partner merged "into" a third, a name after the object and a comma,
				// nor the agent of a participle on a noun, nor a name in an apposition.
				if mergedInto(ts, ms, j, c) != j || objectBefore(ts, *b, c) || nounParticiple(ts, *a, c) || agentOfOther(ts, c.end, b.first) || inApposition(ts, ms, i, c) || actedUnder(ts, *b, c) ||
					c.cue.kind == alliances.Membership && addressedPost(ts, a.end, c.first) {
					continue
				}
				if c.cue.kind == alliances.Support && c.cue.passive && requested(ts, c.first) {
					continue // "sought help from": asked for, not given
				}
				if c.cue.kind == alliances.Hostility && c.end < len(ts) && ts[c.end].word == "for" && b.first > c.end+1 && ts[b.first-1].word != "by" {
					continue // "fought for the customs revenue at the Turkish border": the stake, no foe
				}
				if objectsTogether(ts, ms, c) {
					continue // "Obiang pardoned him, together with du Toit": both pardoned
				}
				if c.cue.kind == alliances.Hostility && b.first > c.end && helpedPurpose(ts, ms, j, c) {
					continue // "fought at Kunu-ri to cover the Eighth Army's withdrawal": beside it
				}
				if c.cue.kind == alliances.Hostility && c.end < len(ts) && ts[c.end].word == "under" {
					continue // "fought under TPDF command": under the command of one, not against it
				}
				if b.first > c.end && len(withoutBases(ts, c, []*mention{b})) == 0 {
					continue // "fought on from Myanmar": its base, no foe
				}
				if len(c.cue.then) > 0 {
					if !rd.asks(ts, ms, c) {
						continue // "urging UN members to take all necessary measures in the fight against ISIL": no demand
					}
					demand = true // "urged Iran to stop arming the Taliban": propose reads it with what it asks
				}
				// "launched an offensive against Iraqi Kurdistan ... with the help of the
				// Talabani family": a cue whose object follows it at once, before b, is
				// that object's, not b's.
				if slices.ContainsFunc(ms, func(m mention) bool {
					return m.id != b.id && m.first >= c.end && m.first-c.end <= 1 && m.first < b.first
				}) {
					continue
				}
				d0 = min(c.first-a.end, b.first-c.end)
				if d0 < dist {
					best, dist = k, d0
				}
			}
			if demand || best < 0 || dist > 8 || tookPost(ts, spans[best]) || elidedSubject(ts, b.first) || boundary(d, ts, min(a.end, spans[best].end), max(b.first, spans[best].first)) {
				continue
			}
			c := spans[best]
			if _, supposed := rd.has(ts, 0, c.first, rd.marks["supposition"]...); rd.negated(ts, c.first) || gapDenied(ts, c) || unreal(ts, c.first) || supposed {
				continue
			}
			left, right := a, b
			switch rd.voice(ts, c) {
			case passiveBy:
				left, right = b, a
			case passiveNoAgent:
				continue
			}
			if rd.cueTellsNone(ts, c, c.cue.kind, left, right) {
				continue
			}
			t := alliances.Tie{Subject: left.id, Object: right.id, Kind: c.cue.kind, Status: alliances.Reported}
			// Right about two times in five on the annotated texts; a cue of fighting
			// next to one of the two, with no comma between them, seven in ten (13 of 18
			// on the eight texts of docs/extraction.md, 2026-12-02): "FSA fighters
			// stormed an outpost near the border held by al-Qaeda fighters".
			confidence := 0.4
			// Not across a comma: "Iran, supported by Pakistan, attacked the Taliban"
			// says nothing of Pakistan and the Taliban.
			if c.cue.kind == alliances.Hostility && dist == 0 && !slices.ContainsFunc(ts[a.end:b.first+1], func(t token) bool { return strings.Contains(t.pre, ",") }) {
				confidence = 0.55
			}
			if _, ok := rd.has(ts, 0, len(ts), rd.marks["hedge"]...); ok {
				t.Status = alliances.Alleged
				confidence -= 0.1
			}
			paired[[2]string{a.id, b.id}], paired[[2]string{b.id, a.id}] = true, true
			if prop, ok := rd.finish(d, p, s, t, []string{"cue: " + c.cue.text, "near: the actors share the sentence with the cue"}, valid, timeCue, confidence); ok {
				out = append(out, prop)
			}
		}
	}
	return out
}

// asks reports whether a cue of demand asks what its relation needs of the actor after
// it ("urged Iran to stop"), or names no actor after it to ask: not "urging UN members to
// take all necessary measures in the fight against ISIL".
func (rd *Reader) asks(ts []token, ms []mention, c cueSpan) bool {
	i := slices.IndexFunc(ms, func(m mention) bool { return m.first >= c.end && m.first-c.end <= 1 })
	if i < 0 {
		return true
	}
	_, ok := rd.has(ts, ms[i].end, ms[i].end+4, c.cue.then...)
	return ok
}

// ownClause reports whether a clause a subordinator opens, with a third actor its subject,
// stands between mention a and token to: "The MNLA ended the ceasefire after government
// forces opened fire on protesters" tells nothing of the MNLA and the protesters.
func ownClause(ts []token, ms []mention, a, b *mention, to int) bool {
	for k := a.end; k < to; k++ {
		if subordinators[ts[k].word] && slices.ContainsFunc(ms, func(m mention) bool {
			return m.first > k && m.first <= k+2 && m.end <= to && m.id != a.id && m.id != b.id
		}) {
			return true
		}
	}
	return false
}

// backerBefore reports whether the name at token k is the agent of a participle of
// backing with no comma before it ("the militias armed by Iran attacked"): it qualifies
// the noun before the participle, and is none of the verb's parties after it.
func backerBefore(ts []token, k int) bool {
	if k >= 1 && determiners[ts[k-1].word] {
		k-- // "backed by the UAE"
	}
	return k >= 3 && ts[k-1].word == "by" && backingParticiples[ts[k-2].word] && !strings.ContainsAny(ts[k-2].pre+ts[k-1].pre, ",;:()")
}

// backingParticiples are the participles of backing whose agent qualifies the noun before
// them: "the militias armed by Iran".
var backingParticiples = map[string]bool{"backed": true, "supported": true, "armed": true, "funded": true, "financed": true,
	"trained": true, "sponsored": true, "equipped": true, "aided": true, "assisted": true}
