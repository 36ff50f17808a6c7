// Package layout places the nodes of a graph in the plane for a picture: a force-directed
// layout (Fruchterman and Reingold 1991) whose repulsion between all nodes is
// approximated by a quadtree (Barnes and Hut 1986), so that a step costs about n log n,
// with a weak pull to the centre that keeps separate pieces in view. It is
// deterministic: the same graph gives the same positions.
//
// A network seen through time keeps one layout, that of every tie it ever has: a node
// stays where it is while the ties around it appear and disappear.
package layout

import "math"

// Point is a position in the unit square.
type Point struct{ X, Y float64 }

// Force returns positions in [0, 1]² for nodes 0..n-1 linked by edges (pairs of nodes,
// in either order; a pair given several times counts once, loops not at all: a pair
// with many ties would otherwise pull its two ends onto each other).
func Force(n int, edges [][2]int32) []Point {
	edges = distinct(edges)
	p := make([]Point, n)
	if n == 0 {
		return p
	}
	// Start on a sunflower spiral, node 0 in the middle: spread evenly, and the same
	// every time.
	golden := math.Pi * (3 - math.Sqrt(5))
	for i := range p {
		r := math.Sqrt((float64(i) + 0.5) / float64(n))
		p[i] = Point{0.5 + 0.5*r*math.Cos(float64(i)*golden), 0.5 + 0.5*r*math.Sin(float64(i)*golden)}
	}
	if n == 1 {
		p[0] = Point{0.5, 0.5}
		return p
	}
	k := 1 / math.Sqrt(float64(n)) // the ideal distance between neighbours
	iterations, open := 500, theta
	switch {
	case n > 2000: // a first view of a large case in about a second: fewer, coarser rounds
		iterations, open = 60, 1.2
	case n > 500:
		iterations = 250
	}
	disp := make([]Point, n)
	var tree quadtree
	for it := range iterations {
		t := 0.1 * (1 - float64(it)/float64(iterations)) // the temperature: the longest move
		clear(disp)
		tree.build(p)
		for i, q := range p {
			f := tree.repulsion(p, int32(i), 2*k*k, open)         // twice Fruchterman and Reingold's: labels need room
			disp[i] = Point{f.X - (q.X-0.5)*k, f.Y - (q.Y-0.5)*k} // and a weak pull to the centre
		}
		for _, e := range edges {
			u, v := e[0], e[1]
			if u == v {
				continue
			}
			d := Point{p[u].X - p[v].X, p[u].Y - p[v].Y}
			dist := math.Hypot(d.X, d.Y)
			if dist < 1e-9 {
				continue
			}
			f := dist * dist / k
			disp[u].X -= d.X / dist * f
			disp[u].Y -= d.Y / dist * f
			disp[v].X += d.X / dist * f
			disp[v].Y += d.Y / dist * f
		}
		for i := range p {
			l := math.Hypot(disp[i].X, disp[i].Y)
			if l > 0 {
				s := min(l, t) / l
				p[i].X += disp[i].X * s
				p[i].Y += disp[i].Y * s
			}
		}
	}
	// Into the unit square, nodes apart, and into it again.
	normalize(p)
	separate(p, min(0.06, 0.45/math.Sqrt(float64(n))))
	normalize(p)
	return p
}

// normalize moves and scales positions into the unit square, keeping the proportions.
func normalize(p []Point) {
	lo, hi := Point{math.Inf(1), math.Inf(1)}, Point{math.Inf(-1), math.Inf(-1)}
	for _, q := range p {
		lo = Point{min(lo.X, q.X), min(lo.Y, q.Y)}
		hi = Point{max(hi.X, q.X), max(hi.Y, q.Y)}
	}
	span := max(hi.X-lo.X, hi.Y-lo.Y, 1e-9)
	off := Point{(1 - (hi.X-lo.X)/span) / 2, (1 - (hi.Y-lo.Y)/span) / 2}
	for i, q := range p {
		p[i] = Point{off.X + (q.X-lo.X)/span, off.Y + (q.Y-lo.Y)/span}
	}
}

// quadtree holds the nodes' positions for the repulsion: each cell its mass (nodes) and
// their centre.
type quadtree struct {
	cells []cell
	stack []int32 // repulsion's, kept between calls
}

type cell struct {
	x, y, size float64  // the square: its corner and side
	mass       float64  // nodes within
	cx, cy     float64  // their centre
	child      [4]int32 // 0: none
	body       int32    // the one node of a leaf, -1 for none or several
}

// theta is the Barnes-Hut opening criterion: a cell seen under a smaller angle acts as
// one mass. Large graphs take a coarser one.
const theta = 0.8

