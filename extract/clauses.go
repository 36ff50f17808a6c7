package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// joined reports whether the tokens between two mentions only join them: "and", "or",
// a comma (folded away), "as well as".
func joined(ts []token, from, to int) bool {
	if from == to && from > 0 && from <= len(ts) && ts[from-1].possessive {
		return false // "Gulbuddin Hekmatyar's Hizb-e Islami": one possesses the other
	}
	for i := from; i < to; i++ {
		switch ts[i].word {
		case "and", "or", "as", "well", "both", "gen", "general", "president", "the":
		case "along", "together":
			if i+1 >= to || ts[i+1].word != "with" {
				return false
			}
			i++ // "along with", "together with"
		default:
			return false
		}
	}
	for i := max(from, 1); i <= to && i < len(ts); i++ {
		if strings.ContainsAny(ts[i].pre, "();:[]") {
			return false // "the old stakeholders (Karzai and Abdullah)": no list of three
		}
	}
	return to-from <= 3
}

// group returns the mention at i and those joined to it by "and", "or" and commas,
// toward step (-1: leftward, +1: rightward).
func group(ts []token, ms []mention, i, step int) []*mention {
	out := []*mention{&ms[i]}
	for j := i + step; j >= 0 && j < len(ms); j += step {
		a, b := out[len(out)-1], &ms[j]
		from, to := b.end, a.first
		if step > 0 {
			from, to = a.end, b.first
		}
		if !joined(ts, from, to) {
			break
		}
		out = append(out, b)
	}
	return out
}

type voiceOf int

const (
	active voiceOf = iota
	passiveBy
	passiveNoAgent
)

// voice tells whether a cue is passive: one of the rules' passive cues ("backed by"), or
// a participle after a form of "be" ("were killed by Turkish forces", "was attacked"),
// with its agent after "by" or with none.
func (rd *Reader) voice(ts []token, c cueSpan) voiceOf {
	if c.cue.passive {
		return passiveBy
	}
	if len(c.cue.words) != 1 || !strings.HasSuffix(c.cue.words[0], "ed") {
		return active
	}
	aux := false
	for i := c.first - 1; i >= max(0, c.first-3); i-- {
		switch ts[i].word {
		case "was", "were", "been", "being", "is", "are", "be", "got", "get":
			aux = true
		case "also", "later", "then", "first", "not", "never":
			continue
		}
		if strings.HasSuffix(ts[i].word, "ly") {
			continue // "was subsequently captured"
		}
		break
	}
	if !aux {
		return active
	}
	if c.end < len(ts) && ts[c.end].word == "by" {
		return passiveBy
	}
	return passiveNoAgent
}

// subordinators open a sentence with a clause that its first comma closes.
var subordinators = map[string]bool{"when": true, "while": true, "after": true, "before": true, "since": true, "although": true,
	"though": true, "if": true, "once": true, "because": true, "whereas": true, "as": true, "until": true, "unless": true}

// opensSentence reports whether the words before token i only open the sentence: an
// article, or a time ("In July 2018, the Iraqi Army ...").
func opensSentence(ts []token, i int) bool {
	if i > 7 {
		return false
	}
	for k := range i {
		w := ts[k].word
		if !(w == "the" || w == "in" || w == "on" || w == "by" || w == "during" || w == "early" || w == "late" || w == "mid" ||
			w == "of" || w == "later" || w == "then" || strings.Contains(months, w) && len(w) >= 3 || w[0] >= '0' && w[0] <= '9') {
			return false
		}
	}
	return true
}

// unknownName reports whether a name the reader does not know may stand before token
// to in its sentence: a capitalized word after the first ("the al-Nusra Front
// attacked"), or a first word joined to a capitalized one ("Al-Nusra attacked"). A cue
// with no known actor before it then speaks of that name, not of the paragraph's subject.
func unknownName(d *Document, ts []token, to int) bool {
	for i := 0; i < to && i < len(ts); i++ {
		raw := d.Text[ts[i].start:ts[i].end]
		r, _ := utf8.DecodeRuneInString(raw)
		if i > 0 && unicode.IsUpper(r) || strings.ContainsFunc(raw[1:], unicode.IsUpper) {
			return true
		}
	}
	return false
}

// boundary reports whether the edge of a clause lies between the tokens from and to: a
// semicolon, a colon, a parenthesis or a dash, or a comma before a word that opens a
// clause (", and China provided"; ", which").
func boundary(d *Document, ts []token, from, to int) bool {
	gapAt := func(k int) string {
		if k < 1 || k >= len(ts) {
			return ""
		}
		return d.Text[ts[k-1].end:ts[k].start]
	}
	// "When Hizb-e Islami signed a peace deal in 2016, the Taliban were upset": the
	// first comma of a sentence opened by a subordinate clause closes it.
	opener := len(ts) > 0 && subordinators[ts[0].word]
	for k := max(from, 1); k <= to && k < len(ts); k++ {
		gap := gapAt(k)
		if opener && strings.Contains(gap, ",") && !slices.ContainsFunc(ts[1:k], func(t token) bool { return strings.Contains(t.pre, ",") }) {
			return true
		}
		// A parenthesis around one word is an abbreviation: "Units (YPG) attacked".
		if strings.Contains(gap, ")") && strings.Contains(gapAt(k-1), "(") || strings.Contains(gap, "(") && strings.Contains(gapAt(k+1), ")") {
			gap = strings.NewReplacer("(", "", ")", "").Replace(gap)
		}
		if strings.ContainsAny(gap, ";:()[]—") {
			return true
		}
		if strings.Contains(gap, ",") && k < to {
			switch ts[k].word {
			case "which", "who", "whose":
				// "The Iranians, who had been supporting the Taliban": a relative clause
				// right after a name speaks of it.
				if k > from {
					return true
				}
			case "and", "but", "while", "whereas", "although", "though", "when", "because", "so", "yet", "however":
				return true
			}
		}
	}
	return false
}
