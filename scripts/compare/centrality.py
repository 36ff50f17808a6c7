#!/usr/bin/python3
"""Compare package analysis/centrality with NetworkX and igraph: times and values.

Run from the repository root, with Debian's Python (python3-networkx 2.8.8,
python3-igraph 0.10.2) and Go on the PATH:

    /usr/bin/python3 scripts/compare/centrality.py            # everything, about 10 minutes
    /usr/bin/python3 scripts/compare/centrality.py --quick    # PageRank and approximate only
    /usr/bin/python3 scripts/compare/centrality.py --graph Wiki-Vote   # one graph (repeatable)
    /usr/bin/python3 scripts/compare/centrality.py --wait-idle  # on a shared machine

Graphs: G(20000, 100000) (written by the Go helper scripts/compare/centrality with seed
1; undirected, unweighted), Wiki-Vote (directed) and CA-HepPh (undirected) from the
shared data folder (../shared/data/snap-large, or ALLIANCES_SHARED_DATA), renumbered by
the same helper so that every tool reads the same nodes 0..n-1 (self-loops and
duplicate edges dropped).

Measures: unweighted betweenness, unnormalized (NetworkX betweenness_centrality,
igraph Graph.betweenness, Go centrality.Betweenness with Lengths: Hops); PageRank with
damping 0.85 (NetworkX pagerank, igraph Graph.pagerank (PRPACK), Go centrality.PageRank);
and Go's ApproxBetweenness with 1000 sampled sources, checked against the exact values.

Times count the computation alone (not reading the graph), one thread for NetworkX and
igraph; Go runs once with GOMAXPROCS=1 and Workers=1 ("Go 1") and once with
GOMAXPROCS=2 and Workers=2 ("Go 2"). PageRank times are the fastest of 5 runs.
NetworkX betweenness is run only where a 20-source sample predicts under 2 minutes;
otherwise it is skipped and the prediction printed. Values are compared node by node:
the largest absolute difference between Go and each reference (for an approximation,
between it and the exact Go values, beside its Hoeffding bound).

The machine may be shared: the column "Go 2 cores" is the CPU time of the two-worker
Go process divided by its wall time (reading the graph included), the number of cores
it actually got. Where it is well under 2 the two-worker time says little about the
speedup; rerun that graph when the machine is idle. With --wait-idle (Linux) every
timed run first waits until the CPUs have been at least 90% idle for 2 seconds.
"""

import json
import os
import resource
import subprocess
import sys
import tempfile
import time

import igraph
import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
NX_LIMIT_S = 120
PAGERANK_REPEAT = 5
SAMPLES = 1000


def shared_data():
    d = os.environ.get("ALLIANCES_SHARED_DATA") or os.path.join(ROOT, "..", "shared", "data")
    return os.path.join(d, "snap-large")


def read_graph(path):
    """Reads an edge list the Go helper wrote: '# nodes N directed BOOL', then 'u v'."""
    with open(path) as f:
        head = f.readline().split()
        n, directed = int(head[2]), head[4] == "true"
        edges = [tuple(map(int, line.split())) for line in f]
    return n, directed, edges


WAIT_IDLE = False


def cpu_idle_share(seconds=2.0):
    """The share of CPU time spent idle over the next seconds, from /proc/stat."""
    def sample():
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:9]]
        return fields[3] + fields[4], sum(fields)
    idle0, total0 = sample()
    time.sleep(seconds)
    idle1, total1 = sample()
    return (idle1 - idle0) / max(1, total1 - total0)


def wait_idle():
    if WAIT_IDLE:
        while cpu_idle_share() < 0.9:
            pass


def timed(f, repeat=1):
    wait_idle()
    best, value = None, None
    for _ in range(repeat):
        start = time.perf_counter()
        value = f()
        t = time.perf_counter() - start
        best = t if best is None else min(best, t)
    return best, value


def go(helper, *args, procs=1):
    env = dict(os.environ, GOMAXPROCS=str(procs))
    subprocess.run([helper, *args], check=True, env=env)


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def go_measure(helper, path, measure, workers, tmp, repeat=1):
    out = os.path.join(tmp, f"{measure}-{workers}.json")
    wait_idle()
    cpu, wall = children_cpu(), time.perf_counter()
    go(helper, "-graph", path, "-measure", measure, "-workers", str(workers),
       "-samples", str(SAMPLES), "-repeat", str(repeat), "-out", out, procs=workers)
    cpu, wall = children_cpu() - cpu, time.perf_counter() - wall
    with open(out) as f:
        r = json.load(f)
    r["cores"] = cpu / wall
    return r


def maxdiff(a, b):
    return max(abs(x - y) for x, y in zip(a, b))


def nx_betweenness(G, n):
    """NetworkX's exact betweenness, or None and a note when it would be too slow."""
    t, _ = timed(lambda: nx.betweenness_centrality(G, k=20, normalized=False, seed=1))
    predicted = t * n / 20
    if predicted > NX_LIMIT_S:
        return None, None, f"NetworkX betweenness skipped on {{graph}}: about {predicted:.0f} s predicted from 20 sources"
    t, d = timed(lambda: nx.betweenness_centrality(G, normalized=False))
    return t, [d[v] for v in range(n)], None


