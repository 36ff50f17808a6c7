#!/usr/bin/python3
"""Reference values for package analysis/centrality, computed by NetworkX (and checked
against igraph where igraph has the same measure).

Run from the repository root with Debian's Python (python3-networkx 2.8.8,
python3-igraph 0.10.2):

    /usr/bin/python3 scripts/reference/centrality.py

It reads analysis/centrality/testdata/karate_edges.csv (Zachary's karate club as
networkx.karate_club_graph() gives it: 34 nodes, 78 edges, weight = number of contexts)
and writes analysis/centrality/testdata/karate_reference.json: a list of cases, each
with the graph it runs on ("undirected": the club; "directed": every edge oriented from
the lower to the higher node number), the exact NetworkX call, and the value of every
node (or "error" when NetworkX raises). The Go test reads that file and compares every
node to 1e-9.

igraph is used only as a second opinion: for each case that igraph can compute the
script records the largest absolute difference between igraph and NetworkX
("igraph_max_abs_diff"), so that a disagreement between the two references is visible.

Weighted betweenness is the one exception to "values are NetworkX's": NetworkX compares
path lengths for equality exactly, and with lengths 1/weight it misses ties that
rounding breaks, such as 1/2 + 1/3 + 1/6 (which sums to 0.9999999999999999) against 1;
on the undirected club its values are off by up to 1.0. For the weighted betweenness
cases "values" are computed here by Brandes's algorithm in exact rational arithmetic
(fractions.Fraction), which igraph matches; the NetworkX values are kept beside them as
"networkx_values" with their difference.
"""

import csv
import heapq
import json
import os
import sys
from fractions import Fraction

import igraph
import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TESTDATA = os.path.join(ROOT, "analysis", "centrality", "testdata")


def read_edges():
    with open(os.path.join(TESTDATA, "karate_edges.csv"), newline="") as f:
        rows = list(csv.DictReader(f))
    return [(int(r["source"]), int(r["target"]), float(r["weight"])) for r in rows]


def build(edges, directed):
    g = nx.DiGraph() if directed else nx.Graph()
    g.add_nodes_from(range(34))
    for u, v, w in edges:
        g.add_edge(u, v, weight=w, dist=1.0 / w)
    return g


def build_igraph(edges, directed):
    g = igraph.Graph(n=34, edges=[(u, v) for u, v, _ in edges], directed=directed)
    g.es["weight"] = [w for _, _, w in edges]
    g.es["dist"] = [1.0 / w for _, _, w in edges]
    return g


def values(d):
    return [d[v] for v in range(34)]


# Personalization used by the personalized PageRank cases: mass on the two leaders,
# Mr. Hi (node 0) and the officer John A. (node 33), 3 to 1.
PERSONAL = {0: 3.0, 33: 1.0}


def cases(directed):
    """(name, call text, NetworkX function, igraph function or None)."""
    n_part = "directed" if directed else "undirected"
    dirmode = "out" if directed else "all"
    out = [
        ("betweenness", "nx.betweenness_centrality(G, normalized=False)",
         lambda G: nx.betweenness_centrality(G, normalized=False),
         lambda H: H.betweenness(directed=directed)),
        ("betweenness_normalized", "nx.betweenness_centrality(G, normalized=True)",
         lambda G: nx.betweenness_centrality(G, normalized=True), None),
        ("betweenness_inverse_weight", "nx.betweenness_centrality(G, normalized=False, weight='dist') with dist = 1/weight",
         lambda G: nx.betweenness_centrality(G, normalized=False, weight="dist"),
         lambda H: H.betweenness(directed=directed, weights="dist")),
        ("betweenness_weight_as_length", "nx.betweenness_centrality(G, normalized=False, weight='weight')",
         lambda G: nx.betweenness_centrality(G, normalized=False, weight="weight"),
         lambda H: H.betweenness(directed=directed, weights="weight")),
        ("pagerank", "nx.pagerank(G, alpha=0.85, weight=None)",
         lambda G: nx.pagerank(G, alpha=0.85, weight=None),
         lambda H: H.pagerank(directed=directed, damping=0.85)),
        ("pagerank_weighted", "nx.pagerank(G, alpha=0.85, weight='weight')",
         lambda G: nx.pagerank(G, alpha=0.85, weight="weight"),
         lambda H: H.pagerank(directed=directed, damping=0.85, weights="weight")),
        ("pagerank_alpha_0.5", "nx.pagerank(G, alpha=0.5, weight=None)",
         lambda G: nx.pagerank(G, alpha=0.5, weight=None), None),
        ("pagerank_personalized", "nx.pagerank(G, alpha=0.85, weight=None, personalization={0: 3, 33: 1})",
         lambda G: nx.pagerank(G, alpha=0.85, weight=None, personalization=PERSONAL), None),
        ("eigenvector", "nx.eigenvector_centrality(G)",
         lambda G: nx.eigenvector_centrality(G), None),
        ("eigenvector_weighted", "nx.eigenvector_centrality(G, weight='weight')",
         lambda G: nx.eigenvector_centrality(G, weight="weight"), None),
    ]
    if not directed:
        # igraph's eigenvector_centrality scales the largest value to 1; rescale to unit norm.
        out[8] = out[8][:3] + (lambda H: unit(H.eigenvector_centrality(scale=True)),)
        out[9] = out[9][:3] + (lambda H: unit(H.eigenvector_centrality(scale=True, weights="weight")),)
    return [(n_part, *c) for c in out]


