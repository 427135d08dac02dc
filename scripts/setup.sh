# shellcheck shell=bash
# Sourced by dev.sh and test.sh: installs whatever is missing (idempotent, quiet when all is
# present) and exports the environment for the chosen wasm32 route. Never downloads a browser
# or a prebuilt binary from outside crates.io, npm and Debian's apt.
#
# Route: rustup's compiler with its std sources (the rust-src component, added within
# RUSTUP_TIMEOUT seconds when missing); otherwise Debian's rustc-web 1.96 with rust-web-src,
# linking with wasm-ld-19. Force one with PF_ROUTE=rustup|debian. Both routes rebuild std for
# wasm32 with `optimize_for_size` (build-std, enabled on stable by RUSTC_BOOTSTRAP, as Debian's
# route requires anyway): 2 % off the brotli wasm, which the size budget needs.

TRUNK_VERSION=0.21.14 # builds on stable rustc (0.22 needs >= 1.96.1)
GECKODRIVER_VERSION=0.37.1 # drives Debian's firefox-esr (the engines layer)
RUSTUP_TIMEOUT=${RUSTUP_TIMEOUT:-30}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
NODE_DIR="$ROOT/tests/e2e"
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"

say() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
die() { printf '\033[1;31mERROR:\033[0m %s\n' "$*" >&2; exit 1; }

case ":$PATH:" in *":$CARGO_BIN:"*) ;; *) PATH="$CARGO_BIN:$PATH" ;; esac
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo

has_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

# Installs the Debian packages among "$@" that are missing; a no-op off Debian when the
# commands are already there.
apt_need() {
  local missing=() p
  command -v dpkg-query >/dev/null || return 0
  for p in "$@"; do has_pkg "$p" || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "apt-get install ${missing[*]}"
  $SUDO apt-get update -qq || die "apt-get update failed (needed for: ${missing[*]})"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null \
    || die "apt-get install failed: ${missing[*]}"
}

rustup_has_src() {
  local sysroot
  command -v rustc >/dev/null || return 1
  sysroot=$(cd "$ROOT" && rustc --print sysroot 2>/dev/null) || return 1
  [ -f "$sysroot/lib/rustlib/src/rust/library/std/Cargo.toml" ]
}

pick_route() {
  case ${PF_ROUTE:-auto} in rustup | debian) echo "$PF_ROUTE"; return ;; esac
  if rustup_has_src; then echo rustup; return; fi
  if has_pkg rustc-web && has_pkg rust-web-src && has_pkg lld-19; then echo debian; return; fi
  if command -v rustup >/dev/null && [ "$RUSTUP_TIMEOUT" -gt 0 ]; then
    say "rustup component add rust-src (at most ${RUSTUP_TIMEOUT}s)" >&2
    if (cd "$ROOT" && timeout -k 5 "$RUSTUP_TIMEOUT" rustup component add rust-src </dev/null >&2) \
      && rustup_has_src; then
      echo rustup
      return
    fi
    say "rustup could not add rust-src: using Debian's rustc-web and rust-web-src" >&2
  fi
  echo debian
}

# Runs a host (native) cargo command with rustup's toolchain, whatever the wasm route.
host_cargo() {
  env -u RUSTC_BOOTSTRAP -u CARGO_UNSTABLE_BUILD_STD -u CARGO_UNSTABLE_BUILD_STD_FEATURES \
    PATH="$CARGO_BIN:$PF_BASE_PATH" cargo "$@"
}

lock_version() { sed -n "/^name = \"$1\"\$/{n;s/^version = \"\\(.*\\)\"\$/\\1/p;q;}" "$ROOT/Cargo.lock"; }

