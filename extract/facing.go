package extract

// The two a text told facing each other last: the sides of a meeting or a deal that names
// none ("Chad and Sudan signed an accord. ... Qatar and Libya brokered yet another deal").

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// facingSides returns the two the text told fighting, dealing or talking last, in this
// paragraph or the one before, as the sides of a meeting or deal at token j that names
// none ("Qatar and Libya brokered yet another deal"), with why; none where an agent is
// one of them or the words after the meeting name one it is held with ("a deal with").
func (rd *Reader) facingSides(ts []token, ms []mention, agents []*mention, j int) ([]*mention, string) {
	two := rd.facing
	if two[0] == "" || rd.paragraph-rd.facingIn > 1 || slices.ContainsFunc(agents, func(a *mention) bool { return a.id == two[0] || a.id == two[1] }) {
		return nil, ""
	}
	for x := j + 1; x < len(ts) && x <= j+6 && !strings.ContainsAny(ts[x].pre, ",;:"); x++ {
		if ts[x].word == "with" || ts[x].word == "between" || ts[x].word == "among" {
			return nil, ""
		}
	}
	return []*mention{{id: two[0], first: len(ts), end: len(ts)}, {id: two[1], first: len(ts), end: len(ts)}},
		facingWhy + " (" + two[0] + " and " + two[1] + ")"
}

// noteFacing keeps the two a proposal tells fighting, dealing or talking, for the
// meetings and deals told after that name neither ("brokered yet another deal"), and
// the two it tells fighting, for "the warring parties".
func (rd *Reader) noteFacing(prop Proposal) {
	if prop.Confidence < 0.5 || rd.kinds[prop.Tie.Subject] == alliances.Category || rd.kinds[prop.Tie.Object] == alliances.Category {
		return
	}
	switch prop.Tie.Kind {
	case alliances.Support:
		if !strings.Contains(strings.Join(prop.Cues, " "), "implicit: ") {
			rd.helped, rd.helpedIn = prop.Tie.Object, prop.Paragraph
		}
	case alliances.Hostility:
		rd.warring = [2]string{prop.Tie.Subject, prop.Tie.Object}
		fallthrough
	case alliances.Agreement, alliances.Negotiation:
		rd.facing, rd.facingIn = [2]string{prop.Tie.Subject, prop.Tie.Object}, prop.Paragraph
	}
}

// brokeredDeal reports whether the cue c is a meeting or a deal that a convening verb
// just before it gives to the two the text told facing each other: "Qatar and Libya
// brokered yet another deal" is no deal of Qatar's or Libya's.
func (rd *Reader) brokeredDeal(ts []token, ms []mention, c cueSpan) bool {
	for k := c.first - 1; k >= max(0, c.first-5) && !strings.ContainsAny(ts[k+1].pre, ",;:"); k-- {
		if !rd.convenings[ts[k].word] {
			continue
		}
		if _, _, why := rd.convening(ts, ms, k); strings.HasPrefix(why, facingWhy) {
			return true
		}
	}
	return false
}

// facingWhy is why a convening reads the two the text told facing each other last.
const facingWhy = "the two the text told facing each other last"
