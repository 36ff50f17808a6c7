package balance

// blocks splits the edges into biconnected components (blocks: maximal sets of edges
// any two of which lie on a common cycle) by Hopcroft and Tarjan's (1973) depth-first
// search, iteratively so that long paths do not exhaust the stack. It returns the
// edges of block b as ids[off[b]:off[b+1]], blocks in order of completion.
//
// Every cycle lies inside one block and blocks meet only at cut nodes, in a tree; so
// the frustration index of a graph is the sum of those of its blocks (the sides found
// for one block can be swapped to agree with its neighbour at their cut node).
func blocks(e *edges) (off, ids []int32) {
	disc := make([]int32, e.n)
	low := make([]int32, e.n)
	for i := range disc {
		disc[i] = -1
	}
	type frame struct{ v, parentEdge, next int32 }
	var stack []frame
	var estack []int32
	off = []int32{0}
	ids = make([]int32, 0, len(e.u))
	time := int32(0)
	for r := range int32(e.n) {
		if disc[r] >= 0 {
			continue
		}
		disc[r], low[r] = time, time
		time++
		stack = append(stack[:0], frame{r, -1, e.off[r]})
		for len(stack) > 0 {
			f := &stack[len(stack)-1]
			v := f.v
			if f.next < e.off[v+1] {
				w, id := e.adj[f.next], e.eid[f.next]
				f.next++
				switch {
				case id == f.parentEdge:
				case disc[w] < 0:
					estack = append(estack, id)
					disc[w], low[w] = time, time
					time++
					stack = append(stack, frame{w, id, e.off[w]})
				case disc[w] < disc[v]:
					estack = append(estack, id)
					low[v] = min(low[v], disc[w])
				}
				continue
			}
			pe := f.parentEdge
			stack = stack[:len(stack)-1]
			if len(stack) == 0 {
				break
			}
			p := stack[len(stack)-1].v
			low[p] = min(low[p], low[v])
			if low[v] >= disc[p] {
				for {
					id := estack[len(estack)-1]
					estack = estack[:len(estack)-1]
					ids = append(ids, id)
					if id == pe {
						break
					}
				}
				off = append(off, int32(len(ids)))
			}
		}
	}
	return off, ids
}
