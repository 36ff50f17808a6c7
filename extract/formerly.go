package extract

import (
	"strings"

	"github.com/alliances-project/alliances"
)

// formerNames reads a name given after "formerly": "al-Qaeda in Iraq, formerly Jama'at
// al-Tawhid wa'l-Jihad", "the Badr Organisation (formerly the Badr Corps)", "X, previously
// known as Y", a list of names "al-Qa'ida in Iraq (AQI); formerly Jama'at al-Tawhid": the
// body of the older name renamed to the newer.
func (rd *Reader) formerNames(d *Document, p Paragraph, s Span, ts []token, ms []mention, valid, timeCue string) []Proposal {
	var out []Proposal
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		if a.first < 0 || b.first <= a.end || b.first-a.end > 5 || a.id == b.id || rd.kinds[a.id] == "individual" || rd.kinds[a.id] == "state" {
			continue
		}
		k := a.end
		if !strings.ContainsAny(ts[k].pre, ",(;") || !olderNameWords[ts[k].word] {
			continue
		}
		k++
		if k+1 < b.first && (ts[k].word == "known" || ts[k].word == "called") && ts[k+1].word == "as" {
			k += 2
		} else if k < b.first && ts[k].word == "called" {
			k++
		}
		if k < b.first && ts[k].word == "the" {
			k++
		}
		if k != b.first || strings.ContainsAny(ts[b.first].pre, ",;:)") {
			continue
		}
		t := alliances.Tie{Subject: b.id, Object: a.id, Kind: alliances.Renaming, Status: alliances.Reported}
		if prop, ok := rd.finish(d, p, s, t, []string{ts[a.end].word + ": the older name after the newer"}, valid, timeCue, 0.6); ok {
			out = append(out, prop)
		}
	}
	return out
}

// olderNameWords open an older name after a body's newer one.
var olderNameWords = map[string]bool{"formerly": true, "previously": true, "originally": true}

// becameBody reports whether "became", cue c, joins a body's old name to its new one, both
// named right beside the verb and neither a person nor a state: "The CRUA became the FLN".
func (rd *Reader) becameBody(ts []token, c cueSpan, old, new mention) bool {
	body := func(m mention) bool {
		k := rd.kinds[m.id]
		return m.first >= 0 && k != "individual" && k != "state" && k != alliances.Category && k != ""
	}
	k := c.end
	if k < len(ts) && ts[k].word == "the" {
		k++
	}
	return body(old) && body(new) && old.end == c.first && new.first == k && old.id != new.id
}
