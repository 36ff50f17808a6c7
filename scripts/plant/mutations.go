package main

// mutations are the planted bugs, each a wrong answer the tests must catch. The first
// ones sit between the algorithms and what a user reads; the last ones in the algorithms.
var mutations = []mutation{
	{
		name: "brokers-roles-swapped", file: "cmd/alliances/brokers.go",
		from: "Representative: c[abrokerage.Representative],\n\t\t\tGatekeeper: c[abrokerage.Gatekeeper],",
		to:   "Representative: c[abrokerage.Gatekeeper],\n\t\t\tGatekeeper: c[abrokerage.Representative],",
		pkgs: []string{"./cmd/alliances"}, breaks: "brokers reports the representative as gatekeeper and back",
	},
	{
		name: "brokers-explain-ties-swapped", file: "cmd/alliances/brokers.go",
		from: "InTies: g.ArcTies(int(p.In)), OutTies: g.ArcTies(int(p.Out))",
		to:   "InTies: g.ArcTies(int(p.Out)), OutTies: g.ArcTies(int(p.In))",
		pkgs: []string{"./cmd/alliances"}, breaks: "brokers --explain lists the tie out of the broker as the tie in",
	},
}
