# Installs what Pantau's build and tests need, skipping what is already
# there at the pinned version. Sourced by scripts/serve and scripts/test;
# every step says what it does and stops with a clear message if it fails.
# Nothing is downloaded from outside crates.io, npm and Debian's apt.

set -euo pipefail

PANTAU_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
GECKODRIVER_VERSION="0.37.0"
export PATH="$HOME/.cargo/bin:$PANTAU_ROOT/tools/node_modules/.bin:$PATH"

step() { printf '\n==> %s\n' "$*"; }
fail() { printf '\nERROR: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    fail "'$*' needs root; run as root or install sudo"; fi
}

apt_install() {
  step "Installing Debian packages: $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq || fail "apt-get update failed"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null \
    || fail "apt-get install $* failed"
}

wasm_bindgen_version() {
  # The CLI must match the wasm-bindgen crate in Cargo.lock exactly.
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$PANTAU_ROOT/Cargo.lock"
}

setup_rust() {
  command -v cargo >/dev/null || fail "cargo not found: install Rust with rustup first (https://rustup.rs)"
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    step "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown || fail "rustup could not add the wasm32 target"
  fi
  for component in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$component"; then
      step "Adding rustup component $component"
      rustup component add "$component" || fail "rustup could not add $component"
    fi
  done
}

setup_trunk() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    step "Installing Trunk $TRUNK_VERSION (cargo install, about 10 minutes on 2 cores)"
    cargo install trunk --version "$TRUNK_VERSION" --locked || fail "cargo install trunk failed"
  fi
  local want
  want="$(wasm_bindgen_version)"
  [ -n "$want" ] || fail "no wasm-bindgen in Cargo.lock"
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $want" ]; then
    step "Installing wasm-bindgen-cli $want (equal to Cargo.lock's wasm-bindgen)"
    # Without --locked: its lock file names a crate version the registry lacks.
    cargo install wasm-bindgen-cli --version "$want" || fail "cargo install wasm-bindgen-cli failed"
  fi
}

setup_node() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    apt_install nodejs npm
  fi
}

npm_ci() {
  # Installs a folder's npm packages from its lock file when they changed.
  local dir="$1"
  local stamp="$dir/node_modules/.pantau-lock"
  if [ ! -f "$stamp" ] || ! cmp -s "$dir/package-lock.json" "$stamp"; then
    step "Installing npm packages in ${dir#"$PANTAU_ROOT"/}"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || fail "npm ci in $dir failed"
    cp "$dir/package-lock.json" "$stamp"
  fi
}

setup_build_tools() {
  setup_rust
  setup_trunk
  setup_node
  npm_ci "$PANTAU_ROOT/tools"
  [ "$(wasm-opt --version 2>/dev/null)" = "wasm-opt version 132 (version_132)" ] \
    || fail "wasm-opt 132 is not on PATH after installing tools/ (binaryen from npm)"
}

setup_browser() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    apt_install chromium chromium-driver
  fi
  export CHROMEDRIVER=/usr/bin/chromedriver
  npm_ci "$PANTAU_ROOT/tests/e2e"
}

setup_engines() {
  # Safari's engine family and Firefox, for the smoke test of
  # tests/e2e/engines.test.mjs (verified set-up: ../shared/TOOLCHAIN.md).
  if [ ! -x /usr/bin/WebKitWebDriver ] || [ ! -x /usr/bin/Xvfb ] || [ ! -x /usr/bin/firefox-esr ]; then
    apt_install webkit2gtk-driver xvfb firefox-esr
  fi
  # LibreOffice Calc, headless, reads the CSV downloads back
  # (tests/e2e/spreadsheet.test.mjs).
  if [ ! -x /usr/bin/soffice ]; then
    apt_install libreoffice-calc-nogui
  fi
  if ! geckodriver --version 2>/dev/null | grep -q "^geckodriver $GECKODRIVER_VERSION "; then
    step "Installing geckodriver $GECKODRIVER_VERSION (cargo install, about 3 minutes)"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked || fail "cargo install geckodriver failed"
  fi
  export PANTAU_ENGINES=1
}

build_release() {
  step "Building the app (trunk build --release)"
  (cd "$PANTAU_ROOT" && trunk build --release --offline) || fail "trunk build failed"
  # The publisher page is a wasm of its own, so the widget and its embeds
  # download nothing of it.
  step "Building the publisher page (dist/terbitkan/)"
  (cd "$PANTAU_ROOT" && trunk build --release --offline=true --dist dist/terbitkan terbitkan/index.html) \
    || fail "trunk build of the publisher page failed"
  # The embed build carries only what an embed shows. Its page is
  # dist/embed/index.html, whose base is the site: its code goes beside the
  # app's, and the bake then gives it the static first views too.
  step "Building the embed page (dist/embed/)"
  (cd "$PANTAU_ROOT" && trunk build --release --offline=true --dist dist/embed embed/index.html) \
    || fail "trunk build of the embed page failed"
  find "$PANTAU_ROOT/dist/embed" -maxdepth 1 -type f ! -name index.html -exec mv -f {} "$PANTAU_ROOT/dist/" \;
  (cd "$PANTAU_ROOT" && cargo run --quiet --bin pantau -- bake --dist dist) || fail "baking the embed page failed"
}