def exact_betweenness(edges, directed, length):
    """Brandes (2001) in exact rationals, lengths length(w) for weight w; NetworkX's
    scaling (undirected values halved, not normalized)."""
    adj = [[] for _ in range(34)]
    for u, v, w in edges:
        adj[u].append((v, length(w)))
        if not directed:
            adj[v].append((u, length(w)))
    bc = [Fraction(0)] * 34
    for s in range(34):
        dist, sigma, preds, order, done = {s: Fraction(0)}, [0] * 34, [[] for _ in range(34)], [], set()
        sigma[s] = 1
        heap = [(Fraction(0), s)]
        while heap:
            d, v = heapq.heappop(heap)
            if v in done:
                continue
            done.add(v)
            order.append(v)
            for w, l in adj[v]:
                alt = d + l
                if w not in dist or alt < dist[w]:
                    dist[w], sigma[w], preds[w] = alt, sigma[v], [v]
                    heapq.heappush(heap, (alt, w))
                elif alt == dist[w] and w not in done:
                    sigma[w] += sigma[v]
                    preds[w].append(v)
        delta = [Fraction(0)] * 34
        for w in reversed(order):
            for v in preds[w]:
                delta[v] += Fraction(sigma[v], sigma[w]) * (1 + delta[w])
            if w != s:
                bc[w] += delta[w]
    scale = 1 if directed else Fraction(1, 2)
    return [float(b * scale) for b in bc]


EXACT = {
    "betweenness_inverse_weight": lambda w: Fraction(1) / Fraction(w),
    "betweenness_weight_as_length": lambda w: Fraction(w),
}


def unit(xs):
    s = sum(x * x for x in xs) ** 0.5
    return [x / s for x in xs]


def main():
    edges = read_edges()
    result = {
        "about": "Reference values for analysis/centrality, written by scripts/reference/centrality.py",
        "data": "Zachary (1977) karate club as networkx.karate_club_graph(); testdata/karate_edges.csv",
        "networkx": nx.__version__,
        "igraph": igraph.__version__,
        "directed_graph": "each edge u,v of karate_edges.csv (u < v) as the arc u->v",
        "cases": [],
    }
    for directed in (False, True):
        G, H = build(edges, directed), build_igraph(edges, directed)
        for graph, name, call, fnx, fig in cases(directed):
            case = {"graph": graph, "name": name, "call": call}
            try:
                case["values"] = values(fnx(G))
            except nx.PowerIterationFailedConvergence as e:
                case["error"] = "PowerIterationFailedConvergence: " + str(e)
            if name in EXACT:
                exact = exact_betweenness(edges, directed, EXACT[name])
                case["call"] = "Brandes in exact rationals (this script); NetworkX: " + call
                case["networkx_values"] = case["values"]
                diff = max(abs(a - b) for a, b in zip(exact, case["values"]))
                case["networkx_max_abs_diff"] = float(f"{diff:.3g}")
                case["values"] = exact
            if fig is not None and "values" in case:
                # to 3 digits: igraph's eigenvector (ARPACK) starts from a random vector
                diff = max(abs(a - b) for a, b in zip(case["values"], fig(H)))
                case["igraph_max_abs_diff"] = float(f"{diff:.3g}")
            result["cases"].append(case)
    path = os.path.join(TESTDATA, "karate_reference.json")
    with open(path, "w") as f:
        json.dump(result, f, indent=1)
        f.write("\n")
    for c in result["cases"]:
        print(c["graph"], c["name"], "error" if "error" in c else "ok",
              c.get("igraph_max_abs_diff", ""), c.get("networkx_max_abs_diff", ""), file=sys.stderr)


if __name__ == "__main__":
    main()