def compare_graph(name, path, helper, tmp, quick):
    n, directed, edges = read_graph(path)
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(range(n))
    G.add_edges_from(edges)
    H = igraph.Graph(n=n, edges=edges, directed=directed)
    size = f"{n} nodes, {len(edges)} {'arcs' if directed else 'edges'}"
    rows, notes = [], []

    # PageRank.
    t_nx, d = timed(lambda: nx.pagerank(G, alpha=0.85), PAGERANK_REPEAT)
    v_nx = [d[v] for v in range(n)]
    t_ig, v_ig = timed(lambda: H.pagerank(directed=directed, damping=0.85), PAGERANK_REPEAT)
    g1 = go_measure(helper, path, "pagerank", 1, tmp, PAGERANK_REPEAT)
    g2 = go_measure(helper, path, "pagerank", 2, tmp, PAGERANK_REPEAT)
    rows.append(row(name, size, "PageRank", t_nx, t_ig, g1, g2, v_nx, v_ig))

    # Exact betweenness.
    exact = None
    if not quick:
        t_ig, v_ig = timed(lambda: H.betweenness(directed=directed))
        g1 = go_measure(helper, path, "betweenness", 1, tmp)
        g2 = go_measure(helper, path, "betweenness", 2, tmp)
        t_nx, v_nx, note = nx_betweenness(G, n)
        if note:
            notes.append(note.format(graph=name))
        rows.append(row(name, size, "betweenness", t_nx, t_ig, g1, g2, v_nx, v_ig))
        exact = g1["values"]

    # Approximate betweenness, against the exact values.
    a1 = go_measure(helper, path, "approx", 1, tmp)
    a2 = go_measure(helper, path, "approx", 2, tmp)
    r = row(name, size, f"approx k={SAMPLES}", None, None, a1, a2, None, None)
    if exact is not None:
        top = max(exact)
        r["err"] = (f"max err {maxdiff(a1['values'], exact):.3g} ({maxdiff(a1['values'], exact) / top:.1%} of the top"
                    f" value {top:.3g}), Hoeffding bound {a1['bound']:.3g}, Go2 {maxdiff(a1['values'], a2['values']):.2g}")
    rows.append(r)
    return rows, notes


def row(graph, size, measure, t_nx, t_ig, g1, g2, v_nx, v_ig):
    r = {"graph": graph, "size": size, "measure": measure, "nx": t_nx, "ig": t_ig,
         "go1": g1["seconds"], "go2": g2["seconds"], "cores": g2["cores"], "err": ""}
    diffs = []
    if v_nx is not None:
        diffs.append(f"NX {maxdiff(g1['values'], v_nx):.2g}")
    if v_ig is not None:
        diffs.append(f"igraph {maxdiff(g1['values'], v_ig):.2g}")
    diffs.append(f"Go2 {maxdiff(g1['values'], g2['values']):.2g}")
    r["err"] = ", ".join(diffs)
    return r


def fmt_s(t):
    return "-" if t is None else (f"{t:.4f}" if t < 1 else f"{t:.1f}")


def fmt_ratio(a, b):
    return "-" if a is None or b is None else f"{a / b:.2f}"


def print_table(rows):
    head = ["graph", "size", "measure", "NetworkX s", "igraph s", "Go 1 s", "Go 2 s",
            "NX/Go1", "ig/Go1", "ig/Go2", "Go1/Go2", "Go 2 cores", "max |difference| (Go 1 vs)"]
    table = [head]
    for r in rows:
        table.append([r["graph"], r["size"], r["measure"], fmt_s(r["nx"]), fmt_s(r["ig"]),
                      fmt_s(r["go1"]), fmt_s(r["go2"]), fmt_ratio(r["nx"], r["go1"]),
                      fmt_ratio(r["ig"], r["go1"]), fmt_ratio(r["ig"], r["go2"]),
                      fmt_ratio(r["go1"], r["go2"]), f"{r['cores']:.2f}", r["err"]])
    widths = [max(len(line[i]) for line in table) for i in range(len(head))]
    for line in table:
        print("  ".join(c.ljust(w) for c, w in zip(line, widths)).rstrip())


def main():
    args = sys.argv[1:]
    quick = "--quick" in args
    global WAIT_IDLE
    WAIT_IDLE = "--wait-idle" in args
    only = [args[i + 1] for i, a in enumerate(args[:-1]) if a == "--graph"]
    print(f"NetworkX {nx.__version__}, igraph {igraph.__version__}, {os.cpu_count()} CPUs", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        helper = os.path.join(tmp, "centrality")
        subprocess.run(["go", "build", "-o", helper, "./scripts/compare/centrality"], check=True, cwd=ROOT)
        graphs = [("G(20000,100000)", os.path.join(tmp, "random.txt"))]
        go(helper, "-random", "20000,100000", "-seed", "1", "-out", graphs[0][1])
        snap = shared_data()
        for name, file, directed in [("Wiki-Vote", "Wiki-Vote.txt", True), ("CA-HepPh", "CA-HepPh.txt", False)]:
            src = os.path.join(snap, file)
            if not os.path.exists(src):
                print(f"{src} missing: {name} skipped")
                continue
            path = os.path.join(tmp, file)
            go(helper, "-canon", src, *(["-directed"] if directed else []), "-out", path)
            graphs.append((name, path))
        rows, notes = [], []
        for name, path in graphs:
            if only and name not in only:
                continue
            r, nt = compare_graph(name, path, helper, tmp, quick)
            rows += r
            notes += nt
            print(f"done: {name}", file=sys.stderr, flush=True)
    print_table(rows)
    for note in notes:
        print(note)


if __name__ == "__main__":
    main()
