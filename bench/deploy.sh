#!/usr/bin/env bash
# Deploy timings over SFTP to a real OpenSSH sshd on loopback (started and stopped by the benchmark):
# full deploy of a synthetic site, then a deploy after one report changed.
#   bench/deploy.sh [reports=10000] [bytesPerReport=30000]
# Needs openssh-server (src/test/sh/install-system-packages.sh installs it).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -Dpublisher.skipBake=true -Dspotless.check.skip=true test-compile
mvn -q -f publisher/pom.xml dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
exec java -Xmx2g -cp "publisher/target/test-classes:publisher/target/classes:$(cat publisher/target/bench-classpath.txt)" \
  cn.zwgk.publisher.deploy.DeployBenchmark "$@"
