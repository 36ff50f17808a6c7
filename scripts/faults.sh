#!/usr/bin/env bash
# The fault runs of docs/reliability.md: a team server on PostgreSQL, under the load of
# scripts/teamload (analysts proposing, reviewers accepting, everyone reading) while
#
#   1. the server is killed (kill -9) and started again, twice, and imports of another
#      case run beside it, one of them killed too;
#   2. PostgreSQL is stopped for a few seconds and started again.
#
# After each, every write the server acknowledged must be in the database, each
# killed import must have left its case as it was or as the file says (never half),
# and the server must answer again by itself after the database is back.
#
#   scripts/faults.sh [RATE] [SECONDS]
#
# It needs a running PostgreSQL it may stop and start (pg_ctlcluster, as root or the
# postgres user), and creates and drops the database alliances_faults. Not a test: it
# stops the database every other test uses.
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-200}
secs=${2:-30}
read -r pg_version pg_cluster pg_port _ < <(pg_lsclusters --no-header | head -1)
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
pgctl() { if [ "$(id -u)" = 0 ]; then pg_ctlcluster "$pg_version" "$pg_cluster" "$@"; else sudo pg_ctlcluster "$pg_version" "$pg_cluster" "$@"; fi; }
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; pgctl start 2>/dev/null || true' EXIT
go build -o "$work/alliances" ./cmd/alliances
go build -o "$work/teamload" ./scripts/teamload
al="$work/alliances"
as_postgres psql -p "$pg_port" -qc 'DROP DATABASE IF EXISTS alliances_faults' -c 'CREATE DATABASE alliances_faults OWNER alliances'
export ALLIANCES_DB="postgres://alliances:alliances@127.0.0.1:$pg_port/alliances_faults?sslmode=disable"
addr=127.0.0.1:8461
url=http://$addr

echo "admin password 1" | "$al" users add admin --role admin --password-stdin >/dev/null
for u in a1 a2 a3 a4; do echo "password of $u" | "$al" users add $u --role analyst --edit afghanistan-2021 --password-stdin >/dev/null; done
for u in r1 r2; do echo "password of $u" | "$al" users add $u --role reviewer --edit afghanistan-2021 --password-stdin >/dev/null; done
analysts=$(for u in a1 a2 a3 a4; do "$al" users token $u 2>/dev/null; done | paste -sd,)
reviewers=$(for u in r1 r2; do "$al" users token $u 2>/dev/null; done | paste -sd,)

serve() {
	"$al" serve --team --addr $addr >>"$work/serve.log" 2>&1 &
	server=$!
	for _ in $(seq 100); do curl -s -o /dev/null "$url/" && return; sleep 0.1; done
	echo "the server did not start"; cat "$work/serve.log"; exit 1
}
serve

# Two versions of the Idlib case for the imports (the edits go to the Afghanistan case):
# as built in, and with every citation of credibility 2 made 3.
"$al" export --case idlib-2018-2019 --out "$work/a.yaml"
sed 's/^\(\s*credibility: \)2$/\13/' "$work/a.yaml" >"$work/b.yaml"
"$al" check "$work/b.yaml" >/dev/null

echo "== 1. kill -9 of the server, twice, during edits and imports ($rate requests a second for $secs s)"
"$work/teamload" -url $url -analysts "$analysts" -reviewers "$reviewers" -rate "$rate" -duration "${secs}s" -writes 0.2 \
	-faults -acks "$work/acks1.jsonl" >"$work/load1.out" 2>&1 &
load=$!
(
	for i in $(seq 20); do
		f=a; [ $((i % 2)) = 0 ] && f=b
		"$al" import "$work/$f.yaml" >>"$work/imports.log" 2>&1 &
		imp=$!
		if [ "$i" = 7 ] || [ "$i" = 12 ]; then sleep 0.15; kill -9 $imp 2>/dev/null && echo "killed import $i ($f.yaml) under way"; fi
		wait $imp 2>/dev/null || true
	done
) &
imports=$!
for at in $((secs / 3)) $((2 * secs / 3)); do
	sleep $((at - ${last:-0})); last=$at
	kill -9 $server; wait $server 2>/dev/null || true
	echo "killed the server at ${at} s"
	sleep 1
	serve
done
wait $load || true
wait $imports || true
cat "$work/load1.out"
kill $server; wait $server 2>/dev/null || true
serve
"$work/teamload" -url $url -reviewers "$reviewers" -verify "$work/acks1.jsonl"
imported=$(grep -c 'import  *idlib-2018-2019' <("$al" audit --case idlib-2018-2019 --limit 1000) || true)
left=$("$al" export --case idlib-2018-2019 | grep -c '^\s*credibility: 2$' || true)
all=$(grep -c '^\s*credibility: 2$' "$work/a.yaml")
echo "$imported imports of the Idlib case recorded; it holds $left of the $all citations of credibility 2 (all: a.yaml, 0: b.yaml; anything else is half an import)"
[ "$imported" -gt 2 ]
[ "$left" = 0 ] || [ "$left" = "$all" ]

echo "== 2. PostgreSQL stopped for 5 s under load ($rate requests a second for $secs s)"
"$work/teamload" -url $url -analysts "$analysts" -reviewers "$reviewers" -rate "$rate" -duration "${secs}s" -writes 0.2 \
	-faults -acks "$work/acks2.jsonl" >"$work/load2.out" 2>&1 &
load=$!
sleep $((secs / 3))
pgctl stop -m fast
echo "stopped PostgreSQL at $((secs / 3)) s"
sleep 5
pgctl start
echo "started PostgreSQL at $((secs / 3 + 5)) s"
wait $load || true
cat "$work/load2.out"
"$work/teamload" -url $url -reviewers "$reviewers" -verify "$work/acks2.jsonl"
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer ${reviewers%%,*}" "$url/api/v1/cases")
echo "after the outage, GET /api/v1/cases answers $code"
[ "$code" = 200 ]
if grep -q 'panic' "$work/serve.log"; then echo "the server panicked"; exit 1; fi
as_postgres psql -p "$pg_port" -qc 'DROP DATABASE alliances_faults WITH (FORCE)'
echo "faults: all acknowledged writes kept, no half import, recovered by itself"
