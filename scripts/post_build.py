"""Trunk post-build hook: the guide's content rendered into the page and the wasm loader
replaced (every build), then for release builds the JS glue minified and a strict CSP.

Debug builds (trunk serve) get no CSP: the live-reload script is injected later and could not
be hashed here, and unminified glue is easier to debug.
"""

import os
import subprocess

import csp
import loader
import minify_js

# The wasm route's settings must not reach the native build of the renderer (build-std needs
# an explicit --target).
WASM_ONLY = ("RUSTC_BOOTSTRAP", "CARGO_UNSTABLE_BUILD_STD", "CARGO_UNSTABLE_BUILD_STD_FEATURES", "RUSTFLAGS")


def render_site(path: str) -> None:
    """Runs partner-fit-site (site/), which writes the fixed sections into `path`."""
    env = {k: v for k, v in os.environ.items() if k not in WASM_ONLY}
    if os.environ.get("PF_BASE_PATH"):
        cargo_bin = os.path.join(os.environ.get("CARGO_HOME", os.path.expanduser("~/.cargo")), "bin")
        env["PATH"] = cargo_bin + os.pathsep + os.environ["PF_BASE_PATH"]
    subprocess.run(
        ["cargo", "run", "--quiet", "-p", "partner-fit-site", "--", path],
        check=True,
        env=env,
        cwd=os.environ.get("TRUNK_SOURCE_DIR", "."),
    )


def main() -> None:
    staging = os.environ["TRUNK_STAGING_DIR"]
    path = os.path.join(staging, "index.html")
    render_site(path)
    with open(path, encoding="utf-8") as f:
        html = f.read()
    html = loader.apply(html)
    if os.environ.get("TRUNK_PROFILE") == "release":
        html = csp.apply(minify_js.minify(staging, html))
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


if __name__ == "__main__":
    main()
