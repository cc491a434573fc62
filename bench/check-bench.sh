#!/usr/bin/env bash
# Times `publisher check` over a synthetic site of N reports (default 10000).
#
#   mvn -q -Dpublisher.skipBake=true -DskipTests package   # builds publisher/target/publisher.jar
#   bench/check-bench.sh [N]                               # WORK=/some/dir to keep the files
#
# The corpus comes from the lead's cn.zwgk.publisher.bench.CorpusGenerator: from the jar when it is
# there, otherwise compiled from the `main` branch (git show). The site is baked with --no-check,
# then `check` runs twice (JSON, then text with a warm file cache), `check --verify` once, and the
# site is built again with the check on (the gate inside `build`); wall
# time, CPU time (the machine may be shared: CPU time is the steadier figure) and peak memory of
# each are printed, with the findings of the check by rule.
set -euo pipefail

N=${1:-10000}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=$ROOT/publisher/target/publisher.jar
WORK=${WORK:-$(mktemp -d /tmp/check-bench.XXXXXX)}
GENERATOR=cn.zwgk.publisher.bench.CorpusGenerator

[[ -f $JAR ]] || { echo "no $JAR: run mvn -q -Dpublisher.skipBake=true -DskipTests package" >&2; exit 2; }
mkdir -p "$WORK"
echo "work folder: $WORK"

if unzip -l "$JAR" | grep -q 'cn/zwgk/publisher/bench/CorpusGenerator.class'; then
  GEN_CP=$JAR
else
  GEN_CP=$WORK/generator
  mkdir -p "$GEN_CP/src"
  git -C "$ROOT" show main:src/main/java/cn/zwgk/publisher/bench/CorpusGenerator.java \
    > "$GEN_CP/src/CorpusGenerator.java"
  javac -d "$GEN_CP" "$GEN_CP/src/CorpusGenerator.java"
fi

exec 3>&1
# Runs a command, printing its wall time and peak resident memory (GNU time when installed).
timed() {
  local label=$1; shift
  local start end
  start=$(date +%s.%N)
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -f "%M %U %S" -o "$WORK/rss" "$@" || true
  else
    "$@" || true
  fi
  end=$(date +%s.%N)
  local rss=""
  if [[ -f $WORK/rss ]]; then
    read -r kb user sys < <(tail -1 "$WORK/rss")
    rss=$(printf ', CPU %.1f s (user+sys), peak RSS %d MB' "$(echo "$user + $sys" | bc)" $((kb / 1024)))
  fi
  printf '%-28s %6.1f s%s\n' "$label" "$(echo "$end - $start" | bc)" "$rss" >&3
}

rm -rf "$WORK/source" "$WORK/site" "$WORK/site-checked"
timed "generate $N reports" java -cp "$GEN_CP" $GENERATOR "$WORK/source" "$N" "$ROOT"
timed "build --no-check" java -jar "$JAR" build --no-check --source "$WORK/source" --output "$WORK/site" \
  > "$WORK/build.txt"
echo "pages: $(find "$WORK/site" -name '*.html' | wc -l) HTML, $(du -sh "$WORK/site" | cut -f1)"
timed "check (cold)" java -jar "$JAR" check --source "$WORK/source" --site "$WORK/site" --format json \
  > "$WORK/check.json"
timed "check (warm)" java -jar "$JAR" check --source "$WORK/source" --site "$WORK/site" \
  > "$WORK/check.txt"
timed "check --verify (unchanged)" java -jar "$JAR" check --site "$WORK/site" --verify "$WORK/site" \
  > "$WORK/verify.txt"
timed "build (check on)" java -jar "$JAR" build --source "$WORK/source" --output "$WORK/site-checked" \
  > "$WORK/build-checked.txt"
echo "findings ($WORK/check.txt, $WORK/check.json):"
sed -n '1,/^$/p' "$WORK/check.txt"
