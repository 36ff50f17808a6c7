#!/usr/bin/python3
"""Compare package analysis/brokerage with NetworkX and igraph: Burt's constraint and
effective size, their timings and their agreement.

Run from the repository root (needs Go, python3-networkx 2.8 and python3-igraph 0.10):

    /usr/bin/python3 scripts/compare/brokerage.py [--budget SECONDS]

It builds the Go helper scripts/compare/brokerage (which times Constraint, EffectiveSize
and Roles on an edge list, best of 3 runs, and writes the values as JSON), runs it with
GOMAXPROCS=1 and GOMAXPROCS=2, and on the same graphs times networkx.constraint,
networkx.effective_size and igraph's Graph.constraint (igraph has no effective size). The
graphs: Zachary's karate club (analysis/brokerage/testdata/karate_edges.csv), unweighted
and weighted by contexts, and SNAP's Wiki-Vote (shared/data/snap-large/Wiki-Vote.txt,
directed, 7,115 nodes, 103,689 arcs).

NetworkX is pure Python and re-sums each neighbour's weights inside every term: on
Wiki-Vote it would take hours. There it scores nodes drawn at random (seeded) until
--budget seconds (default 60) are spent on each measure; the table shows how many nodes
that covered, their agreement with Go, and the full time extrapolated from them (marked
"~"). igraph, and NetworkX on karate, run on every node. Times exclude reading and
building the graphs. igraph's C core runs on one thread.

igraph's constraint follows NetworkX's formula but not its convention for the nodes of a
directed graph that have in-arcs and no out-arc: NetworkX gives them NaN (it tests
len(G[v]), the successors), igraph scores them. Go follows NetworkX by default and igraph
with BurtOptions.Sinks; the igraph column compares igraph with the latter, and says so.
"""

import argparse
import json
import math
import os
import random
import subprocess
import sys
import tempfile
import time

import igraph
import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get("ALLIANCES_SHARED_DATA", os.path.join(ROOT, "..", "shared", "data"))
TOL = 1e-9

CASES = [
    # name, file, directed, weighted
    ("karate", os.path.join(ROOT, "analysis", "brokerage", "testdata", "karate_edges.csv"), False, False),
    ("karate weighted", os.path.join(ROOT, "analysis", "brokerage", "testdata", "karate_edges.csv"), False, True),
    ("Wiki-Vote", os.path.join(SHARED, "snap-large", "Wiki-Vote.txt"), True, False),
]


def read_edges(path, weighted):
    edges = []
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line or line[0] in "#%":
                continue
            fields = line.replace(",", " ").split()
            try:
                w = float(fields[2]) if len(fields) > 2 else 1.0
            except ValueError:
                continue  # header
            edges.append((fields[0], fields[1], w if weighted else 1.0))
    return edges


def run_go(binary, path, directed, weighted, procs):
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        args = [binary, "-in", path, "-out", out.name]
        if directed:
            args.append("-directed")
        if weighted:
            args.append("-weighted")
        env = dict(os.environ, GOMAXPROCS=str(procs))
        subprocess.run(args, check=True, env=env)
        with open(out.name) as f:
            return json.load(f)


def value(x):
    return math.nan if x is None else x


def max_diff(go, ref, names):
    """Largest |go - ref| over the nodes in ref (a dict name -> value); NaN matches NaN."""
    worst = 0.0
    for v, r in ref.items():
        g = value(go[names[v]])
        if math.isnan(g) and math.isnan(r):
            continue
        if math.isnan(g) or math.isnan(r):
            return math.inf
        worst = max(worst, abs(g - r))
    return worst


def time_networkx(f, G, budget, seed):
    """Runs f on every node, or on random nodes until budget seconds are spent."""
    nodes = list(G)
    random.Random(seed).shuffle(nodes)
    out, start = {}, time.perf_counter()
    for i in range(0, len(nodes), 8):
        out.update(f(G, nodes=nodes[i:i + 8]))
        if time.perf_counter() - start > budget:
            break
    spent = time.perf_counter() - start
    full = len(out) == len(nodes)
    return out, spent if full else spent * len(nodes) / len(out), full


def fmt_time(t, full=True):
    s = "%.4g" % t
    return s if full else "~" + s


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--budget", type=float, default=60, help="NetworkX seconds per measure on large graphs")
    args = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    with tempfile.TemporaryDirectory() as d:
        binary = os.path.join(d, "brokerage")
        subprocess.run(["go", "build", "-o", binary, "./scripts/compare/brokerage"], check=True, cwd=ROOT)
        rows = []
        for name, path, directed, weighted in CASES:
            if not os.path.exists(path):
                print("skipping %s: %s not found" % (name, path), file=sys.stderr)
                continue
            rows += compare(binary, name, path, directed, weighted, args.budget)
    print_table(rows)