func (t *quadtree) build(p []Point) {
	lo, hi := Point{math.Inf(1), math.Inf(1)}, Point{math.Inf(-1), math.Inf(-1)}
	for _, q := range p {
		lo = Point{min(lo.X, q.X), min(lo.Y, q.Y)}
		hi = Point{max(hi.X, q.X), max(hi.Y, q.Y)}
	}
	t.cells = append(t.cells[:0], cell{x: lo.X, y: lo.Y, size: max(hi.X-lo.X, hi.Y-lo.Y, 1e-9) * 1.0001, body: -1})
	for i := range p {
		t.insert(0, int32(i), p, 0)
	}
}

func (t *quadtree) insert(c int, i int32, p []Point, depth int) {
	q := p[i]
	for {
		cl := &t.cells[c]
		m := cl.mass
		cl.cx, cl.cy = (cl.cx*m+q.X)/(m+1), (cl.cy*m+q.Y)/(m+1)
		cl.mass++
		if m == 0 {
			cl.body = i
			return
		}
		if depth > 40 { // nodes at one place: a leaf holds them all
			cl.body = -1
			return
		}
		if cl.body >= 0 { // a leaf of one node becomes a branch
			b := cl.body
			cl.body = -1
			t.place(c, b, p) // may move t.cells: cl is not used after this
		}
		c = t.quadrant(c, q)
		depth++
	}
}

// place moves node b of a leaf being split down into its quadrant.
func (t *quadtree) place(c int, b int32, p []Point) {
	k := t.quadrant(c, p[b])
	kc := &t.cells[k]
	kc.cx, kc.cy, kc.mass, kc.body = p[b].X, p[b].Y, 1, b
}

// quadrant returns the child of cell c that q falls in, making it when missing.
func (t *quadtree) quadrant(c int, q Point) int {
	cl := t.cells[c]
	h := cl.size / 2
	k := 0
	x, y := cl.x, cl.y
	if q.X >= cl.x+h {
		k, x = k+1, x+h
	}
	if q.Y >= cl.y+h {
		k, y = k+2, y+h
	}
	if cl.child[k] == 0 {
		t.cells = append(t.cells, cell{x: x, y: y, size: h, body: -1})
		t.cells[c].child[k] = int32(len(t.cells) - 1)
	}
	return int(t.cells[c].child[k])
}

// repulsion is the force on node i from every other node, each pushing it away by
// k2/distance, far cells acting as one mass.
func (t *quadtree) repulsion(p []Point, i int32, k2, open float64) Point {
	var f Point
	q := p[i]
	stack := append(t.stack[:0], 0)
	defer func() { t.stack = stack }()
	for len(stack) > 0 {
		c := &t.cells[stack[len(stack)-1]]
		stack = stack[:len(stack)-1]
		if c.mass == 0 || c.body == i && c.mass == 1 {
			continue
		}
		dx, dy := q.X-c.cx, q.Y-c.cy
		d := math.Hypot(dx, dy)
		leaf := c.child == [4]int32{}
		if leaf || c.size/max(d, 1e-12) < open {
			m := c.mass
			if leaf && c.body < 0 && d < 1e-9 { // nodes at i's own place: part them by number
				dx, dy, d = float64(i%7+1)*1e-6, float64(i%5+1)*1e-6, 1e-5
				m--
			}
			if d < 1e-9 {
				continue
			}
			s := k2 * m / (d * d)
			f.X += dx * s
			f.Y += dy * s
			continue
		}
		for _, ch := range c.child {
			if ch != 0 {
				stack = append(stack, ch)
			}
		}
	}
	return f
}

// distinct returns the pairs of edges once each, smaller node first, without loops.
func distinct(edges [][2]int32) [][2]int32 {
	seen := make(map[[2]int32]bool, len(edges))
	out := make([][2]int32, 0, len(edges))
	for _, e := range edges {
		u, v := min(e[0], e[1]), max(e[0], e[1])
		if u == v || seen[[2]int32{u, v}] {
			continue
		}
		seen[[2]int32{u, v}] = true
		out = append(out, [2]int32{u, v})
	}
	return out
}

// separate pushes apart the nodes nearer than gap to each other, a little at a time, so
// that no two discs and their labels sit on each other. Past a few thousand nodes it
// leaves them: the force layout has spread them already, and a picture of that many is
// read by its shape.
func separate(p []Point, gap float64) {
	if len(p) > 3000 {
		return
	}
	for range 100 {
		moved := false
		for i := range p {
			for j := range i {
				dx, dy := p[i].X-p[j].X, p[i].Y-p[j].Y
				d := math.Hypot(dx, dy)
				if d >= gap {
					continue
				}
				if d < 1e-9 {
					dx, dy, d = 1e-3*float64(i-j), 1e-3, 1e-3*math.Hypot(float64(i-j), 1)
				}
				push := (gap - d) / 2 / d
				p[i].X += dx * push
				p[i].Y += dy * push
				p[j].X -= dx * push
				p[j].Y -= dy * push
				moved = true
			}
		}
		if !moved {
			return
		}
	}
}
