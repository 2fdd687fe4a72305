#!/usr/bin/env bash
# Times `jamsos rencana` on a generated national year of rosters (75,000 desa
# of 110 people) and on one large roster, for BENCHMARKS.md. With a git ref
# as the argument, the CLI built from that ref is timed first, in the same
# run, for a before-and-after comparison:
#
#   internal/bench/national.sh          # this tree only
#   internal/bench/national.sh main     # main, then this tree
#
# VILLAGES and BIG (people of the single roster) change the sizes.
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'git worktree remove --force "$tmp/before" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
bins=()
if [ $# -gt 0 ]; then
  git worktree add --detach "$tmp/before" "$1" >/dev/null
  (cd "$tmp/before" && go build -o "$tmp/jamsos-before" ./cmd/jamsos)
  bins+=(-bin "$tmp/jamsos-before")
fi
go build -o "$tmp/jamsos" ./cmd/jamsos
bins+=(-bin "$tmp/jamsos")
go run ./internal/bench/national -dir "$tmp/data" -villages "${VILLAGES:-75000}" -big "${BIG:-500000}" "${bins[@]}"
