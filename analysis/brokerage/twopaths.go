package brokerage

import (
	"context"

	"github.com/alliances-project/alliances/graph"
)

// TwoPath is one open two-path From→Broker→To, with the arcs behind it.
type TwoPath struct {
	From, Broker, To int32
	In, Out          int32 // arc indices (positions in g.Adj) of From→Broker and Broker→To
	Role             Role
}

// TwoPaths lists the open two-paths that broker brokers in the given role (AnyRole for
// all), ordered by source, then target, at most limit of them (all when limit <= 0), so
// that each of [Roles]' counts can be explained arc by arc. It finds broker's
// in-neighbours by bisecting every row: O(n log d + P) for P listed two-paths.
func TwoPaths(ctx context.Context, g *graph.CSR, group []int32, broker int, role Role, limit int) ([]TwoPath, error) {
	return TwoPathsExcluding(ctx, g, group, nil, broker, role, limit)
}

// TwoPathsExcluding is [TwoPaths] with the two-paths whose ends closed joins left out,
// as [RolesExcluding] counts them.
func TwoPathsExcluding(ctx context.Context, g *graph.CSR, group []int32, closed *graph.CSR, broker int, role Role, limit int) ([]TwoPath, error) {
	const op = "brokerage.TwoPaths"
	if err := check(op, g, group); err != nil {
		return nil, err
	}
	if err := checkNode(op, g, broker); err != nil {
		return nil, err
	}
	if err := checkClosed(op, g, closed); err != nil {
		return nil, err
	}
	var out []TwoPath
	gb := group[broker]
	for a := range g.N() {
		if a%4096 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		in := g.Arc(a, broker)
		if in < 0 {
			continue
		}
		for i := g.Off[broker]; i < g.Off[broker+1]; i++ {
			c := int(g.Adj[i])
			if c == a || g.Arc(a, c) >= 0 || closed != nil && closed.Arc(a, c) >= 0 {
				continue
			}
			r := Classify(group[a], gb, group[c])
			if role != AnyRole && r != role {
				continue
			}
			out = append(out, TwoPath{From: int32(a), Broker: int32(broker), To: int32(c), In: int32(in), Out: i, Role: r})
			if limit > 0 && len(out) == limit {
				return out, nil
			}
		}
	}
	return out, nil
}
