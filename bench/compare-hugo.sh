#!/usr/bin/env bash
# Our build against Hugo on the same generated province-shaped corpus (issue 16): N reports over
# BENCH_TOWNSHIPS townships (default 1,430, ~14 to a county, 7 years: at 10,000 one report per
# township and year), for each size given (default 10000 100000). Per size, from one run:
#   full gated     `publisher build` (check on) into a new folder      vs Hugo's plain full build
#   full no-check  `publisher build --no-check` into a new folder      vs the same Hugo builds
#   1-edit gated   one report edited, `publisher build` on the previous output  vs Hugo rebuilding
#   1-edit no-check                                                     vs Hugo rebuilding
#   preview edit   save → changed page served (bench.PreviewLatencyBenchmark, median of its runs)
# Each figure is the median of BENCH_RUNS (default 3) runs, ours and Hugo taking turns; above 10,000
# reports each build runs once and only the gated build is timed, with its peak RSS. Hugo makes no
# search index and runs no check. Hugo is stopped when its RSS passes BENCH_HUGO_MB (default 16000).
# Ours runs through bin/publisher (bin/jvm.options, plus -Xmx$BENCH_XMX, default 2g).
#   bench/compare-hugo.sh [N...]
# Installs Debian's hugo when missing. Uses publisher/target/publisher.jar (`mvn -Dpublisher.skipBake package`).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] && sizes=("$@") || sizes=(10000 100000)
if ! command -v hugo >/dev/null; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update -qq && $sudo apt-get install -y -qq hugo >/dev/null
fi
jar=publisher/target/publisher.jar
[ -f "$jar" ] || mvn -q -Dpublisher.skipBake=true -DskipTests package
work=${BENCH_DIR:-/tmp/publisher-bench}
heap=${BENCH_XMX:-2g}
runs=${BENCH_RUNS:-3}
townships=${BENCH_TOWNSHIPS:-1430}
export PUBLISHER_JAVA_OPTS="-Xmx$heap"
ours=(bin/publisher)
mkdir -p "$work"
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
ratio() { [[ $1 == dnf || $2 == dnf || -z $1 || -z $2 ]] && echo "–" || printf '%.2f×' "$(echo "$1 / $2" | bc -l)"; }
med() { if [[ " $* " == *" dnf "* ]]; then echo dnf; else printf '%s\n' "$@" | median; fi; }
edit_one() { # appends a sentence to one report body
  printf '\n修订：补充一句。\n' >> "$1"
}
printf '| reports | what | ours (s) | Hugo (s) | ours/Hugo | ours peak MB |\n|---|---|---|---|---|---|\n'
for n in "${sizes[@]}"; do
  rm -rf "$work/$n"; mkdir -p "$work/$n"
  src="$work/$n/src"; hsrc="$work/$n/hugo"
  java -cp "$jar" cn.zwgk.publisher.bench.CorpusGenerator "$src" "$n" . "$townships" >/dev/null
  java -cp "$jar" cn.zwgk.publisher.bench.HugoSiteWriter "$src" "$hsrc" >/dev/null
  if [ "$n" -gt 10000 ]; then
    read -r t m < <(measure "${ours[@]}" build --source "$src" --output "$work/$n/ours/site")
    read -r h hm < <(hugo_run --source "$hsrc" --destination "$work/$n/hugo-out" --quiet)
    printf '| %s | full gated | %s | %s | %s | %s |\n' "$n" "$t" "$h" "$(ratio "$t" "$h")" "$m"
    continue
  fi
  gated=(); plain=(); hugo=(); gm=0
  for ((r = 0; r < runs; r++)); do
    # Every run writes into a new folder and nothing is deleted while measuring: on ext4 without a
    # journal, creating files soon after deleting many costs extra kernel time (README).
    for tool in $( ((r % 2)) && echo "hugo gated plain" || echo "gated plain hugo"); do
      case $tool in
        gated) read -r t m < <(measure "${ours[@]}" build --source "$src" --output "$work/$n/gated-$r/site")
               gated+=("$t"); [ "$m" -gt "$gm" ] && gm=$m ;;
        plain) read -r t _ < <(measure "${ours[@]}" build --no-check --source "$src" --output "$work/$n/plain-$r/site")
               plain+=("$t") ;;
        hugo)  read -r t _ < <(hugo_run --source "$hsrc" --destination "$work/$n/hugo-$r" --quiet)
               hugo+=("$t") ;;
      esac
    done
  done
  eg=(); ep=(); eh=()
  for ((r = 0; r < runs; r++)); do
    f="content/reports/2020/t$((5 + r))-2020.md"
    edit_one "$src/$f"; edit_one "$hsrc/$f"
    read -r t _ < <(measure "${ours[@]}" build --source "$src" --output "$work/$n/gated-0/site"); eg+=("$t")
    read -r t _ < <(measure "${ours[@]}" build --no-check --source "$src" --output "$work/$n/plain-0/site"); ep+=("$t")
    read -r t _ < <(hugo_run --source "$hsrc" --destination "$work/$n/hugo-0" --quiet); eh+=("$t")
  done
  pv=$(java @bin/jvm.options -Xmx"$heap" -cp "$jar" cn.zwgk.publisher.bench.PreviewLatencyBenchmark "$src" content/reports/2020/t9-2020.md 7 | awk '/^median/ {print $4 / 1000}')
  echo "$n reports: gated ${gated[*]}; no-check ${plain[*]}; Hugo ${hugo[*]}; edits gated ${eg[*]}, no-check ${ep[*]}, Hugo ${eh[*]}" >&2
  H=$(med "${hugo[@]}"); HE=$(med "${eh[@]}")
  G=$(med "${gated[@]}"); P=$(med "${plain[@]}"); EG=$(med "${eg[@]}"); EP=$(med "${ep[@]}")
  printf '| %s | full gated | %s | %s | %s | %s |\n' "$n" "$G" "$H" "$(ratio "$G" "$H")" "$gm"
  printf '| %s | full no-check | %s | %s | %s | |\n' "$n" "$P" "$H" "$(ratio "$P" "$H")"
  printf '| %s | 1-edit gated | %s | %s | %s | |\n' "$n" "$EG" "$HE" "$(ratio "$EG" "$HE")"
  printf '| %s | 1-edit no-check | %s | %s | %s | |\n' "$n" "$EP" "$HE" "$(ratio "$EP" "$HE")"
  printf '| %s | preview edit | %s | %s | %s | |\n' "$n" "$pv" "$HE" "$(ratio "$pv" "$HE")"
done
