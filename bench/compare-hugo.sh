#!/usr/bin/env bash
# Our build against Hugo on the same generated corpus: full build, one-report-edit rebuild, peak
# memory and pages written, for each size given (default 1000 10000 100000), with our/Hugo ratios.
# "ours" is `publisher build --no-check`: every page plus the search index (Hugo makes neither a
# search index nor runs checks); the pre-publication check over the whole site is timed apart.
#   bench/compare-hugo.sh [N...]
# Installs Debian's hugo when missing. Uses target/publisher.jar (run `mvn -Dpublisher.skipBake package` first).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] && sizes=("$@") || sizes=(1000 10000 100000)
if ! command -v hugo >/dev/null; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update -qq && $sudo apt-get install -y -qq hugo >/dev/null
fi
jar=target/publisher.jar
[ -f "$jar" ] || mvn -q -Dpublisher.skipBake=true -DskipTests package
work=${BENCH_DIR:-/tmp/publisher-bench}
heap=${BENCH_XMX:-3g}
measure() { # prints "seconds peakMB" of a command
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >"$work/last.log" 2>&1 || { cat "$work/last.log"; exit 1; }
  awk '{printf "%s %d\n", $1, $2/1024}' "$work/time.txt"
}
edit_one() { # appends a sentence to one report body
  printf '\n修订：补充一句。\n' >> "$1"
}
printf '| reports | ours full (s) | ours 1-edit (s) | ours peak MB | ours pages | check (s) | Hugo full (s) | Hugo 1-edit (s) | Hugo peak MB | Hugo pages | full ratio | edit ratio |\n'
printf '|---|---|---|---|---|---|---|---|---|---|---|---|\n'
for n in "${sizes[@]}"; do
  rm -rf "$work/$n"; mkdir -p "$work/$n"
  src="$work/$n/src"; hsrc="$work/$n/hugo"
  java -cp "$jar" cn.zwgk.publisher.bench.CorpusGenerator "$src" "$n" . >/dev/null
  java -cp "$jar" cn.zwgk.publisher.bench.HugoSiteWriter "$src" "$hsrc" >/dev/null
  read -r of om < <(measure java -Xmx$heap -jar "$jar" build --no-check --source "$src")
  opages=$(find "$src/target/site" -name '*.html' -o -name '*.xml' | wc -l)
  edit_one "$src/content/reports/2020/t5-2020.md"
  read -r oe _ < <(measure java -Xmx$heap -jar "$jar" build --no-check --source "$src")
  read -r oc _ < <(measure java -Xmx$heap -jar "$jar" check --source "$src" --site "$src/target/site")
  read -r hf hm < <(measure hugo --source "$hsrc" --quiet)
  hpages=$(find "$hsrc/public" -name '*.html' -o -name '*.xml' | wc -l)
  edit_one "$hsrc/content/reports/2020/t5-2020.md"
  read -r he _ < <(measure hugo --source "$hsrc" --quiet)
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %.2f | %.2f |\n' "$n" "$of" "$oe" "$om" "$opages" "$oc" "$hf" "$he" "$hm" "$hpages" \
    "$(echo "$of / $hf" | bc -l)" "$(echo "$oe / $he" | bc -l)"
done
