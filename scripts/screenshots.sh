#!/bin/sh
# Refreshes docs/screenshots/{story,actor}.png: runs the browser tests (same code, same pages) on
# the samples and seeds with -Dng.screenshots set. Needs chromium (scripts/setup-browser.sh).
set -eu
cd "$(dirname "$0")/.."
out="$(pwd)/docs/screenshots"
mkdir -p "$out"
mvn -B -q -pl core -Dng.build=target-screenshots test -Dtest='BrowserTest' \
  -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx4g -Dng.screenshots="$out"
ls -l "$out"/story.png "$out"/actor.png
