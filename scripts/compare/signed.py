#!/usr/bin/python3
"""Compare the Go signed analyses (analysis/balance, analysis/blocs) with NetworkX and
igraph, and time them.

Run from the repository root (needs Go, the shared data folder, and Debian's
python3-networkx 2.8.8 and python3-igraph 0.10.2):

    /usr/bin/python3 scripts/compare/signed.py

It runs `go run ./scripts/compare/signed -out DIR` (DIR a temporary folder), which
writes the graphs as CSV (the ties after Go merged parallel arcs, sign 0 left out) and
go.json: the Go triangle census, frustration bounds and blocs of each graph, with the
best of three timings on one core (GOMAXPROCS=1) and on all. The graphs: the 51 signed
networks of states 1946-1999 (Doreian and Mrvar 2015, via signnet), Bitcoin-OTC as an
undirected signed graph, and G(20000, 100000) with 30% negative ties.

Then, on one thread each:
- the triangle census by signs with NetworkX (for every edge, the common neighbours
  above both ends) and with igraph (Graph.list_triangles, signs looked up in Python),
  checked against Go's counts window by window;
- igraph's Leiden (community_leiden, objective "modularity", default 2 iterations)
  on the positive part of Bitcoin-OTC and of the random graph, timed against
  Go's blocs.Partition (default options: k = 1..5, 8 or 4 starts, all signed ties) and
  with K = 2 (one k). There is no signed partition in NetworkX or igraph, so the
  numbers compared are times only, not partitions.
Frustration has no NetworkX or igraph counterpart; Go's bounds are printed alone.
It prints one table; it exits with status 1 if a census disagrees.
"""

import csv
import json
import os
import subprocess
import sys
import tempfile
import time

import igraph
import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def read(path, window_column=False):
    """Returns {window: [(u, v, sign)]} (window None when there is no column)."""
    graphs = {}
    with open(path, newline="") as f:
        rows = csv.reader(f)
        next(rows)
        for row in rows:
            w = row[0] if window_column else None
            u, v, s = row[-3:]
            graphs.setdefault(w, []).append((int(u), int(v), int(s)))
    return graphs


def nx_census(edges):
    g = nx.Graph()
    for u, v, s in edges:
        g.add_edge(u, v, sign=s)
    counts = [0, 0, 0, 0]
    for u, v in g.edges:
        a, b = min(u, v), max(u, v)
        for w in nx.common_neighbors(g, a, b):
            if w > b:
                k = (g[a][b]["sign"] < 0) + (g[a][w]["sign"] < 0) + (g[b][w]["sign"] < 0)
                counts[k] += 1
    return counts


def igraph_census(edges):
    n = 1 + max(max(u, v) for u, v, _ in edges)
    g = igraph.Graph(n=n, edges=[(u, v) for u, v, _ in edges])
    sign = {}
    for u, v, s in edges:
        sign[(u, v)] = sign[(v, u)] = s
    counts = [0, 0, 0, 0]
    for a, b, c in g.list_triangles():
        counts[(sign[(a, b)] < 0) + (sign[(a, c)] < 0) + (sign[(b, c)] < 0)] += 1
    return counts


def leiden(edges):
    n = 1 + max(max(u, v) for u, v, _ in edges)
    g = igraph.Graph(n=n, edges=[(u, v) for u, v, s in edges if s > 0])
    start = time.perf_counter()
    c = g.community_leiden(objective_function="modularity")
    return time.perf_counter() - start, len(c), g.ecount()


def timed(f, *args):
    start = time.perf_counter()
    v = f(*args)
    return v, time.perf_counter() - start


def main():
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    out = tempfile.mkdtemp(prefix="signed-compare-")
    subprocess.run(["go", "run", "./scripts/compare/signed", "-out", out], cwd=ROOT, check=True)
    with open(os.path.join(out, "go.json")) as f:
        results = {r["name"]: r for r in json.load(f)}
    files = {"cow": ("cow.csv", True), "bitcoin_otc": ("bitcoin_otc.csv", False),
             "random_20000_100000": ("random_20000_100000.csv", False)}
    rows, ok = [], True
    for name, (file, windowed) in files.items():
        r = results[name]
        graphs = list(read(os.path.join(out, file), windowed).values())
        nxc, nxt = timed(lambda: [nx_census(e) for e in graphs])
        igc, igt = timed(lambda: [igraph_census(e) for e in graphs])
        agree = nxc == igc == [list(c) for c in r["census"]]
        ok = ok and agree
        s = r["seconds"]
        rows.append((name, "census", "%d graphs, %d edges" % (len(graphs), r["edges"]), nxt, igt,
                     s["census/1"], s["census/2"], "agree" if agree else "DISAGREE"))
        rows.append((name, "frustration", "[%g, %g] (summed), %d of %d exact" % (r["frustration_lower"], r["frustration_upper"], r["frustration_exact"], len(graphs)),
                     None, None, s["frustration/1"], s["frustration/2"], "-"))
        lt = None
        note = "k=%d P=%g" % (r["blocs_k"], r["blocs_p"])
        if name == "cow":
            note = "summed over windows: k=%d, P=%g (Track)" % (r["blocs_k"], r["blocs_p"])
        if name != "cow":
            lt, comms, pos = leiden(graphs[0])
            note += "; Leiden: %d communities on %d positive ties" % (comms, pos)
        rows.append((name, "blocs (k=1..5)", note, None, lt, s["blocs/1"], s["blocs/2"], ""))
        rows.append((name, "blocs (K=2)", "", None, lt, s["blocs_k2/1"], s["blocs_k2/2"], ""))
    fmt = lambda x: "-" if x is None else "%.4f" % x
    ratio = lambda a, b: "-" if a is None or not b else "%.1f" % (a / b)
    head = ("graph", "analysis", "result", "NetworkX s", "igraph s", "Go 1 core s", "Go 2 cores s",
            "NX/Go1", "ig/Go1", "Go1/Go2", "check")
    print(" | ".join(head))
    for name, what, res, nxt, igt, g1, g2, check in rows:
        print(" | ".join((name, what, res, fmt(nxt), fmt(igt), fmt(g1), fmt(g2),
                          ratio(nxt, g1), ratio(igt, g1), ratio(g1, g2), check)))
    print("(igraph s for blocs is Leiden on the positive ties; ig/Go1 > 1 means Go is faster)")
    print("networkx", nx.__version__, "igraph", igraph.__version__)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
