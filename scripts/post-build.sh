#!/usr/bin/env bash
# Trunk post-build hook, one script so the steps run in order (Trunk
# starts every hook of a stage at once, and both steps rewrite index.html):
# 1. move Trunk's inline wasm loader into a file of its own, for a strict
#    CSP (scripts/externalise-loader.mjs), and minify the JS glue, the
#    page's scripts and its stylesheets (scripts/minify.mjs);
# 2. bake the default dataset into the site being built (static first
#    views, share image, meta tags), so every build that ./scripts/serve
#    and ./scripts/test make is baked. Publishers bake their own dataset
#    with `pantau bake` (docs/publishing.md).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TRUNK_STAGING_DIR:?run me from Trunk}"
node scripts/externalise-loader.mjs
node scripts/minify.mjs
# The publisher page (terbitkan/) is not baked: it has no dataset of its
# own. The embed page (embed/) is baked with the site once its files are in
# place (build_release in scripts/setup.sh).
if grep -q 'id="pantau-publisher"\|data-build="embed"' "$TRUNK_STAGING_DIR/index.html"; then exit 0; fi
cargo run --quiet --bin pantau -- bake --dist "$TRUNK_STAGING_DIR"