setup() {
  command -v cargo >/dev/null || die "cargo missing: install Rust with rustup (https://rustup.rs)"
  command -v node >/dev/null || die "node missing: Node.js >= 20 is needed for Playwright and Lighthouse"
  [ -n "${PF_BASE_PATH:-}" ] || export PF_BASE_PATH="$PATH"

  apt_need chromium chromium-driver brotli python3
  PF_ROUTE=$(pick_route)
  export PF_ROUTE
  if [ "$PF_ROUTE" = debian ]; then
    apt_need rustc-web cargo-web rust-web-src lld-19
    export PATH="/usr/bin:$PF_BASE_PATH" CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-19
  fi
  export RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
    CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size

  if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
    say "cargo install trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
    host_cargo install trunk --version "$TRUNK_VERSION" --locked || die "could not install trunk $TRUNK_VERSION"
  fi
  local wb
  wb=$(lock_version wasm-bindgen)
  [ -n "$wb" ] || die "no wasm-bindgen in Cargo.lock"
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wb" ] \
    || [ "$(wasm-bindgen-test-runner --version 2>/dev/null | awk '{print $2}')" != "$wb" ]; then
    # Unlocked on purpose: its lockfile pins a webpki-roots the registry mirror lacks.
    say "cargo install wasm-bindgen-cli $wb (about 4 minutes)"
    host_cargo install wasm-bindgen-cli --version "$wb" --force || die "could not install wasm-bindgen-cli $wb"
  fi

  if ! (cd "$NODE_DIR" && npm ls --depth=0 >/dev/null 2>&1); then
    say "npm ci in tests/e2e (Playwright, axe-core, Lighthouse, binaryen; no browser download)"
    (cd "$NODE_DIR" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund >/dev/null) \
      || die "npm ci failed in tests/e2e"
  fi
  (cd "$ROOT" && host_cargo fetch -q) || die "cargo fetch failed"
  # std's own dependencies, which build-std needs before any --offline build.
  (cd "$ROOT" && cargo fetch -q --target wasm32-unknown-unknown) || die "cargo fetch of std's sources failed"

  # npm's binaryen first: Debian's wasm-opt 108 silently breaks the wasm, and trunk would
  # otherwise try to download one.
  export PATH="$NODE_DIR/node_modules/.bin:$PATH"
  export CHROME_PATH=/usr/bin/chromium CHROMEDRIVER=/usr/bin/chromedriver \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-120} \
    TRUNK_SKIP_VERSION_CHECK=true PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
  say "ready: wasm route $PF_ROUTE, trunk $TRUNK_VERSION, wasm-bindgen $wb, $(wasm-opt --version)"
}

# What the engines layer (scripts/test.sh engines) needs besides setup's tools: Debian's
# Firefox ESR with geckodriver (crates.io, about 5 minutes to build), WebKitGTK's
# WebKitWebDriver, Xvfb for it (WebKitWebDriver has no headless mode in Debian 12's build)
# and a real locale. Only the engines layer calls this, so dev.sh never waits for it.
setup_engines() {
  apt_need firefox-esr webkit2gtk-driver xvfb xauth locales
  # WebKitGTK takes its default Intl locale from the system's, so the layer runs it with
  # LANG=en_US.UTF-8, which a fresh Debian image lacks (it has only C and POSIX). (With
  # LANG=C, WebKitGTK 2.50 here also chose en-US; the locale makes that explicit.)
  if ! locale -a 2>/dev/null | grep -qix 'en_US.utf8'; then
    say "generating the en_US.UTF-8 locale"
    $SUDO localedef -i en_US -f UTF-8 en_US.UTF-8 || die "could not generate the en_US.UTF-8 locale"
  fi
  if [ "$(geckodriver --version 2>/dev/null | awk 'NR == 1 {print $2}')" != "$GECKODRIVER_VERSION" ]; then
    say "cargo install geckodriver $GECKODRIVER_VERSION (about 5 minutes on 2 cores)"
    host_cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked \
      || die "could not install geckodriver $GECKODRIVER_VERSION"
  fi
  command -v WebKitWebDriver >/dev/null || die "WebKitWebDriver missing (Debian package webkit2gtk-driver)"
  command -v firefox-esr >/dev/null || die "firefox-esr missing (Debian package firefox-esr)"
  command -v xvfb-run >/dev/null || die "xvfb-run missing (Debian package xvfb)"
}
