package balance

// gainHeap is a binary max-heap of nodes keyed by gain (ties to the lower node), with
// each node's position so that a changed gain can be restored in O(log n).
type gainHeap struct {
	gain []float64 // shared with the searcher
	pos  []int32   // position of each node in h, -1 when absent
	h    []int32
}

func (q *gainHeap) len() int { return len(q.h) }

// init fills the heap with nodes 0..n-1.
func (q *gainHeap) init(n int) {
	q.h = q.h[:0]
	for v := range int32(n) {
		q.pos[v] = v
		q.h = append(q.h, v)
	}
	for i := n/2 - 1; i >= 0; i-- {
		q.down(i)
	}
}

// clear empties the heap.
func (q *gainHeap) clear() {
	for _, v := range q.h {
		q.pos[v] = -1
	}
	q.h = q.h[:0]
}

func (q *gainHeap) pop() int32 {
	v := q.h[0]
	last := len(q.h) - 1
	q.swap(0, last)
	q.h = q.h[:last]
	q.pos[v] = -1
	if last > 0 {
		q.down(0)
	}
	return v
}

// fix restores the order after v's gain changed (nothing when v is absent).
func (q *gainHeap) fix(v int32) {
	i := int(q.pos[v])
	if i < 0 || len(q.h) == 0 {
		return
	}
	q.up(i)
	q.down(int(q.pos[v]))
}

func (q *gainHeap) above(a, b int32) bool {
	ga, gb := q.gain[a], q.gain[b]
	return ga > gb || ga == gb && a < b
}

func (q *gainHeap) swap(i, j int) {
	q.h[i], q.h[j] = q.h[j], q.h[i]
	q.pos[q.h[i]], q.pos[q.h[j]] = int32(i), int32(j)
}

func (q *gainHeap) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !q.above(q.h[i], q.h[p]) {
			return
		}
		q.swap(i, p)
		i = p
	}
}

func (q *gainHeap) down(i int) {
	for {
		l, top := 2*i+1, i
		if l < len(q.h) && q.above(q.h[l], q.h[top]) {
			top = l
		}
		if r := l + 1; r < len(q.h) && q.above(q.h[r], q.h[top]) {
			top = r
		}
		if top == i {
			return
		}
		q.swap(i, top)
		i = top
	}
}
