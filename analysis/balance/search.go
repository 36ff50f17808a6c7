package balance

import (
	"context"
	"math/rand/v2"
	"slices"
)

// searcher finds two sides with few frustrated edges by local search: each start
// colours a spanning forest so that its edges are all satisfied (breadth first, from a
// random root, scanning neighbours from a random offset; one start puts all on one
// side instead), flips single nodes while a
// flip lowers the cost, then runs Kernighan and Lin (1970) passes: flip the unlocked
// node of largest gain, even a negative one, lock it, and keep the best prefix of the
// sequence; a pass stops after patience flips without a new best. Last, min(n, 1000)
// perturbations (iterated local search; Lourenço, Martin and Stützle 2003): a random
// node and up to three neighbours it agrees with change sides together, the nodes
// around flip while that helps, and the change stays unless the cost rose. The result
// is an upper bound on the frustration index.
type searcher struct {
	e        *edges
	side     []int8
	gain     []float64 // how much flipping each node would lower the cost
	heap     gainHeap
	locked   []bool
	moves    []int32
	queue    []int32
	seen     []bool
	tol      float64 // gains at most this are no gain (rounding of weighted sums)
	patience int
	cost     float64 // cost of side, kept up to date by flip
	log      []int32 // flips since the last perturbation, to undo them
	queued   []bool
}

func newSearcher(e *edges) *searcher {
	s := &searcher{
		e:        e,
		side:     make([]int8, e.n),
		gain:     make([]float64, e.n),
		locked:   make([]bool, e.n),
		seen:     make([]bool, e.n),
		queued:   make([]bool, e.n),
		queue:    make([]int32, 0, e.n),
		patience: min(e.n, 100),
	}
	s.heap = gainHeap{gain: s.gain, pos: make([]int32, e.n)}
	for v := range s.heap.pos {
		s.heap.pos[v] = -1
	}
	top := 0.0
	for _, d := range e.degree {
		top = max(top, d)
	}
	s.tol = 1e-9 * top
	return s
}

// run makes starts starts and returns the best sides found (the earliest of equal
// cost), their cost, and how many starts reached that cost.
func (s *searcher) run(ctx context.Context, starts int, rng *rand.Rand) ([]int8, float64, error) {
	var best []int8
	bestCost := 0.0
	for k := range starts {
		if err := ctx.Err(); err != nil {
			return nil, 0, err
		}
		s.start(k, rng)
		s.descend()
		for pass := 0; pass < 100 && s.klPass(); pass++ {
			s.descend()
		}
		s.perturb(rng, min(s.e.n, 1000))
		if c := s.e.cost(s.side); best == nil || c < bestCost-s.tol {
			best, bestCost = slices.Clone(s.side), c
		}
	}
	return best, bestCost, nil
}

// start colours a breadth-first spanning forest: start 0 from the node of largest
// degree scanning rows in order, starts from 2 on from random roots and offsets; start
// 1 puts every node on one side (best on graphs far from balance).
func (s *searcher) start(k int, rng *rand.Rand) {
	e := s.e
	if k == 1 {
		clear(s.side) // everyone on one side: only the negative ties frustrated
		s.gains()
		return
	}
	clear(s.seen)
	root := 0
	if k == 0 {
		for x := range e.n {
			if e.degree[x] > e.degree[root] {
				root = x
			}
		}
	} else {
		root = rng.IntN(max(e.n, 1))
	}
	for r := range e.n {
		x := int32((root + r) % e.n)
		if s.seen[x] {
			continue
		}
		s.side[x] = int8(rng.IntN(2))
		s.seen[x] = true
		s.queue = append(s.queue[:0], x)
		for h := 0; h < len(s.queue); h++ {
			v := s.queue[h]
			lo, d := e.off[v], e.off[v+1]-e.off[v]
			shift := int32(0)
			if k > 0 && d > 1 {
				shift = rng.Int32N(d)
			}
			for j := range d {
				i := lo + (j+shift)%d
				w := e.adj[i]
				if !s.seen[w] {
					s.seen[w] = true
					s.side[w] = s.side[v]
					if e.neg[e.eid[i]] {
						s.side[w] ^= 1
					}
					s.queue = append(s.queue, w)
				}
			}
		}
	}
	s.queue = s.queue[:0]
	s.gains()
}

