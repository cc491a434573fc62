#!/usr/bin/env bash
# Installs the Debian packages the integration tests drive for real, when they are missing:
# Chromium + chromedriver (browser tests), OpenSSH server (deploy tests), CJK fonts (print tests).
# Run by Maven in pre-integration-test; services themselves are started and stopped by the tests.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
[ -x /usr/sbin/sshd ] || need+=(openssh-server)
command -v ssh-keygen >/dev/null 2>&1 || need+=(openssh-client)
# Read fc-list fully first: with pipefail, `fc-list | grep -q` fails when grep exits early (SIGPIPE).
fonts="$(fc-list 2>/dev/null || true)"
grep -qi 'Noto Sans CJK' <<<"$fonts" && grep -qi 'Noto Serif CJK' <<<"$fonts" || need+=(fonts-noto-cjk)
command -v fc-list >/dev/null 2>&1 || need+=(fontconfig)

if [ ${#need[@]} -eq 0 ]; then
  echo "system packages: all present"
  exit 0
fi

echo "system packages: installing ${need[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "need root or sudo to install: ${need[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "system packages: installed ${need[*]}"
