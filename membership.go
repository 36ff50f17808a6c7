package alliances

import (
	"slices"
	"strings"
)

// checkMembershipLoops reports each loop of membership ties (a faction of a faction of
// itself) once, at the tie that closes it, naming the chain. Time is ignored: a loop at
// any time is an error. It is a depth-first search over the membership graph, linear
// in its size.
func (v *validator) checkMembershipLoops() {
	out := map[string][]int{} // actor -> its membership ties, as subject
	var order []string
	for i, t := range v.r.Ties {
		if t.Kind == Membership && t.Subject != "" && t.Object != "" && t.Subject != t.Object {
			if _, ok := out[t.Subject]; !ok {
				order = append(order, t.Subject)
			}
			out[t.Subject] = append(out[t.Subject], i)
		}
	}
	const (
		unseen = iota
		onPath
		done
	)
	state := map[string]int{}
	var path []string
	var visit func(a string)
	visit = func(a string) {
		state[a] = onPath
		path = append(path, a)
		for _, ti := range out[a] {
			b := v.r.Ties[ti].Object
			switch state[b] {
			case unseen:
				visit(b)
			case onPath:
				loop := append(slices.Clone(path[slices.Index(path, b):]), b)
				v.add(Path("ties", ti), "membership loop %s, expected membership chains that end at a top organization", strings.Join(loop, " → "))
			}
		}
		path = path[:len(path)-1]
		state[a] = done
	}
	for _, a := range order {
		if state[a] == unseen {
			visit(a)
		}
	}
}
