package alliances

import "strings"

// checkMembershipLoops reports each membership tie that closes a loop (a faction of a
// faction of itself), naming the chain. Time is ignored: a loop at any time is an error.
func (v *validator) checkMembershipLoops() {
	parents := map[string][]int{} // actor -> indexes of its membership ties
	for i, t := range v.r.Ties {
		if t.Kind == Membership && t.Subject != "" && t.Object != "" && t.Subject != t.Object {
			parents[t.Subject] = append(parents[t.Subject], i)
		}
	}
	reported := map[string]bool{}
	for i, t := range v.r.Ties {
		if t.Kind != Membership || t.Subject == t.Object {
			continue
		}
		chain := v.pathUp(parents, t.Object, t.Subject, map[string]bool{})
		if chain == nil {
			continue
		}
		cycle := append([]string{t.Subject}, chain...)
		key := canonicalCycle(cycle[:len(cycle)-1])
		if reported[key] {
			continue
		}
		reported[key] = true
		v.add(Path("ties", i), "membership loop %s, expected membership chains that end at a top organization", strings.Join(cycle, " → "))
	}
}

// pathUp returns the chain of actors from `from` up the membership ties to `to`
// (inclusive), or nil when `to` cannot be reached.
func (v *validator) pathUp(parents map[string][]int, from, to string, seen map[string]bool) []string {
	if from == to {
		return []string{to}
	}
	if seen[from] {
		return nil
	}
	seen[from] = true
	for _, ti := range parents[from] {
		if rest := v.pathUp(parents, v.r.Ties[ti].Object, to, seen); rest != nil {
			return append([]string{from}, rest...)
		}
	}
	return nil
}

// canonicalCycle names a cycle independently of where it starts.
func canonicalCycle(c []string) string {
	start := 0
	for i := range c {
		if c[i] < c[start] {
			start = i
		}
	}
	return strings.Join(append(append([]string{}, c[start:]...), c[:start]...), " ")
}
