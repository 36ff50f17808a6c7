#!/usr/bin/python3
"""Reference values for package analysis/brokerage.

Run from the repository root with Debian's Python and, for the brokerage roles, Debian's R
(python3-networkx 2.8.8, python3-igraph 0.10.2; r-base-core 4.2 with r-cran-sna 2.7-1:
`apt-get install r-cran-sna`):

    /usr/bin/python3 scripts/reference/brokerage.py

It writes two files into analysis/brokerage/testdata/:

burt_networkx.json
    Burt's constraint and effective size by NetworkX (networkx.constraint(G,
    weight=...), networkx.effective_size(G, weight=...)) on: Zachary's karate club
    (testdata/karate_edges.csv, as networkx.karate_club_graph() gives it), unweighted
    (weight=None, so effective_size takes Borgatti's branch) and weighted by the number of
    contexts; a small hand-made directed weighted graph with reciprocal arcs, a sink and
    an isolate, weighted and unweighted; a seeded random directed weighted graph (40
    nodes, 160 arcs); and a seeded random undirected unweighted graph with isolates. Each
    case carries its edges, so the Go test needs nothing else. NaN (isolated nodes, and
    in a DiGraph nodes without successors: NetworkX tests len(G[v])) is written as null.
    Each case also holds igraph's Graph.constraint(weights=...) (python3-igraph 0.10.2),
    which agrees with NetworkX except that it scores the nodes without out-arcs of a
    directed graph (BurtOptions.Sinks in Go).

brokerage_sna.json
    Gould-Fernandez brokerage by statnet's sna::brokerage(g, cl) in R: raw.nli (counts
    w_I, w_O, b_IO, b_OI, b_O, t), exp.nli, sd.nli and z.nli for every node, on: the
    4-node example of the cograph R package's documentation (adjacency rows A: B C,
    B: C D, C: D, D: A; groups 1 1 2 2); the karate club (symmetric adjacency, so every
    edge is two arcs) with statnet's five faction.id groups (statnet.data `zach`, CC BY
    4.0, shared/data/karate/statnet_zach_nodes.csv); and a seeded random directed
    graph of 40 nodes and 200 arcs in 3 groups. Non-finite z-scores are written as the
    strings "NaN", "Inf", "-Inf". This part is skipped, with a message, when Rscript or
    sna is missing.
"""

import csv
import json
import math
import os
import random
import subprocess
import sys
import tempfile

import igraph
import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TESTDATA = os.path.join(ROOT, "analysis", "brokerage", "testdata")
SHARED = os.environ.get("ALLIANCES_SHARED_DATA", os.path.join(ROOT, "..", "shared", "data"))


def karate_edges():
    with open(os.path.join(TESTDATA, "karate_edges.csv"), newline="") as f:
        return [(int(r["source"]), int(r["target"]), float(r["weight"])) for r in csv.DictReader(f)]


def small_directed():
    # Nodes 0..8. 0<->1 reciprocal with different weights, a triangle 1,2,3, a chain,
    # 7 a sink (in-arcs only), 8 an isolate.
    return 9, [
        (0, 1, 2.0), (1, 0, 1.0), (0, 2, 1.0), (1, 2, 3.0), (2, 3, 1.0), (3, 1, 2.0),
        (3, 4, 1.0), (4, 5, 4.0), (5, 4, 1.0), (5, 6, 2.0), (6, 3, 1.0), (4, 7, 1.0),
        (6, 7, 2.0), (2, 0, 0.5),
    ]


def random_graph(seed, n, m, directed, weighted):
    rng = random.Random(seed)
    seen, edges = set(), []
    while len(edges) < m:
        u, v = rng.randrange(n), rng.randrange(n)
        key = (u, v) if directed else (min(u, v), max(u, v))
        if u == v or key in seen:
            continue
        seen.add(key)
        edges.append((u, v, float(rng.randint(1, 5)) if weighted else 1.0))
    return edges


def nan_to_none(xs):
    return [None if isinstance(x, float) and math.isnan(x) else x for x in xs]


def burt_case(name, n, edges, directed, weight):
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(range(n))
    G.add_weighted_edges_from(edges)
    c = nx.constraint(G, weight=weight)
    e = nx.effective_size(G, weight=weight)
    ig = igraph.Graph(n=n, edges=[(u, v) for u, v, _ in edges], directed=directed)
    ig.es["weight"] = [w for _, _, w in edges]
    ic = ig.constraint(weights="weight" if weight else None)
    return {
        "name": name,
        "n": n,
        "directed": directed,
        "weighted": weight is not None,
        "call": "networkx.constraint(G, weight=%r), networkx.effective_size(G, weight=%r)" % (weight, weight),
        "edges": [[u, v, w] for u, v, w in edges],
        "constraint": nan_to_none([c[v] for v in range(n)]),
        "effective_size": nan_to_none([e[v] for v in range(n)]),
        "igraph_constraint": nan_to_none(ic),
    }


