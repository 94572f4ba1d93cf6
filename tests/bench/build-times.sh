#!/usr/bin/env bash
# Times a cold build (no Astro content cache, no preview card cache) and then a warm one of
# generated article pairs, away from dist/. usage: bash tests/bench/build-times.sh [pairs]
set -euo pipefail
cd "$(dirname "$0")/../.."
pairs=${1:-1000}
content=$(mktemp -d)
out=$(mktemp -d)
trap 'rm -rf "$content" "$out"' EXIT
node_modules/.bin/node tests/bench/generate-articles.ts "$content" "$pairs"

build() {
  local start=$SECONDS
  CONTENT_DIR=$content OUT_DIR=$out bash -c 'time npm run --silent build' >"$out.log" 2>&1 || { tail -20 "$out.log"; exit 1; }
  echo "$1: $((SECONDS - start)) s wall; $(grep -E '^(user|sys)' "$out.log" | tr '\n\t' '  ')"
  echo "  $(find "$out" -name '*.html' | wc -l) pages, $(find "$out" -name 'card.png' | wc -l) cards"
}

rm -rf node_modules/.astro .astro node_modules/.cache/cards
build cold
build warm
rm -f "$out.log"
