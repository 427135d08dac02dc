"""Trunk post-build hook: give release builds a strict Content Security Policy.

Trunk's wasm loader is an inline module script and the stylesheets are inlined (no
render-blocking request before the first paint), so instead of 'unsafe-inline' the policy
allows exactly those elements by their SHA-256 hashes. Debug builds (trunk serve) are left alone
because the live-reload script is injected later and could not be hashed here.
"""

import base64
import hashlib
import os
import re
import sys

POLICY = (
    "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' {scripts}; "
    "style-src 'self' {styles}; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
    "manifest-src 'self'; base-uri 'none'; form-action 'self'; object-src 'none'"
)


def inline_hashes(html: str, pattern: str) -> list:
    """CSP source expressions for the contents of every non-empty element matching `pattern`."""
    return [
        "'sha256-%s'" % base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        for body in re.findall(pattern, html, re.S)
        if body.strip()
    ]


def main() -> int:
    if os.environ.get("TRUNK_PROFILE") != "release":
        return 0
    path = os.path.join(os.environ["TRUNK_STAGING_DIR"], "index.html")
    with open(path, encoding="utf-8") as f:
        html = f.read()
    scripts = inline_hashes(html, r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>")
    styles = inline_hashes(html, r"<style[^>]*>(.*?)</style>")
    policy = POLICY.format(scripts=" ".join(scripts), styles=" ".join(styles))
    meta = '<meta http-equiv="Content-Security-Policy" content="%s">' % policy
    html, n = re.subn(r"(<meta charset=[^>]*>)", r"\1" + meta.replace("\\", "\\\\"), html, count=1)
    if n != 1:
        print("csp.py: no <meta charset> in index.html", file=sys.stderr)
        return 1
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)
    print("csp.py: CSP with %d script and %d style hash(es)" % (len(scripts), len(styles)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
