package layout

import (
	"math"
	"testing"
)

func dist(a, b Point) float64 { return math.Hypot(a.X-b.X, a.Y-b.Y) }

// TestForce checks what a reader of the picture relies on: positions in the unit
// square, the same for the same graph, linked nodes nearer than unlinked ones, and no two
// nodes on top of each other.
func TestForce(t *testing.T) {
	// Two triangles joined by one edge: 0-1-2 and 3-4-5, 2-3.
	edges := [][2]int32{{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5}, {5, 3}, {2, 3}}
	p := Force(6, edges)
	q := Force(6, edges)
	for i := range p {
		if p[i] != q[i] {
			t.Fatalf("node %d at %v, then at %v: the layout is not deterministic", i, p[i], q[i])
		}
		if p[i].X < 0 || p[i].X > 1 || p[i].Y < 0 || p[i].Y > 1 {
			t.Errorf("node %d at %v, outside the unit square", i, p[i])
		}
		for j := range i {
			if dist(p[i], p[j]) < 0.05 {
				t.Errorf("nodes %d and %d overlap: %v, %v", i, j, p[i], p[j])
			}
		}
	}
	within := (dist(p[0], p[1]) + dist(p[1], p[2]) + dist(p[3], p[4]) + dist(p[4], p[5])) / 4
	across := (dist(p[0], p[4]) + dist(p[1], p[5]) + dist(p[0], p[5]) + dist(p[1], p[4])) / 4
	if !(within < across) {
		t.Errorf("nodes of a triangle lie %.3f apart on average, nodes of different triangles %.3f: linked nodes should lie nearer", within, across)
	}
	if got := Force(0, nil); len(got) != 0 {
		t.Errorf("no nodes: %v", got)
	}
	if got := Force(1, nil); got[0] != (Point{0.5, 0.5}) {
		t.Errorf("one node at %v, want the centre", got[0])
	}
}

func BenchmarkForce(b *testing.B) {
	for _, n := range []int{100, 10000} {
		var edges [][2]int32
		for i := range n {
			for k := 1; k <= 5; k++ {
				edges = append(edges, [2]int32{int32(i), int32((i*7 + k*13) % n)})
			}
		}
		b.Run(itoa(n), func(b *testing.B) {
			for b.Loop() {
				Force(n, edges)
			}
		})
	}
}

func itoa(n int) string {
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}
