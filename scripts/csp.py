"""Release-build step: a strict Content Security Policy for the page.

Trunk's wasm loader is an inline module script and the stylesheets are inlined (no
render-blocking request before the first paint), so instead of 'unsafe-inline' the policy
allows exactly those elements by their SHA-256 hashes.
"""

import base64
import hashlib
import re

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


def apply(html: str) -> str:
    """`html` with the policy's meta tag right after `<meta charset>`."""
    scripts = inline_hashes(html, r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>")
    styles = inline_hashes(html, r"<style[^>]*>(.*?)</style>")
    policy = POLICY.format(scripts=" ".join(scripts), styles=" ".join(styles))
    meta = '<meta http-equiv="Content-Security-Policy" content="%s">' % policy
    html, n = re.subn(r"(<meta charset=[^>]*>)", r"\1" + meta.replace("\\", "\\\\"), html, count=1)
    if n != 1:
        raise SystemExit("csp.py: no <meta charset> in index.html")
    print("csp.py: CSP with %d script and %d style hash(es)" % (len(scripts), len(styles)))
    return html
