package extract

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// one makes the tie a cue states between two actors.
func (rd *Reader) one(d *Document, p Paragraph, s Span, ts []token, c cueSpan, left, right *mention, cues []string, valid, timeCue string, near bool) (Proposal, bool) {
	if c.cue.passive {
		cues = append(cues, "passive")
	}
	denial := deniedThat(ts, c.first)
	if denial == "" && rd.negated(ts, c.first) || gapDenied(ts, c) {
		return Proposal{}, false // "did not support", "received no help from" state no tie
	}
	if _, ok := rd.has(ts, 0, c.first, rd.marks["supposition"]...); ok || unreal(ts, c.first) || warned(ts, c.first) && alliances.SignOf(c.cue.kind, "") >= 0 {
		return Proposal{}, false // "it was assumed that they would resist", "would strain relations": no tie held
	}
	t := alliances.Tie{Subject: left.id, Object: right.id, Kind: threatened(ts, c), Status: alliances.Reported}
	cues = append(cues, threatWhy(t.Kind, c)...)
	if w := rd.takenOver(ts, c, left, right); t.Kind == alliances.Hostility && w != "" {
		t.Kind, t.Role = alliances.Membership, alliances.Leader
		cues = append(cues, "took over: "+w)
	}
	if rd.cueTellsNone(ts, c, t.Kind, left, right) {
		return Proposal{}, false
	}
	if t.Kind == alliances.Membership && (leadingCues[c.cue.text] || c.cue.passive && (c.cue.text == "of" || c.cue.text == "under")) && rd.kinds[left.id] == "individual" &&
		(c.cue.passive || left.end == c.first || left.end < c.first && rd.auxiliaries(ts, left.end, c.first) || strings.HasPrefix(c.cue.text, "who ") || c.first == 0 || headArticle[ts[c.first-1].word] || strings.Contains(ts[c.first].pre, ",")) {
		t.Role = alliances.Leader // "a council chaired by X", "X, who commanded the division", "leader of"
	}
	if w, ok := rd.weighed(ts, c.first); ok {
		// "considering the possibility of trading off support for the Taliban": a tie
		// weighed, favour of the least intensity where it would align them.
		if alliances.SignOf(t.Kind, "") <= 0 {
			return Proposal{}, false
		}
		t.Kind, t.Intensity = alliances.Favour, 1
		cues = append(cues, "weighed, not held: "+w)
	}
	confidence := 0.6
	// A hedge speaks of its clause: "Iran followed with modest support for the group ...
	// – at one point possibly exceeding Pakistan's" hedges the comparison, not the support.
	first := min(c.first, left.first, right.first)
	lo, hi := clauseOf(ts, first, max(c.end, left.end, right.end))
	if k, ok := rd.last(ts, lo, first, rd.marks["presupposed"]...); ok {
		lo = k // "whether they played a role in the contacts between A and B": the contacts are no hedge's
	}
	// "brought Iran to the table with Saudi Arabia, which are said to be engaged in a
	// proxy war": a relative clause after the statement hedges only itself.
	for k := max(c.end, left.end, right.end); k < hi; k++ {
		if (ts[k].word == "which" || ts[k].word == "who") && strings.Contains(ts[k].pre, ",") {
			hi = k
			break
		}
	}
	if w, ok := rd.has(ts, lo, hi, rd.marks["hedge"]...); ok && !rd.hedgesAfter(ts, w, lo, hi, max(c.end, left.end, right.end), c.cue) {
		t.Status = alliances.Alleged
		cues = append(cues, "hedge: "+w)
		confidence -= 0.1
	} else if ts[0].word == "whether" {
		t.Status = alliances.Alleged // "Whether the commandos received arms from the Forces Nouvelles is disputed"
		cues = append(cues, "hedge: whether, a question")
		confidence -= 0.1
	}
	accuser, accused := accusation(d, ts, c.first)
	if accused && t.Status != alliances.Alleged {
		t.Status = alliances.Alleged // "Ghani accused Pakistan of sending fighters": Ghani's claim
		cues = append(cues, "accused of it")
		confidence -= 0.1
	}
	teller, told := toldBy(d, ts, c.first)
	if !told {
		teller, told = toldAfter(d, ts, c.first)
	}
	if told && !accused {
		// "The Guardian reported that Iran was assisting the Syrian government": what a
		// teller says is theirs, alleged.
		t.Status, accuser = alliances.Alleged, teller
		cues = append(cues, "told by "+cmp.Or(teller, "a report"))
	}
	if st, why := denialOf(ts, denial, max(c.end, left.end, right.end)); st != "" && !(st == alliances.Disputed && (accusations[c.cue.text] || c.cue.text == "of")) { // not "the Spanish government of Aznar ...; Spain denied it"
		t.Status, cues = st, append(cues, why)
	}
	if w, ok := rd.has(ts, c.first-3, c.first, rd.marks["end"]...); ok && !rd.endDenied(ts, c.first-3, c.first) {
		cues = append(cues, "end: "+w)
	} else if w, ok := rd.has(ts, c.first-3, c.end, rd.marks["start"]...); ok {
		cues = append(cues, "start: "+w)
	}
	// "first with very modest support for the group, which was then increased year on
	// year": a tie that grew holds from its time on, at no one intensity.
	grew, _ := rd.has(ts, c.end, len(ts), rd.marks["growth"]...)
	if grew != "" && !slices.ContainsFunc(cues, func(c string) bool { return strings.HasPrefix(c, "start: ") || strings.HasPrefix(c, "end: ") }) {
		cues = append(cues, "start: then grew, "+grew)
	}
	cite := alliances.Citation{Source: rd.Source, Locator: locator(d, p, s), Credibility: 3}
	text := d.Text[s.Start:s.End]
	if at := cmp.Or(attribution(attributedClause(text, ts[c.first].start-s.Start)), accuser, rd.callerOf(d, p)); at != "" {
		cite.AttributedTo = at
		t.Status = cmp.Or(denialKept(t.Status), alliances.Alleged) // "accused Eritrea of arming the OLA, and Eritrea denied it": disputed
		cues = append(cues, "attributed to "+at)
	}
	cite.Credibility = credibilityOf(t.Status)
	for _, f := range rd.formsOf(c.cue.kind) {
		for i, w := range f.folded {
			if _, ok := rd.has(ts, lo, hi, w); ok && !slices.Contains(t.Forms, alliances.Form(f.form)) {
				t.Forms = append(t.Forms, alliances.Form(f.form))
				cues = append(cues, "form "+f.form+": "+f.words[i])
				break
			}
		}
	}
	slices.Sort(t.Forms)
	if n, w := rank(ts, c.first); n > 0 && t.Kind == alliances.Support {
		t.Rank = n
		cues = append(cues, fmt.Sprintf("rank %d: %s", n, w))
	}
	if level, w := rd.intensity(ts, c); level > 0 && alliances.SignOf(t.Kind, "") != 0 && grew == "" {
		t.Intensity = level
		cues = append(cues, fmt.Sprintf("intensity %d: %s", level, w))
	}
	cite.Note = "“" + strings.TrimSpace(text) + "”"
	t.Citations = []alliances.Citation{cite}
	// Partners joined before the cue stand next to it as one: "the MNLA and the HCUA
	// signed a deal".
	joinedNear := slices.Contains(cues, "joined before the cue") && left.end <= c.first && right.end <= c.first && joinedBefore(ts, max(left.end, right.end), c.first)
	named := c.first
	for named > 0 && dealNames[ts[c.first].word] && ts[c.first].upper && ts[named-1].upper && !strings.ContainsAny(ts[named].pre, ",;:()") {
		named-- // "signed the Indo-Sri Lankan Accord with": the deal's name stands as its noun
	}
	if near || joinedNear || named-pastAside(ts, *left, named) <= 3 && right.first-c.end <= 3 || c.cue.passive && c.first-right.end <= 3 && left.first-c.end <= 3 ||
		slices.Contains(cues, "between") && (min(left.first, right.first)-c.end <= 5 || betweenBefore(ts, min(left.first, right.first))) ||
		slices.Contains(cues, "the signatories after \"by\"") {
		confidence += 0.2 // the actors stand next to the cue ("a ceasefire was signed between A and B")
	}
	if t.Kind == alliances.Agreement {
		// An agreement needs its type, which decides its sign: the sentence's words
		// give it ("cease-fire", "defection"), or nothing does.
		if typ, w := rd.agreementType(ts); typ != "" {
			t.Type = typ
			cues = append(cues, "type "+string(typ)+": "+w)
		} else if typ, w, where := rd.contextType(d, p, c.cue); typ != "" {
			t.Type = typ
			cues = append(cues, "type "+string(typ)+": "+w+" ("+where+")")
			confidence -= 0.1
		} else {
			confidence -= 0.2
		}
	}
	if left.first < 0 || right.first < 0 {
		// An actor the sentence does not name (see implicit). A relation with no agent
		// ("relations were established with X") speaks of the paragraph's subject six
		// times in seven in the annotated texts: at the default threshold. A violent
		// noun ("the clashes", "the fighting") names an event whose parties the sentence
		// need not give, wrong half the time: below it.
		confidence -= 0.1
		if t.Kind == alliances.Hostility || t.Kind == alliances.Coercion {
			confidence -= 0.05
		}
	}
	return rd.finish(d, p, s, t, cues, valid, timeCue, confidence)
}
