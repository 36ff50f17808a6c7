package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/alliances-project/alliances"
)

// MatchRule says when a proposal finds a tie of the annotation.
const MatchRule = "a proposal finds a tie when it names the same two actors (in either order) in the same layer with the same sign; a mediation that names its third finds one that names its own when the mediator is the same and the two it mediates between are, in either order; the same kind, and the same way for a directed tie (the same subject), are counted apart"

// Score is how well proposals find the ties an annotation holds.
type Score struct {
	Rule      string  `json:"rule"`
	Threshold float64 `json:"threshold"`
	Proposals int     `json:"proposals"`   // at or above the threshold
	Correct   int     `json:"correct"`     // proposals that find a tie of the annotation
	Gold      int     `json:"gold"`        // ties of the annotation
	Found     int     `json:"found"`       // ties of the annotation some proposal finds
	SameKind  int     `json:"same_kind"`   // of those, found by a proposal of their kind
	SameWay   int     `json:"same_way"`    // of those, found by a proposal that reads a directed tie the same way (who supports whom)
	Dated     int     `json:"dated"`       // correct proposals whose time the text gives (not "before the document")
	TimeAgree int     `json:"time_agrees"` // of those, the ones whose time overlaps a matching tie's (fuzzy days)
	// The same, a proposal finding only the ties its paragraph states: one proposal
	// cannot find a pair's ties of other paragraphs. Ties cited by no plain ¶N are left
	// out of this count (SameParagraphGold).
	SameParagraph     int                          `json:"same_paragraph_correct"`
	SameParagraphGold int                          `json:"same_paragraph_gold"`
	SameParagraphFind int                          `json:"same_paragraph_found"`
	StrictPrecision   float64                      `json:"same_paragraph_precision"`
	StrictRecall      float64                      `json:"same_paragraph_recall"`
	Precision         float64                      `json:"precision"`
	Recall            float64                      `json:"recall"`
	ByKind            map[alliances.Kind]KindScore `json:"by_kind"`
	Missed            []string                     `json:"missed"` // the ties of the annotation no proposal finds
	Wrong             []string                     `json:"wrong"`  // the proposals that find none, as subject kind object ¶N
}

// KindScore is the score of one kind of tie of the annotation.
type KindScore struct {
	Gold      int     `json:"gold"`
	Found     int     `json:"found"`
	Proposals int     `json:"proposals"`
	Correct   int     `json:"correct"`
	Recall    float64 `json:"recall"`
	Precision float64 `json:"precision"`
}

// matches reports whether proposed tie p finds tie g of the annotation (MatchRule).
// Which of the two a mediation brings together is its object and which its third is
// the annotator's choice ("Pakistan mediated between the Taliban and Rabbani's Jami'at"
// is annotated as Pakistan's mediation with Jami'at, third the Taliban): the mediator and
// the two make the match.
func matches(p, g *alliances.Tie) bool {
	if p.Kind == alliances.Mediation && g.Kind == alliances.Mediation && p.Third != "" && g.Third != "" {
		return p.Subject == g.Subject && (p.Object == g.Object && p.Third == g.Third || p.Object == g.Third && p.Third == g.Object)
	}
	pair := p.Subject == g.Subject && p.Object == g.Object || p.Subject == g.Object && p.Object == g.Subject
	return pair && p.Layer() == g.Layer() && alliances.SignOf(p.Kind, p.Type) == alliances.SignOf(g.Kind, g.Type)
}

// sameWay reports whether proposed tie p, which finds tie g, reads it the same way: the
// same subject, where either is of a directed kind (the one who supports, not the one
// supported); any way, where both are symmetric.
func sameWay(p, g *alliances.Tie) bool {
	if !p.Kind.Directed() && !g.Kind.Directed() {
		return true
	}
	return p.Subject == g.Subject
}

