#!/usr/bin/env bash
# Search benchmark: generates N synthetic reports (default 1,000 and 10,000), builds the search
# index, prints build time, index size and the bytes two-word queries download; with --browser
# also bakes the full site and measures the median query time in headless Chromium.
#   bench/search-bench.sh [--browser] [N ...]
# Work files go to target/search-bench/N (deleted and rewritten on every run).
set -euo pipefail
cd "$(dirname "$0")/.."
args=("$@")
[ ${#args[@]} -eq 0 ] && args=(--browser 1000 10000)
if printf '%s\n' "${args[@]}" | grep -qx -- --browser; then
  bash src/test/sh/install-system-packages.sh
fi
mvn -q -f publisher/pom.xml test-compile \
  dependency:build-classpath -Dmdep.outputFile=target/search-bench.classpath -Dmdep.includeScope=test
exec java -Xmx3g -Dfile.encoding=UTF-8 \
  -cp "publisher/target/classes:publisher/target/test-classes:$(cat publisher/target/search-bench.classpath)" \
  cn.zwgk.publisher.search.bench.SearchBenchmark target/search-bench "${args[@]}"
