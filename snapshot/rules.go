package snapshot

import (
	"fmt"
	"strings"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// Rules says in words how a snapshot chose and weighed its ties, for every output to
// state: which days, which layers at which weights, folded or not, and the filters.
type Rules struct {
	Label      string        `json:"label"`   // the date as the user gave it
	Date       string        `json:"date"`    // which ties the date takes, in words
	Overlap    string        `json:"overlap"` // majority or any
	Dates      string        `json:"dates"`   // strict or fuzzy
	Layers     []LayerWeight `json:"layers"`
	Weights    string        `json:"weights"` // how a tie is weighed, in words
	Folded     bool          `json:"folded"`
	PartWeight float64       `json:"part_weight"` // the weight of a folded part's ties (1: in full)
	Categories bool          `json:"categories"`  // actors of kind category kept
	Stated     bool          `json:"stated_only"`
	Filters    []string      `json:"filters,omitempty"` // the other filters, in words
}

// Rules describes the filter; label names the date as the user gave it.
func (f Filter) Rules(label string) Rules {
	r := Rules{Label: label, Overlap: f.Overlap.String(), Dates: "strict", Layers: f.layers(), Folded: f.Fold, PartWeight: 1,
		Categories: f.Categories, Stated: f.Stated}
	cover := "certainly"
	switch {
	case f.Draw != nil:
		r.Dates, cover = "drawn", "in a random draw of the uncertain dates"
	case f.Fuzzy:
		r.Dates, cover = "fuzzy", "possibly"
	}
	switch {
	case f.At == nil:
		r.Date = "every tie, whatever its dates"
	case f.At.First == f.At.Last:
		r.Date = fmt.Sprintf("the ties %s active on %s", cover, label)
	case f.Overlap == Any:
		r.Date = fmt.Sprintf("the ties %s active on at least one day of %s", cover, label)
	default:
		n := int64(f.At.Last-f.At.First) + 1
		r.Date = fmt.Sprintf("the ties that %s cover more than half of %s (at least %d of its %d days)", coverVerb(cover), label, n/2+1, n)
	}
	ungraded := float64(DefaultIntensity)
	if f.Ungraded > 0 {
		ungraded = f.Ungraded
	}
	r.Weights = fmt.Sprintf("intensity (%g when unknown), the strongest tie of each kind per pair", ungraded)
	if f.WeighCredibility {
		r.Weights += ", times (7 - credibility) / 6"
	}
	if f.Fold && f.PartWeight > 0 {
		r.PartWeight = f.PartWeight
	}
	r.Filters = f.filters()
	return r
}

// StepRules describes the filter for each step of a series; period words the steps
// ("each month from 2021-04 to 2021-09").
func (f Filter) StepRules(period string) Rules {
	g := f
	g.At = nil
	r := g.Rules("")
	cover := "certainly"
	switch {
	case f.Draw != nil:
		cover = ", in a random draw of the uncertain dates,"
	case f.Fuzzy:
		cover = "possibly"
	}
	if f.Overlap == Any {
		r.Date = fmt.Sprintf("for %s, the ties %s active on at least one day of it", period, strings.Trim(cover, ","))
	} else {
		r.Date = fmt.Sprintf("for %s, the ties that %s cover more than half of its days", period, coverVerb(cover))
	}
	return r
}

func coverVerb(cover string) string {
	if cover == "certainly" || cover == "possibly" {
		return cover
	}
	return "," + cover + ","
}

// filters words the filters other than date, layers and folding.
func (f Filter) filters() []string {
	var out []string
	if len(f.Kinds) > 0 {
		out = append(out, "kinds "+joined(f.Kinds))
	}
	if len(f.Signs) > 0 {
		out = append(out, "signs "+joined(f.Signs))
	}
	if f.Statuses != nil {
		out = append(out, "statuses "+joined(f.Statuses))
	}
	if f.MinCredibility > 0 {
		out = append(out, fmt.Sprintf("credibility %d or stronger", f.MinCredibility))
	}
	if f.MinReliability != "" {
		out = append(out, "a source graded "+f.MinReliability+" or better")
	}
	return out
}

func joined[T any](xs []T) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = fmt.Sprint(x)
	}
	return strings.Join(parts, ",")
}

// Lines words the rules as a few lines for a report's header.
func (r Rules) Lines() []string {
	var layers []string
	for _, l := range r.Layers {
		layers = append(layers, fmt.Sprintf("%s x%g", l.Layer, l.Weight))
	}
	lines := []string{"Read: " + r.Date + "."}
	layerLine := "Layers: " + strings.Join(layers, ", ")
	for _, l := range r.Layers {
		switch l.Layer {
		case alliances.Process:
			layerLine += "; deals, talks and mediations count as positive ties"
		case alliances.Hierarchy:
			layerLine += "; membership counts as a positive tie"
		}
	}
	lines = append(lines, layerLine+"; weights: "+r.Weights+".")
	var how []string
	switch {
	case r.Folded && r.PartWeight != 1:
		how = append(how, fmt.Sprintf("elements, factions, members and leaders folded into their organizations, a part's ties (not a leader's) counting x%g", r.PartWeight))
	case r.Folded:
		how = append(how, "elements, factions, members and leaders folded into their organizations")
	default:
		how = append(how, "parts of organizations kept apart (not folded)")
	}
	if !r.Categories {
		how = append(how, "categories left out")
	}
	if r.Stated {
		how = append(how, "stated ties only (inferred ones left out)")
	}
	how = append(how, r.Filters...)
	return append(lines, "Actors: "+strings.Join(how, "; ")+".")
}

// Label is the EDTF label of a range: a day, or first/last.
func Label(r edtf.Range) string {
	if r.First == r.Last {
		return r.First.String()
	}
	return r.First.String() + "/" + r.Last.String()
}
