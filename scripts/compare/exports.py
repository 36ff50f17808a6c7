#!/usr/bin/python3
"""Read the built-in Afghanistan case, as `alliances export` writes it for network tools,
back with NetworkX and igraph: the GEXF (Gephi's format, with a time spell on every tie)
and the GraphML (typed attributes).

Run from the repository root (needs Go and NetworkX; igraph when installed; NetworkX
reads GEXF 1.3 from version 3.0 on, Debian 12's 2.8 only GraphML):

    /usr/bin/python3 scripts/compare/exports.py

It exports the case into a temporary folder from a fresh database, reads each file with
networkx.read_gexf and networkx.read_graphml (as multigraphs: two actors may have several
ties) and igraph.Graph.Read_GraphML, and checks what a reader of the case expects: 54
actors, 182 ties, and Pakistan's support of the Taliban with its sign, its start and its
citation. It prints what each library read, and exits 1 on a disagreement.
"""

import os
import subprocess
import sys
import tempfile

import networkx as nx
import networkx.readwrite.gexf as nxgexf

try:
    import igraph
except ImportError:
    igraph = None


def find(g, tie):
    """The data of a tie's edge in a NetworkX multigraph: its id is the edge's key, or an
    attribute, as the reader keeps it."""
    return next(d for _, _, k, d in g.edges(keys=True, data=True) if tie in (k, d.get("id")))


def main():
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "cases.db")
        paths = {}
        for fmt in ("gexf", "graphml"):
            paths[fmt] = os.path.join(tmp, "afghanistan." + fmt)
            subprocess.run(["go", "run", "./cmd/alliances", "export", "--db", db, "--case", "afghanistan-2021",
                            "--format", fmt, "--out", paths[fmt]], check=True, stderr=subprocess.DEVNULL)

        def check(who, nodes, edges, sign, start, cites):
            nonlocal ok
            good = nodes == 54 and edges == 182 and str(sign) == "1" and start == "2004-01-01" and "¶14" in cites
            ok &= good
            print(f"{who:28} {nodes} nodes, {edges} edges; Pakistan supports the Taliban: sign {sign}, "
                  f"from {start}, cites ¶14: {'¶14' in cites}  {'ok' if good else 'DISAGREES'}")

        if "1.3" in nxgexf.GEXF.versions:
            g = nx.read_gexf(paths["gexf"], version="1.3")
            e = find(g, "tie-pakistan-support-2004")
            spells = e.get("spells", [(e.get("start"), e.get("end"))])
            check(f"networkx {nx.__version__} GEXF", g.number_of_nodes(), g.number_of_edges(), e["sign"], spells[0][0], e["citations"])
        else:
            print(f"networkx {nx.__version__} reads GEXF up to 1.2draft only, not 1.3: GEXF not checked with it")

        g = nx.read_graphml(paths["graphml"], force_multigraph=True)
        e = find(g, "tie-pakistan-support-2004")
        check(f"networkx {nx.__version__} GraphML", g.number_of_nodes(), g.number_of_edges(), e["sign"], e["start"], e["citations"])

        if igraph is not None:
            g = igraph.Graph.Read_GraphML(paths["graphml"])
            e = next(e for e in g.es if e["id"] == "tie-pakistan-support-2004")
            check(f"igraph {igraph.__version__} GraphML", g.vcount(), g.ecount(), int(e["sign"]), e["start"], e["citations"])
        else:
            print("igraph is not installed: GraphML not checked with it")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
