"""Release-build step: minify wasm-bindgen's JS glue with esbuild.

Trunk's own minifier cannot parse the glue of wasm-bindgen 0.2.130 and ships it as written;
esbuild (pinned in tests/e2e/package.json, on PATH after scripts/setup.sh) keeps the module's
exports and renames only local names. The `integrity` attribute Trunk put on the glue's
preload link is recomputed, since it hashes the file's bytes.
"""

import base64
import glob
import hashlib
import os
import re
import shutil
import subprocess


def sri(data: bytes) -> str:
    """The Subresource Integrity value (SHA-384) of `data`."""
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


def minify(staging: str, html: str) -> str:
    """Minifies every JS file of `staging` in place; returns `html` with their new integrity."""
    esbuild = shutil.which("esbuild")
    if esbuild is None:
        raise SystemExit("minify_js.py: esbuild not on PATH; run `. scripts/setup.sh && setup` first")
    for path in sorted(glob.glob(os.path.join(staging, "*.js"))):
        with open(path, "rb") as f:
            before = f.read()
        after = subprocess.run(
            [esbuild, "--minify", "--format=esm", "--log-level=warning"],
            input=before,
            capture_output=True,
            check=True,
        ).stdout
        with open(path, "wb") as f:
            f.write(after)
        name = re.escape(os.path.basename(path))
        pattern = r"(href=[\"']?\./%s[\"']?[^>]*?integrity=[\"']?)%s" % (name, re.escape(sri(before)))
        html, n = re.subn(pattern, lambda m: m.group(1) + sri(after), html)
        if n != 1:
            raise SystemExit("minify_js.py: no integrity attribute for %s in index.html" % name)
        print("minify_js.py: %s %d -> %d bytes" % (os.path.basename(path), len(before), len(after)))
    return html