// Measure scores the proposals at or above a confidence threshold against the ties of
// an annotation (for the built-in case, its ties stated by the source read).
func Measure(props []Proposal, gold []alliances.Tie, threshold float64) Score {
	s := Score{Rule: MatchRule, Threshold: threshold, Gold: len(gold), ByKind: map[alliances.Kind]KindScore{}}
	var kept []Proposal
	for _, p := range props {
		if p.Confidence >= threshold {
			kept = append(kept, p)
		}
	}
	s.Proposals = len(kept)
	for i := range kept {
		p := &kept[i].Tie
		k := s.ByKind[p.Kind]
		k.Proposals++
		if slices.ContainsFunc(gold, func(g alliances.Tie) bool { return matches(p, &g) }) {
			s.Correct++
			k.Correct++
			if !slices.ContainsFunc(kept[i].Cues, func(c string) bool { return strings.HasPrefix(c, "no time") }) {
				s.Dated++
				if slices.ContainsFunc(gold, func(g alliances.Tie) bool { return matches(p, &g) && p.Valid.Fuzzy().Overlaps(g.Valid.Fuzzy()) }) {
					s.TimeAgree++
				}
			}
		} else {
			s.Wrong = append(s.Wrong, fmt.Sprintf("%s %s %s ¶%d", p.Subject, p.Kind, p.Object, kept[i].Paragraph))
		}
		s.ByKind[p.Kind] = k
	}
	for i := range gold {
		g := &gold[i]
		k := s.ByKind[g.Kind]
		k.Gold++
		if slices.ContainsFunc(kept, func(p Proposal) bool { return matches(&p.Tie, g) }) {
			s.Found++
			k.Found++
			if slices.ContainsFunc(kept, func(p Proposal) bool { return matches(&p.Tie, g) && p.Tie.Kind == g.Kind }) {
				s.SameKind++
			}
			if slices.ContainsFunc(kept, func(p Proposal) bool { return matches(&p.Tie, g) && sameWay(&p.Tie, g) }) {
				s.SameWay++
			}
		} else {
			s.Missed = append(s.Missed, g.ID)
		}
		s.ByKind[g.Kind] = k
	}
	paras := func(g *alliances.Tie) []int {
		var out []int
		for _, c := range g.Citations {
			if n, err := strconv.Atoi(strings.TrimPrefix(c.Locator, "¶")); err == nil && strings.HasPrefix(c.Locator, "¶") {
				out = append(out, n)
			}
		}
		return out
	}
	for i := range kept {
		p := &kept[i]
		if slices.ContainsFunc(gold, func(g alliances.Tie) bool { return matches(&p.Tie, &g) && slices.Contains(paras(&g), p.Paragraph) }) {
			s.SameParagraph++
		}
	}
	for i := range gold {
		g := &gold[i]
		ps := paras(g)
		if len(ps) == 0 {
			continue
		}
		s.SameParagraphGold++
		if slices.ContainsFunc(kept, func(p Proposal) bool { return matches(&p.Tie, g) && slices.Contains(ps, p.Paragraph) }) {
			s.SameParagraphFind++
		}
	}
	s.StrictPrecision, s.StrictRecall = ratio(s.SameParagraph, s.Proposals), ratio(s.SameParagraphFind, s.SameParagraphGold)
	for kind, k := range s.ByKind {
		k.Recall, k.Precision = ratio(k.Found, k.Gold), ratio(k.Correct, k.Proposals)
		s.ByKind[kind] = k
	}
	s.Precision, s.Recall = ratio(s.Correct, s.Proposals), ratio(s.Found, s.Gold)
	return s
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Annotation returns the ties of a record that a source states: those citing it, not
// inferred by the analyst.
func Annotation(rec *alliances.Record, source string) []alliances.Tie {
	var out []alliances.Tie
	for _, t := range rec.Ties {
		if t.IsStated() && slices.ContainsFunc(t.Citations, func(c alliances.Citation) bool { return c.Source == source }) {
			out = append(out, t)
		}
	}
	return out
}

// AnnotationReader returns a reader that knows an annotation's actors as the command line
// knows a case's: its own and the shared ones its ties name first, then the other shared
// actors, where no name of the first is theirs.
func AnnotationReader(r *Rules, ann *alliances.Record, shared []alliances.Actor) *Reader {
	named := map[string]bool{}
	for _, t := range ann.Ties {
		named[t.Subject], named[t.Object], named[t.Third] = true, true, true
	}
	first := slices.Clone(ann.Actors)
	var rest []alliances.Actor
	for _, a := range shared {
		if named[a.ID] {
			first = append(first, a)
		} else {
			rest = append(rest, a)
		}
	}
	rd := NewReader(r, first)
	rd.Know(rest)
	return rd
}

// MatchActors renames the actors of proposals read as into a new case to the actors of
// an annotation (or a case) that have one of their names: an actor found by the form of
// its name ("Protection Units", alias "YPG") becomes the annotation's actor named or
// aliased so, an individual also the one individual of its surname ("Zahir Qadir" found,
// "Haji Zahir Qadir" annotated), and keeps its own id where none is. It returns how many found actors it
// matched.
func MatchActors(props []Proposal, found []Found, actors []alliances.Actor) int {
	byName := map[string]string{}
	for _, a := range actors {
		for _, n := range append([]string{a.Name, a.ID}, a.Aliases...) {
			if f := strings.TrimPrefix(alliances.Fold(n), "the "); f != "" {
				if _, taken := byName[f]; !taken {
					byName[f] = a.ID
				}
			}
		}
	}
	// An individual's surname alone names them where no other actor has it: "Ghani".
	surnames := map[string][]string{}
	for _, a := range actors {
		if w := strings.Fields(alliances.Fold(a.Name)); a.Kind == "individual" && len(w) >= 2 && len(w[len(w)-1]) >= 4 {
			surnames[w[len(w)-1]] = append(surnames[w[len(w)-1]], a.ID)
		}
	}
	for name, ids := range surnames {
		if _, taken := byName[name]; !taken && len(ids) == 1 {
			byName[name] = ids[0]
		}
	}
	rename, matched := map[string]string{}, 0
	for _, fa := range found {
		names := append([]string{fa.Actor.Name}, fa.Actor.Aliases...)
		if w := strings.Fields(alliances.Fold(fa.Actor.Name)); fa.Actor.Kind == "individual" && len(w) >= 2 {
			names = append(names, w[len(w)-1]) // "Zahir Qadir" found, "Haji Zahir Qadir" annotated
		}
		for _, n := range names {
			if id, ok := byName[strings.TrimPrefix(alliances.Fold(n), "the ")]; ok {
				rename[fa.Actor.ID] = id
				matched++
				break
			}
		}
	}
	for i := range props {
		t := &props[i].Tie
		for _, id := range []*string{&t.Subject, &t.Object, &t.Third} {
			if to, ok := rename[*id]; ok {
				*id = to
			}
		}
	}
	return matched
}
