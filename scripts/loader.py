"""Post-build step: the wasm downloaded once in every engine, and a visible fallback when the
interactive part cannot start.

Trunk preloads the wasm with `<link rel=preload as=fetch crossorigin integrity=...>` and its
loader then fetches it again with a plain `fetch()`. The two requests differ (CORS mode,
integrity), so WebKit downloads the file twice and Chromium warns that the preload's integrity
is ignored. This step drops that link and replaces Trunk's loader with `LOADER`: a classic
inline script, which the parser runs the moment it reaches it in the head (where the preload
sat; an inline async module ran up to ~100 ms later here), starts the one wasm fetch itself,
imports the glue and hands it the pending response.

If anything fails before the islands start (no WebAssembly, the glue or the wasm blocked or cut
off, an exception while starting), the loader marks the page and reveals the islands' hidden
"could not start" notes with their Retry buttons (rendered by site/, see `island.rs`).
"""

import re

# `GLUE_URL` and `WASM_URL` stand for the hashed file names. The body must be parsed before
# `init`: the wasm's start looks the islands up by id.
LOADER = """\
(async () => {
  const parsed = new Promise((r) => document.readyState == "loading" ? addEventListener("DOMContentLoaded", r) : r());
  try {
    if (typeof WebAssembly != "object") throw new Error("this browser has no WebAssembly");
    const wasm = fetch("./WASM_URL");
    wasm.catch(() => {});
    const glue = await import("./GLUE_URL");
    await parsed;
    await glue.default({ module_or_path: wasm });
  } catch (e) {
    await parsed;
    document.getElementById("page")?.setAttribute("data-start-failed", "");
    for (const note of document.querySelectorAll("[data-start-failed-note]")) note.hidden = false;
    for (const b of document.querySelectorAll("[data-retry]")) b.onclick = () => location.reload();
    console.error("Partner Fit could not start:", e);
  }
})();"""

TRUNK_LOADER = r"""<script type=["']?module["']?>\s*import init, \* as bindings from ["']\./([^"']+\.js)["'];.*?</script>"""
WASM_PRELOAD = r"""<link(?=[^>]*\brel=["']?preload\b)(?=[^>]*\bhref=["']?\./([^"'\s>]+_bg\.wasm))[^>]*>"""


def apply(html: str) -> str:
    """`html` without the wasm preload and with `LOADER` in place of Trunk's loader."""
    preload = re.search(WASM_PRELOAD, html)
    loader = re.search(TRUNK_LOADER, html, re.S)
    if preload is None or loader is None:
        raise SystemExit("loader.py: Trunk's wasm preload or loader script not found in index.html")
    script = "<script>%s</script>" % LOADER.replace("GLUE_URL", loader.group(1)).replace("WASM_URL", preload.group(1))
    html = html[: loader.start()] + script + html[loader.end() :]
    html = re.sub(WASM_PRELOAD, "", html, count=1)
    print("loader.py: one wasm fetch, started by the inline loader")
    return html
