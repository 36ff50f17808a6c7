#!/usr/bin/env bash
# Measures the store end to end on synthetic cases (scripts/synth: five ties per actor):
# the wall time and peak memory (max RSS, from GNU time) of import, check and a few
# queries and analyses, for each number of ties given (default 1e5 and 1e6). From the
# repository root:
#
#   bash scripts/bench/store.sh                   # 1e5 and 1e6 ties
#   bash scripts/bench/store.sh 100000 10000000   # any sizes, in ties
#   ALLIANCES=/path/to/alliances bash scripts/bench/store.sh   # measure another build
#
# The tables and databases go to $BENCH_DIR (default a new directory under $TMPDIR or
# /tmp), never into the repository; they take about 350 MB per million ties. Needs GNU
# time at /usr/bin/time (Debian: apt-get install time).
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=${BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/alliances-bench.XXXXXX")}
mkdir -p "$dir"
bin=${ALLIANCES:-}
if [ -z "$bin" ]; then
	bin=$dir/alliances
	go build -o "$bin" ./cmd/alliances
fi
go build -o "$dir/synth" ./scripts/synth
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 1000000)

# measure NAME COMMAND...: prints NAME, the wall time, the CPU time (user and system:
# less disturbed than the wall time by other programs sharing the machine) and the peak
# memory (max RSS).
measure() {
	local name=$1
	shift
	/usr/bin/time -f "%e %U %S %M" -o "$dir/time" "$@" >"$dir/out" 2>"$dir/err" || {
		echo "$name failed:" >&2
		tail -5 "$dir/err" >&2
		return 1
	}
	read -r secs user sys kb <"$dir/time"
	printf '| %-26s | %8s s | %8s s | %7d MB |\n' "$name" "$secs" "$(echo "$user + $sys" | bc)" $((kb / 1024))
}

echo "== $(go version), $(nproc) cores, $bin"
# What memory costs the first time it is touched (scripts/pagecost): the figures below
# compare between machines only where this does.
go run ./scripts/pagecost -rounds 2 | sed 's/^/== memory /'
echo "| command | wall | CPU | peak memory |"
for ties in "${sizes[@]}"; do
	n=$((ties / 5))
	tables=$dir/synth-$ties
	db=$dir/synth-$ties.db
	rm -f "$db" "$db-wal" "$db-shm"
	echo "== $ties ties ($n actors)"
	[ -f "$tables/ties.csv" ] || "$dir/synth" -n "$n" -out "$tables"
	measure "import" "$bin" import --db "$db" --case synth "$tables"/*.csv
	measure "import again (unchanged)" "$bin" import --db "$db" --case synth "$tables"/*.csv
	measure "check" "$bin" check --case synth "$tables"/*.csv
	measure "ties --actor a7" "$bin" ties --db "$db" --actor a7
	measure "actor a7" "$bin" actor --db "$db" a7
	measure "history t7-0" "$bin" history --db "$db" t7-0
	measure "cases" "$bin" cases --db "$db"
	measure "centrality --at 2010" "$bin" centrality --db "$db" --at 2010
	measure "balance --at 2010" "$bin" balance --db "$db" --at 2010
	measure "blocs --at 2010" "$bin" blocs --db "$db" --at 2010
	measure "brokers --at 2010" "$bin" brokers --db "$db" --at 2010
	measure "supporters a0 2009-2011" "$bin" supporters --db "$db" a0 --from 2009 --to 2011
	measure "path a0 a1 --at 2010" "$bin" path --db "$db" a0 a1 --at 2010
	measure "cascade --at 2010" "$bin" cascade --db "$db" --at 2010 --seed a0
	measure "diff 2009 2011" "$bin" diff --db "$db" 2009 2011
	# A database without the record cache, as an older version wrote it: the first
	# analysis reads the JSON and stores the cache, the next reads the cache.
	if command -v sqlite3 >/dev/null; then # the sqlite3 shell, to empty the cache
		sqlite3 "$db" 'DELETE FROM record_cache' 2>/dev/null &&
			measure "centrality, cache missing" "$bin" centrality --db "$db" --at 2010 &&
			measure "centrality, cache built" "$bin" centrality --db "$db" --at 2010
	fi
	ls -l "$db" | awk '{printf "database: %d MB\n", $5 / 1048576}'
done
