#!/usr/bin/env bash
# Trunk post-build hook: bakes the default dataset into the site being
# built (static first views, share image, meta tags), so every build that
# ./scripts/serve and ./scripts/test make is baked. Publishers bake their
# own dataset with `pantau bake` (docs/publishing.md).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TRUNK_STAGING_DIR:?run me from Trunk}"
exec cargo run --quiet --bin pantau -- bake --dist "$TRUNK_STAGING_DIR"
