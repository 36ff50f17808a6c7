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
	out := map[string][]int{} // actor -> its membership ties, as subject (by position in v.members)
	var order []string
	for k, m := range v.members {
		if _, ok := out[m.subject]; !ok {
			order = append(order, m.subject)
		}
		out[m.subject] = append(out[m.subject], k)
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
		for _, k := range out[a] {
			ti, b := v.members[k].i, v.members[k].object
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
