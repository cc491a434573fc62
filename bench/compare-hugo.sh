#!/usr/bin/env bash
# Our build against Hugo on the same generated corpus: full build, one-report-edit rebuild, peak
# memory and pages written, for each size given (default 1000 10000 100000), with our/Hugo ratios.
# "ours" is `publisher build --no-check`: every page plus the search index (Hugo makes neither a
# search index nor runs checks); the pre-publication check over the whole site is timed apart.
# Ours runs through bin/publisher (the JVM settings of bin/jvm.options, plus -Xmx$BENCH_XMX).
# Full builds run BENCH_RUNS times (default 3), ours and Hugo taking turns, each into a new empty
# folder; the table shows the median of each (this machine's timings vary by ±10 % run to run).
# Above 10,000 reports each build runs once. Hugo is stopped when its RSS passes BENCH_HUGO_MB
# (default 16000) — at 100,000 reports it grows past 22 GB — and the table says "did not finish".
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
runs=${BENCH_RUNS:-3}
export PUBLISHER_JAVA_OPTS="-Xmx$heap"
ours=(bin/publisher)
# A first build makes bin/publisher's class-data archive when `mvn package` has not.
"${ours[@]}" build --no-check --source . --output "$work/warm-up/site" >/dev/null
median() { sort -n | awk '{v[NR]=$1} END{print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
measure() { # prints "seconds peakMB" of a command
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >"$work/last.log" 2>&1 || { cat "$work/last.log"; exit 1; }
  awk '{printf "%s %d\n", $1, $2/1024}' "$work/time.txt"
}
hugo_max_mb=${BENCH_HUGO_MB:-16000}
hugo_run() { # like measure, for Hugo; prints "dnf MB" when stopped over the memory limit
  /usr/bin/time -f "%e %M" -o "$work/time.txt" hugo "$@" >"$work/last.log" 2>&1 &
  local pid=$! child="" rss
  while kill -0 "$pid" 2>/dev/null; do
    child=${child:-$(pgrep -P "$pid" hugo || true)}
    rss=$([ -n "$child" ] && awk '/VmRSS/ {print int($2/1024)}' "/proc/$child/status" 2>/dev/null || echo 0)
    if [ "${rss:-0}" -gt "$hugo_max_mb" ]; then
      kill "$child"; wait "$pid" 2>/dev/null || true; echo "dnf $rss"; return
    fi
    sleep 1
  done
  wait "$pid" || { cat "$work/last.log"; exit 1; }
  awk '{printf "%s %d\n", $1, $2/1024}' "$work/time.txt"
}
ratio() { [[ $1 == dnf || $2 == dnf ]] && echo "–" || printf '%.2f' "$(echo "$1 / $2" | bc -l)"; }
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
  ofs=(); hfs=(); om=0; hm=0
  reps=$runs; [ "$n" -gt 10000 ] && reps=1
  for ((r = 0; r < reps; r++)); do
    # Every run writes into a new folder and nothing is deleted until the next invocation: on
    # ext4 without a journal, creating files within a minute of deleting many costs extra kernel
    # time (README, Performance), which would measure the disk's state, not the build. The tools
    # take turns going first.
    out="$work/$n/ours-$r/site"; hout="$work/$n/hugo-$r"
    for tool in $( ((r % 2)) && echo "hugo ours" || echo "ours hugo"); do
      if [ "$tool" = ours ]; then
        read -r t m < <(measure "${ours[@]}" build --no-check --source "$src" --output "$out")
        ofs+=("$t"); [ "$m" -gt "$om" ] && om=$m
      else
        read -r t m < <(hugo_run --source "$hsrc" --destination "$hout" --quiet)
        hfs+=("$t"); [[ $m -gt $hm ]] && hm=$m
      fi
    done
  done
  of=$(printf '%s\n' "${ofs[@]}" | median)
  if [[ " ${hfs[*]} " == *" dnf "* ]]; then hf=dnf; else hf=$(printf '%s\n' "${hfs[@]}" | median); fi
  echo "$n reports, full builds: ours ${ofs[*]} s; Hugo ${hfs[*]} s" >&2
  opages=$(find "$out" -name '*.html' -o -name '*.xml' | wc -l)
  hpages=$([ "$hf" = dnf ] && echo – || find "$hout" -name '*.html' -o -name '*.xml' | wc -l)
  edit_one "$src/content/reports/2020/t5-2020.md"
  read -r oe _ < <(measure "${ours[@]}" build --no-check --source "$src" --output "$out")
  read -r oc _ < <(measure "${ours[@]}" check --source "$src" --site "$out")
  edit_one "$hsrc/content/reports/2020/t5-2020.md"
  he=dnf; [ "$hf" = dnf ] || read -r he _ < <(hugo_run --source "$hsrc" --destination "$hout" --quiet)
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$of" "$oe" "$om" "$opages" "$oc" "$hf" "$he" "$hm" "$hpages" \
    "$(ratio "$of" "$hf")" "$(ratio "$oe" "$he")"
done
