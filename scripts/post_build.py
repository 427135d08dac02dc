"""Trunk post-build hook: release builds get their JS glue minified, then a strict CSP.

Debug builds (trunk serve) are left alone: the live-reload script is injected later and could
not be hashed here, and unminified glue is easier to debug.
"""

import os

import csp
import minify_js


def main() -> None:
    if os.environ.get("TRUNK_PROFILE") != "release":
        return
    staging = os.environ["TRUNK_STAGING_DIR"]
    path = os.path.join(staging, "index.html")
    with open(path, encoding="utf-8") as f:
        html = f.read()
    html = csp.apply(minify_js.minify(staging, html))
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


if __name__ == "__main__":
    main()
