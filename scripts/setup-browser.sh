#!/bin/sh
# Installs what the browser tests need, when missing: Debian's chromium and chromium-driver
# (/usr/bin/chromium, /usr/bin/chromedriver). Run as root; does nothing when both are there.
set -eu
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  echo "setup-browser: chromium and chromedriver already installed"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "setup-browser: run as root to install chromium and chromium-driver" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y --no-install-recommends chromium chromium-driver \
  || { apt-get update && apt-get install -y --no-install-recommends chromium chromium-driver; }
echo "setup-browser: installed $(/usr/bin/chromedriver --version 2>/dev/null | head -1)"
