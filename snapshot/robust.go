package snapshot

import (
	"fmt"
	"math/rand/v2"
	"slices"

	"github.com/alliances-project/alliances"
)

// Variant is one rerun of an analysis for a robustness check: a name saying what changed
// and the filter to use.
type Variant struct {
	Name   string
	Filter Filter
}

// Variants returns the reruns of --robust: the snapshot as asked; without alleged and
// disputed ties (claims on one party's word, or contested); without inferred ties (the
// analyst's readings); without low-credibility ties (credibility 4 to 6: doubtful,
// improbable, cannot be judged); with every possibly active tie (fuzzy ranges); with the
// ties of no recorded intensity read as token (1) and as decisive (5); and draws random
// worlds of the uncertain dates (see Draw), seeded by seed. Each variant narrows or widens the
// filter asked for, never replaces it.
func Variants(f Filter, draws int, seed uint64) []Variant {
	vs := []Variant{{"as asked", f}}
	noAlleged := f
	noAlleged.Statuses = without(statusesOf(f), alliances.Alleged, alliances.Disputed)
	vs = append(vs, Variant{"without alleged or disputed ties", noAlleged})
	stated := f
	stated.Stated = true
	vs = append(vs, Variant{"without inferred ties", stated})
	credible := f
	if credible.MinCredibility == 0 || credible.MinCredibility > 3 {
		credible.MinCredibility = 3
	}
	vs = append(vs, Variant{"without low-credibility ties (4-6)", credible})
	fuzzy := f
	fuzzy.Fuzzy = true
	vs = append(vs, Variant{"with possibly active ties (fuzzy dates)", fuzzy})
	for _, w := range []float64{1, 5} {
		g := f
		g.Ungraded = w
		vs = append(vs, Variant{fmt.Sprintf("ungraded ties at intensity %g", w), g})
	}
	rng := rand.New(rand.NewPCG(seed, 0x616c6c69616e6365))
	for range draws {
		d := f
		d.Draw = &Draw{Seed: rng.Uint64()}
		vs = append(vs, Variant{"random draw of uncertain dates", d})
	}
	return vs
}

// statusesOf returns the statuses a filter lets through.
func statusesOf(f Filter) []alliances.Status {
	if f.Statuses != nil {
		return f.Statuses
	}
	return without(alliances.Statuses, alliances.Denied, alliances.Retracted)
}

func without(xs []alliances.Status, drop ...alliances.Status) []alliances.Status {
	out := []alliances.Status{}
	for _, x := range xs {
		if !slices.Contains(drop, x) {
			out = append(out, x)
		}
	}
	return out
}