def write_burt():
    kar = karate_edges()
    n9, small = small_directed()
    cases = [
        burt_case("karate unweighted", 34, kar, False, None),
        burt_case("karate weighted", 34, kar, False, "weight"),
        burt_case("small directed weighted", n9, small, True, "weight"),
        burt_case("small directed unweighted", n9, small, True, None),
        burt_case("random directed weighted", 40, random_graph(7, 40, 160, True, True), True, "weight"),
        burt_case("random undirected unweighted", 30, random_graph(11, 28, 60, False, False), False, None),
    ]
    out = {"networkx": nx.__version__, "igraph": igraph.__version__, "cases": cases}
    path = os.path.join(TESTDATA, "burt_networkx.json")
    with open(path, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print("wrote", path)


R_PROGRAM = r"""
suppressMessages(library(sna))
args <- commandArgs(trailingOnly = TRUE)
el <- read.csv(args[1])
cl <- read.csv(args[2])$group
n <- length(cl)
a <- matrix(0, n, n)
a[cbind(el$from + 1, el$to + 1)] <- 1
b <- brokerage(a, cl)
out <- cbind(b$raw.nli, b$exp.nli, b$sd.nli, b$z.nli)
write.csv(out, args[3], row.names = FALSE)
cat(as.character(packageVersion("sna")))
"""


def num(s):
    if s in ("NA", "NaN"):  # write.csv writes NaN as NA
        return "NaN"
    x = float(s)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Inf" if x > 0 else "-Inf"
    return x


def sna_case(name, n, arcs, groups, note):
    with tempfile.TemporaryDirectory() as d:
        ep, gp, op = (os.path.join(d, x) for x in ("edges.csv", "groups.csv", "out.csv"))
        with open(ep, "w") as f:
            f.write("from,to\n" + "".join("%d,%d\n" % a for a in arcs))
        with open(gp, "w") as f:
            f.write("group\n" + "".join("%d\n" % g for g in groups))
        version = subprocess.run(["Rscript", "-e", R_PROGRAM, ep, gp, op], check=True,
                                 capture_output=True, text=True).stdout.strip()
        with open(op, newline="") as f:
            rows = list(csv.reader(f))[1:]
    cols = lambda k: [[num(x) for x in r[6 * k:6 * k + 6]] for r in rows]
    return version, {
        "name": name, "n": n, "note": note, "arcs": [list(a) for a in arcs], "groups": groups,
        "raw": [[int(float(x)) for x in r[:6]] for r in rows],
        "exp": cols(1), "sd": cols(2), "z": cols(3),
    }


def write_sna():
    try:
        subprocess.run(["Rscript", "-e", "suppressMessages(library(sna))"], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError):
        print("Rscript with sna not found: brokerage_sna.json not rewritten", file=sys.stderr)
        return
    with open(os.path.join(SHARED, "karate", "statnet_zach_nodes.csv"), newline="") as f:
        faction = [int(r["faction.id"]) for r in csv.DictReader(f)]
    kar = [(u, v) for u, v, _ in karate_edges()]
    kar = kar + [(v, u) for u, v in kar]
    rnd = [(u, v) for u, v, _ in random_graph(5, 40, 200, True, False)]
    rng = random.Random(5)
    rgroups = [rng.randrange(3) for _ in range(40)]
    cases = []
    for name, n, arcs, groups, note in [
        ("cograph example", 4, [(0, 1), (0, 2), (1, 2), (1, 3), (2, 3), (3, 0)], [1, 1, 2, 2],
         "cograph R package docs, centrality_brokerage_*: adj rows A: B C, B: C D, C: D, D: A"),
        ("karate factions", 34, kar, faction,
         "networkx karate edges both ways; groups: statnet.data zach faction.id (CC BY 4.0)"),
        ("random directed", 40, rnd, rgroups, "random.Random(5): 200 arcs, 3 groups"),
    ]:
        version, c = sna_case(name, n, sorted(set(arcs)), groups, note)
        cases.append(c)
    out = {"sna": version, "call": "sna::brokerage(adjacency, cl)", "cases": cases}
    path = os.path.join(TESTDATA, "brokerage_sna.json")
    with open(path, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print("wrote", path)


if __name__ == "__main__":
    write_burt()
    write_sna()
