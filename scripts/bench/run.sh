#!/usr/bin/env bash
# Runs the benchmarks behind docs/benchmarks.md and the comparisons with NetworkX and
# igraph, printing everything to standard output. From the repository root:
#
#   bash scripts/bench/run.sh            # Go benchmarks, then the comparison scripts
#   bash scripts/bench/run.sh go         # Go benchmarks only
#   bash scripts/bench/run.sh compare    # comparison scripts only
#   bash scripts/bench/run.sh store      # the store: import, queries and an analysis end
#                                        # to end on synthetic cases (scripts/bench/store.sh)
#
# The comparison scripts need Debian's python3-networkx and python3-igraph (run with
# /usr/bin/python3) and, for the real graphs, the shared data folder beside the checkout
# (../shared/data) or ALLIANCES_SHARED_DATA; the Go benchmarks on real graphs skip
# without it. The full run takes about half an hour on two cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
what=${1:-all}

if [ "$what" = all ] || [ "$what" = go ]; then
	echo "== machine"
	go version
	nproc
	grep -m1 "model name" /proc/cpuinfo || true
	echo "== snapshot: index, snapshot and graph of 1e3..1e6 ties, a yearly series"
	go test -run '^$' -bench 'Index|Snapshot|YearlySeries' -benchtime 3x ./snapshot
	echo "== record: validation of a large case"
	go test -run '^$' -bench 'Validate' -benchtime 3x .
	for cpus in 1 2; do
		echo "== analyses, GOMAXPROCS=$cpus"
		GOMAXPROCS=$cpus go test -run '^$' -bench . -benchtime 1x -timeout 60m \
			./analysis/centrality ./analysis/balance ./analysis/blocs ./analysis/brokerage ./analysis/paths ./analysis/cascade
	done
fi

if [ "$what" = store ]; then
	echo "== store: Go benchmarks of import, re-import and read, and of decoding ties"
	go test -run '^$' -bench 'Import|DecodeTies' -benchtime 1x ./sqlite
	go test -run '^$' -bench Convert -benchtime 3x ./scripts/edgelist2case
	bash scripts/bench/store.sh
fi

if [ "$what" = all ] || [ "$what" = compare ]; then
	for script in signed brokerage centrality; do
		echo "== scripts/compare/$script.py"
		/usr/bin/python3 "scripts/compare/$script.py"
	done
fi
