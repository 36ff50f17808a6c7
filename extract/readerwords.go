package extract

import (
	"maps"
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// learnWords reads into the reader the rules' lists of words it looks words up in, once:
// given names, the words of convened meetings, units, the cues by their first word, and the
// words that mark a claim (negations, hedges, ends ...). The cues are read before.
func (rd *Reader) learnWords(r *Rules) {
	rd.given = map[string]bool{}
	for _, w := range r.GivenNames {
		rd.given[alliances.Fold(w)] = true
	}
	rd.convenings, rd.meetings = map[string]bool{}, map[string][][]string{}
	for _, w := range r.Convenings {
		rd.convenings[alliances.Fold(w)] = true
	}
	for _, m := range r.Meetings {
		if w := tokenWords(m); len(w) > 0 {
			rd.meetings[w[len(w)-1]] = append(rd.meetings[w[len(w)-1]], w)
		}
	}
	rd.unitWords = map[string]bool{}
	for _, kind := range []string{"armed-group", "coalition"} {
		for _, w := range r.Organizations[kind] {
			rd.unitWords[alliances.Fold(w)] = true
		}
	}
	rd.byFirst = map[string][]cue{}
	for _, c := range rd.cues {
		if len(c.words) > 0 {
			rd.byFirst[c.words[0]] = append(rd.byFirst[c.words[0]], c) // longest first still
		}
	}
	for _, l := range []struct {
		mark  string
		words []string
	}{{"negation", r.Negations}, {"end", r.Ends}, {"start", r.Starts}, {"consideration", r.Considerations}, {"hedge", r.Hedges}, {"attribution", r.Attributions}, {"claim", r.Claims}, {"supposition", r.Suppositions}, {"presupposed", r.Presupposed}, {"lookback", r.Lookbacks}, {"growth", r.Growths}} {
		for _, w := range l.words {
			rd.marks[l.mark] = append(rd.marks[l.mark], alliances.Fold(w))
		}
	}
	rd.claimFirst = map[string]bool{}
	for _, w := range rd.marks["claim"] {
		if f := strings.Fields(w); len(f) > 0 {
			rd.claimFirst[f[0]] = true
		}
	}
}

// spelling reduces a folded name to the form names are compared in: doubled letters
// single, so that transliterations that double a consonant or not ("Qassem", "Qasem")
// meet; but not in a word of three letters or fewer, an abbreviation's, whose letters are
// all it has ("SAA", the Syrian Arab Army, is no "SAS").
func spelling(folded string) string {
	b := []byte(folded)
	out := b[:0]
	short := false // the word at hand has three letters or fewer: an abbreviation's ("SAA" is no "SAS")
	for i, c := range b {
		if i == 0 || b[i-1] == ' ' {
			n := 0
			for n < len(b)-i && b[i+n] != ' ' {
				n++
			}
			short = n <= 3
		}
		if i > 0 && c == b[i-1] && c >= 'a' && c <= 'z' && !short {
			continue
		}
		out = append(out, c)
	}
	s := string(out)
	// The Arabic article written as it sounds before some letters ("Ahrar ash-Sham",
	// "Jabhat an-Nusra") is the same word as "al".
	if !strings.Contains(s, " ") {
		if slices.Contains(articles, " "+s+" ") {
			return "al"
		}
		return s
	}
	for _, variant := range articles {
		if strings.Contains(" "+s+" ", variant) {
			s = strings.TrimSpace(strings.ReplaceAll(" "+s+" ", variant, " al "))
		}
	}
	return s
}

var articles = []string{" ash ", " adh ", " ath ", " ad ", " ar ", " az ", " el ", " ul ", " an "}

// kindForms are the words of one form of a kind's relation, as the rules write them and
// folded.
type kindForms struct {
	form          string
	words, folded []string
}

// formsOf returns the forms of the first relation of kind k, in the order of their names
// (so that the cues read the same each time), their words folded once.
func (rd *Reader) formsOf(k alliances.Kind) []kindForms {
	if fs, ok := rd.forms[k]; ok {
		return fs
	}
	if rd.forms == nil {
		rd.forms = map[alliances.Kind][]kindForms{}
	}
	forms := rd.relation(k).Forms
	var out []kindForms
	for _, f := range slices.Sorted(maps.Keys(forms)) {
		kf := kindForms{form: f, words: forms[f]}
		for _, w := range forms[f] {
			kf.folded = append(kf.folded, alliances.Fold(w))
		}
		out = append(out, kf)
	}
	rd.forms[k] = out
	return out
}

// prepositionEnds are the prepositions that end a verb's cue, which an adverb may come
// before: "sided openly with".
var prepositionEnds = map[string]bool{"with": true, "against": true, "to": true, "for": true, "in": true, "from": true}

// gap is the word of a cue's words that stands for the words between its parts: a cue
// written "received ... from" in the rules.
const gap = "..."

// maxGap is the most words a cue's gap spans.
const maxGap = 10

// cueWords folds a cue of the rules into its words, a "..." between two parts into gap.
func cueWords(c string) []string {
	var words []string
	for i, part := range strings.Split(c, "...") {
		if i > 0 {
			words = append(words, gap)
		}
		words = append(words, strings.Fields(alliances.Fold(part))...)
	}
	return words
}

type cue struct {
	words   []string
	kind    alliances.Kind
	passive bool
	text    string
	then    []string // see Relation.Then, folded
	before  []string // see Relation.Before, folded
	within  []string // see Relation.Within, folded
	twin    bool     // another relation has a cue of the same words: the one whose then the sentence holds reads it
}

// foldAll returns the words folded, or nil where there are none.
func foldAll(words []string) []string {
	var out []string
	for _, w := range words {
		out = append(out, alliances.Fold(w))
	}
	return out
}
