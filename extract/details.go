package extract

// What a tie's words say of it besides its kind: its intensity, an agreement's type, the
// credibility its status gives.

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// intensity grades a tie by the words just before its cue, within three words and no
// name, or in its gap (rules.yaml, intensities): "substantive support" is 3, "smaller
// levels of support" and "received smaller levels of support from" 2; the longest words
// found win ("very modest" over "modest").
func (rd *Reader) intensity(ts []token, c cueSpan) (int, string) {
	best, word := 0, ""
	end := c.first
	if g := slices.Index(c.cue.words, gap); g >= 0 {
		end = c.end - (len(c.cue.words) - g - 1) // the gap's words too
	}
	for level, words := range rd.rules.Intensities {
		for _, w := range words {
			ws := rd.words(w)
			for i := max(0, c.first-2-len(ws)); i+len(ws) <= end; i++ {
				// "the major parties supporting X": the word grades the parties, not the support.
				if k := i + len(ws); k < end && (listNouns[ts[k].word] || forceNouns[ts[k].word]) {
					continue
				}
				if matchAt(ts, i, ws) && (len(w) > len(word) || len(w) == len(word) && level < best) {
					best, word = level, w
				}
			}
		}
	}
	return best, word
}

// contextType reads the type of an agreement whose sentence gives none from its
// paragraph, then from the paragraph before: "the first to make a deal with the Taliban
// ... Their defection was started by ...", and the deals the next paragraph goes on to
// tell. Words of a business deal ("economic", "trade") are too common to type a deal
// they do not stand beside.
func (rd *Reader) contextType(d *Document, p Paragraph, c cue) (typ alliances.AgreementType, word, where string) {
	k := slices.IndexFunc(d.Paragraphs, func(q Paragraph) bool { return q.N == p.N })
	// Only "deals" speak back of the paragraph before ("sealed deals with the Taliban"
	// after a faction that "opted out"); "an understanding" of one faction is its own.
	back := slices.ContainsFunc(c.words, func(w string) bool { return w == "deal" || w == "deals" })
	for i, what := range []string{"in the paragraph", "in the paragraph before"} {
		if k-i < 0 || i > 0 && !back {
			break
		}
		q := d.Paragraphs[k-i]
		ts := tokens(d.Text[q.Start:q.End], q.Start)
		for _, typ := range alliances.AgreementTypes {
			if typ == alliances.BusinessDeal {
				continue
			}
			if w, ok := rd.has(ts, 0, len(ts), rd.rules.AgreementTypes[string(typ)]...); ok {
				return typ, w, what
			}
		}
	}
	return "", "", ""
}

// agreementType reads an agreement's type from the words of its sentence (rules.yaml,
// agreement_types).
func (rd *Reader) agreementType(ts []token) (alliances.AgreementType, string) {
	for _, typ := range alliances.AgreementTypes {
		if w, ok := rd.has(ts, 0, len(ts), rd.rules.AgreementTypes[string(typ)]...); ok {
			return typ, w
		}
	}
	// "Habré reconciled with Malloum under an accord negotiated in Khartoum and became
	// prime minister": a post in the state taken under the deal shares power.
	if w := rd.postInDeal(ts); w != "" {
		return alliances.PowerSharing, w
	}
	return "", ""
}

// postInDeal returns the words of a state's post a sentence says someone took ("became
// prime minister", "was made defence minister", "named him vice-president"); "" where none.
func (rd *Reader) postInDeal(ts []token) string {
	for k, t := range ts {
		if t.word != "became" && t.word != "made" && t.word != "named" && t.word != "appointed" {
			continue
		}
		j := k + 1
		if j < len(ts) && objectPronouns[ts[j].word] && t.word != "became" {
			j++ // "named him vice-president"
		}
		if j < len(ts) && (ts[j].word == "a" || ts[j].word == "the" || ts[j].word == "acting" || ts[j].word == "interim") {
			j++
		}
		for n := 3; n > 0; n-- { // the longest post: "prime minister", not "minister"
			if j+n <= len(ts) && rd.statePost(ts[j:j+n]) && (j+n == len(ts) || ts[j+n].word != "of" && !ts[j+n].possessive) {
				return strings.Join(wordsOf(ts, k, j+n), " ")
			}
		}
	}
	return ""
}

// credibilityOf is the credibility a citation gives a claim the report states: probably
// true (2) where the report says it as a fact, unconfirmed by another source; possibly
// true (3) where it is hedged or told of another (alleged). The reviewer grades it
// against the other evidence.
func credibilityOf(s alliances.Status) alliances.Credibility {
	if s == alliances.Reported {
		return 2
	}
	return 3
}