// gains computes every node's gain, and the cost, from scratch.
func (s *searcher) gains() {
	e := s.e
	s.cost = e.cost(s.side)
	clear(s.gain)
	for i := range e.u {
		w := e.w[i]
		if !e.frustrated(i, s.side) {
			w = -w
		}
		s.gain[e.u[i]] += w
		s.gain[e.v[i]] += w
	}
}

// flip moves v to the other side and updates the gains (and heap) of its neighbours.
func (s *searcher) flip(v int32) {
	e := s.e
	s.cost -= s.gain[v]
	s.side[v] ^= 1
	s.gain[v] = -s.gain[v]
	s.heap.fix(v)
	for i := e.off[v]; i < e.off[v+1]; i++ {
		id, u := e.eid[i], e.adj[i]
		d := 2 * e.w[id]
		if !e.frustrated(int(id), s.side) {
			d = -d
		}
		s.gain[u] += d
		s.heap.fix(u)
	}
}

// descend flips nodes of positive gain until there is none.
func (s *searcher) descend() {
	for again := true; again; {
		again = false
		for v := range int32(s.e.n) {
			if s.gain[v] > s.tol {
				s.flip(v)
				again = true
			}
		}
	}
}

// klPass runs one Kernighan-Lin pass and reports whether it lowered the cost.
func (s *searcher) klPass() bool {
	clear(s.locked)
	s.heap.init(s.e.n)
	s.moves = s.moves[:0]
	sum, best, bestLen := 0.0, 0.0, 0
	for s.heap.len() > 0 && len(s.moves)-bestLen < s.patience {
		v := s.heap.pop()
		sum += s.gain[v]
		s.locked[v] = true
		s.flip(v)
		s.moves = append(s.moves, v)
		if sum > best+s.tol {
			best, bestLen = sum, len(s.moves)
		}
	}
	s.heap.clear()
	for i := len(s.moves) - 1; i >= bestLen; i-- {
		s.flip(s.moves[i])
	}
	return bestLen > 0
}

// perturb makes rounds perturbations, keeping each unless it raised the cost.
func (s *searcher) perturb(rng *rand.Rand, rounds int) {
	e := s.e
	if e.n == 0 {
		return
	}
	for range rounds {
		before := s.cost
		s.log = s.log[:0]
		v := int32(rng.IntN(e.n))
		lo, d := e.off[v], e.off[v+1]-e.off[v]
		shift := int32(0)
		if d > 0 {
			shift = rng.Int32N(d)
		}
		s.logFlip(v)
		for j := int32(0); j < d && len(s.log) < 4; j++ {
			i := lo + (j+shift)%d
			if e.frustrated(int(e.eid[i]), s.side) { // satisfied before v moved: follow v
				s.logFlip(e.adj[i])
			}
		}
		s.settle()
		if s.cost > before+s.tol {
			for i := len(s.log) - 1; i >= 0; i-- {
				s.flip(s.log[i])
			}
			s.cost = before
		}
	}
}

// logFlip flips v, logs it, and queues it and its neighbours for settle.
func (s *searcher) logFlip(v int32) {
	s.flip(v)
	s.log = append(s.log, v)
	s.push(v)
	for i := s.e.off[v]; i < s.e.off[v+1]; i++ {
		s.push(s.e.adj[i])
	}
}

func (s *searcher) push(v int32) {
	if !s.queued[v] {
		s.queued[v] = true
		s.queue = append(s.queue, v)
	}
}

// settle flips queued nodes of positive gain, queueing their neighbours, until none
// is left.
func (s *searcher) settle() {
	for h := 0; h < len(s.queue); h++ {
		v := s.queue[h]
		s.queued[v] = false
		if s.gain[v] > s.tol {
			s.flip(v)
			s.log = append(s.log, v)
			for i := s.e.off[v]; i < s.e.off[v+1]; i++ {
				s.push(s.e.adj[i])
			}
		}
	}
	s.queue = s.queue[:0]
}
