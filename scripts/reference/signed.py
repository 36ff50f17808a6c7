#!/usr/bin/python3
"""Reference values for packages analysis/balance and analysis/blocs, computed with
NetworkX (triangles) and checked against igraph, plus exhaustive searches in plain
Python where the graph is small enough.

Run from the repository root with Debian's Python (python3-networkx 2.8.8,
python3-igraph 0.10.2):

    /usr/bin/python3 scripts/reference/signed.py

It reads analysis/balance/testdata/gama_edges.csv (Read's Gahuku-Gama tribes, signnet's
copy of UCINET's GAMA; see that folder's README.md), writes three random signed graphs
(Python's random.Random with fixed seeds: G(n, m) without repeated pairs, 30% negative)
as analysis/balance/testdata/random_<n>_<m>.csv, and writes
analysis/balance/testdata/census_reference.json: for every graph, the census of
triangles by signs (+++, ++-, +--, ---), NetworkX's and igraph's triangle totals, and
the unbalanced triangles as sorted name triples. For the Gahuku-Gama tribes it adds the
frustration index by exhaustive search over the 2^15 ways to split the tribes in two
(the first tribe's side fixed), with the number of optimal splits.

The census is counted from NetworkX as: for every edge u-v and every common neighbour w
(nx.common_neighbors), the triangle {u, v, w} once (u < v < w by node order), classed by
its number of negative edges. igraph's Graph.list_triangles() must give the same total.
"""

import csv
import itertools
import json
import os
import random

import igraph
import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TESTDATA = os.path.join(ROOT, "analysis", "balance", "testdata")


def read_signed(path):
    """Reads from,to,sign rows as an undirected NetworkX graph with a sign per edge."""
    g = nx.Graph()
    with open(path, newline="") as f:
        rows = csv.reader(f)
        next(rows)
        for a, b, s in rows:
            g.add_node(a)
            g.add_node(b)
            g.add_edge(a, b, sign=int(s))
    return g


def random_signed(n, m, seed):
    """G(n, m) with m distinct pairs, each negative with probability 0.3."""
    rng = random.Random(seed)
    pairs = set()
    rows = []
    while len(rows) < m:
        u, v = rng.randrange(n), rng.randrange(n)
        if u == v or (min(u, v), max(u, v)) in pairs:
            continue
        pairs.add((min(u, v), max(u, v)))
        rows.append((str(u), str(v), -1 if rng.random() < 0.3 else 1))
    return rows


def census(g):
    order = {x: i for i, x in enumerate(g.nodes)}
    counts = [0, 0, 0, 0]
    unbalanced = []
    for u, v in g.edges:
        if order[u] > order[v]:
            u, v = v, u
        for w in nx.common_neighbors(g, u, v):
            if order[w] <= order[v]:
                continue
            k = sum(g.edges[a, b]["sign"] < 0 for a, b in ((u, v), (u, w), (v, w)))
            counts[k] += 1
            if k % 2 == 1:
                unbalanced.append(sorted((u, v, w), key=order.get))
    unbalanced.sort(key=lambda t: [order[x] for x in t])
    return counts, unbalanced


def igraph_triangles(g):
    names = list(g.nodes)
    index = {x: i for i, x in enumerate(names)}
    h = igraph.Graph(n=len(names), edges=[(index[a], index[b]) for a, b in g.edges])
    return len(h.list_triangles())


def brute_frustration(g):
    nodes = list(g.nodes)
    index = {x: i for i, x in enumerate(nodes)}
    edges = [(index[a], index[b], d["sign"]) for a, b, d in g.edges(data=True)]
    best, count = None, 0
    for bits in itertools.product((0, 1), repeat=len(nodes) - 1):
        side = (0,) + bits
        cost = sum((s < 0) == (side[a] == side[b]) for a, b, s in edges)
        if best is None or cost < best:
            best, count = cost, 1
        elif cost == best:
            count += 1
    return best, count


def main():
    cases = []
    graphs = [("gama", "gama_edges.csv")]
    for n, m, seed in ((30, 120, 1), (60, 400, 2), (200, 2000, 3)):
        name = "random_%d_%d.csv" % (n, m)
        with open(os.path.join(TESTDATA, name), "w", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(("from", "to", "sign"))
            w.writerows(random_signed(n, m, seed))
        graphs.append(("random G(%d,%d) seed %d" % (n, m, seed), name))
    for label, file in graphs:
        g = read_signed(os.path.join(TESTDATA, file))
        counts, unbalanced = census(g)
        case = {
            "graph": label,
            "file": file,
            "nodes": g.number_of_nodes(),
            "edges": g.number_of_edges(),
            "census": {"+++": counts[0], "++-": counts[1], "+--": counts[2], "---": counts[3]},
            "networkx_triangles": sum(nx.triangles(g).values()) // 3,
            "igraph_triangles": igraph_triangles(g),
            "unbalanced": unbalanced,
        }
        assert case["networkx_triangles"] == case["igraph_triangles"] == sum(counts), case
        if label == "gama":
            best, count = brute_frustration(g)
            case["frustration_index"] = best
            case["optimal_splits"] = count
        cases.append(case)
    out = os.path.join(TESTDATA, "census_reference.json")
    with open(out, "w") as f:
        json.dump({"networkx": nx.__version__, "igraph": igraph.__version__, "cases": cases}, f, indent=1)
        f.write("\n")
    print("wrote", out)


if __name__ == "__main__":
    main()
