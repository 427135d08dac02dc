"""Trunk post-build hook: give release builds a strict Content Security Policy.

Trunk's wasm loader is an inline module script, so instead of 'unsafe-inline' the policy
allows exactly that script by its SHA-256 hash. Debug builds (trunk serve) are left alone
because the live-reload script is injected later and could not be hashed here.
"""

import base64
import hashlib
import os
import re
import sys

POLICY = (
    "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' {hashes}; "
    "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
    "manifest-src 'self'; base-uri 'none'; form-action 'self'; object-src 'none'"
)


def main() -> int:
    if os.environ.get("TRUNK_PROFILE") != "release":
        return 0
    path = os.path.join(os.environ["TRUNK_STAGING_DIR"], "index.html")
    with open(path, encoding="utf-8") as f:
        html = f.read()
    inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, re.S)
    hashes = " ".join(
        "'sha256-%s'" % base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()
        for s in inline
        if s.strip()
    )
    meta = '<meta http-equiv="Content-Security-Policy" content="%s">' % POLICY.format(hashes=hashes)
    html, n = re.subn(r"(<meta charset=[^>]*>)", r"\1" + meta.replace("\\", "\\\\"), html, count=1)
    if n != 1:
        print("csp.py: no <meta charset> in index.html", file=sys.stderr)
        return 1
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)
    print("csp.py: CSP with %d inline script hash(es)" % len(inline))
    return 0


if __name__ == "__main__":
    sys.exit(main())