def compare(binary, name, path, directed, weighted, budget):
    go1 = run_go(binary, path, directed, weighted, 1)
    go2 = run_go(binary, path, directed, weighted, 2)
    names = {v: i for i, v in enumerate(go1["names"])}
    for k in ("constraint", "effective_size"):
        assert go1[k] == go2[k], "Go gives different %s on 1 and 2 cores" % k
    edges = read_edges(path, weighted)
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(go1["names"])
    G.add_weighted_edges_from(edges)
    w = "weight" if weighted else None
    ig = igraph.Graph(n=len(go1["names"]), edges=[(names[u], names[v]) for u, v, _ in edges], directed=directed)
    ig.es["weight"] = [w for _, _, w in edges]
    ig.simplify(combine_edges="sum")  # as graph.Build: loops dropped, parallel arcs merged
    rows = []
    for measure, f in (("constraint", nx.constraint), ("effective_size", nx.effective_size)):
        ref, t_nx, full = time_networkx(lambda G, nodes: f(G, nodes=nodes, weight=w), G, budget, 1)
        row = {
            "graph": name, "n": go1["n"], "arcs": go1["arcs"], "measure": measure,
            "nx": t_nx, "nx_full": full, "nx_nodes": len(ref),
            "go1": go1["seconds"][measure], "go2": go2["seconds"][measure],
            "diff_nx": max_diff(go1[measure], ref, names),
        }
        if measure == "constraint":
            start = time.perf_counter()
            ci = ig.constraint(weights="weight" if weighted else None)
            row["ig"] = time.perf_counter() - start
            row["diff_ig"] = max_diff(go1["constraint_sinks"], {v: ci[i] for v, i in names.items()}, names)
            row["ig_sinks"] = directed
        rows.append(row)
    rows.append({"graph": name, "n": go1["n"], "arcs": go1["arcs"], "measure": "roles (Go only)",
                 "go1": go1["seconds"]["roles"], "go2": go2["seconds"]["roles"]})
    return rows


def print_table(rows):
    head = ("graph", "n", "arcs", "measure", "NetworkX s", "igraph s", "Go 1 core s", "Go 2 cores s",
            "NX/Go1", "igraph/Go1", "Go2/Go1", "max|Go-NX|", "max|Go-igraph|")
    lines = [head]
    bad = []
    for r in rows:
        nx_t = fmt_time(r["nx"], r["nx_full"]) if "nx" in r else "-"
        ig_t = fmt_time(r["ig"]) if "ig" in r else "-"
        diff_nx = "-"
        if "diff_nx" in r:
            diff_nx = "%.1e" % r["diff_nx"] + ("" if r["nx_full"] else " (%d nodes)" % r["nx_nodes"])
            if r["diff_nx"] > TOL:
                bad.append("%s %s: Go and NetworkX differ by %g" % (r["graph"], r["measure"], r["diff_nx"]))
        diff_ig = "-"
        if "diff_ig" in r:
            diff_ig = "%.1e" % r["diff_ig"] + (" (Go with Sinks)" if r["ig_sinks"] else "")
            if r["diff_ig"] > TOL:
                bad.append("%s %s: Go and igraph differ by %g" % (r["graph"], r["measure"], r["diff_ig"]))
        lines.append((
            r["graph"], str(r["n"]), str(r["arcs"]), r["measure"], nx_t, ig_t,
            "%.4g" % r["go1"], "%.4g" % r["go2"],
            ("%s%.0f" % ("" if r["nx_full"] else "~", r["nx"] / r["go1"])) if "nx" in r else "-",
            ("%.1f" % (r["ig"] / r["go1"])) if "ig" in r else "-",
            "%.2f" % (r["go2"] / r["go1"]),
            diff_nx, diff_ig,
        ))
    widths = [max(len(l[i]) for l in lines) for i in range(len(head))]
    for l in lines:
        print("  ".join(c.ljust(w) for c, w in zip(l, widths)))
    print()
    print("~: NetworkX ran on the nodes shown in max|Go-NX| (drawn at random) and its time is extrapolated to all nodes.")
    print("Go times: best of 3 runs; GOMAXPROCS=1 and 2. Go gives identical values on 1 and 2 cores (checked).")
    if bad:
        print("DISAGREEMENTS:")
        for b in bad:
            print("  " + b)
        sys.exit(1)
    print("Go agrees with NetworkX to %g on every node compared, and with igraph (Sinks on directed graphs)." % TOL)


if __name__ == "__main__":
    main()
