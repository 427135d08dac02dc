"""Where the wasm's code goes: function body sizes from the name section of the unoptimized
wasm-bindgen output, summed per island of `src/ui` (a generic Leptos function counts for the
island whose types it was made for) and per crate for the rest. Shares, not final bytes:
wasm-opt shrinks every part.

Usage: python3 scripts/wasm_sizes.py target/wasm-bindgen/release/partner-fit_bg.wasm
"""

import re
import sys
from collections import Counter


def leb128(data: bytes, at: int) -> tuple:
    """The unsigned LEB128 number at `at`, and the offset after it."""
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def skip_limits(data: bytes, at: int) -> int:
    flags, at = leb128(data, at)
    _, at = leb128(data, at)
    return leb128(data, at)[1] if flags & 1 else at


def functions(data: bytes) -> list:
    """(name, body size) of every function defined in the module."""
    at, imported, bodies, names = 8, 0, [], {}
    while at < len(data):
        section = data[at]
        size, at = leb128(data, at + 1)
        end = at + size
        if section == 2:  # imports: count the imported functions, which come first
            count, i = leb128(data, at)
            for _ in range(count):
                for _ in range(2):  # module and field names
                    length, i = leb128(data, i)
                    i += length
                kind = data[i]
                i += 1
                if kind == 0:
                    _, i = leb128(data, i)
                    imported += 1
                elif kind == 1:
                    i = skip_limits(data, i + 1)
                elif kind == 2:
                    i = skip_limits(data, i)
                else:
                    i += 2
        elif section == 10:  # code
            count, i = leb128(data, at)
            for _ in range(count):
                length, i = leb128(data, i)
                bodies.append(length)
                i += length
        elif section == 0:  # custom: the "name" section's function names
            length, i = leb128(data, at)
            if data[i : i + length] == b"name":
                i += length
                while i < end:
                    sub = data[i]
                    sub_size, i = leb128(data, i + 1)
                    if sub == 1:
                        count, j = leb128(data, i)
                        for _ in range(count):
                            index, j = leb128(data, j)
                            length, j = leb128(data, j)
                            names[index] = data[j : j + length].decode(errors="replace")
                            j += length
                    i += sub_size
        at = end
    return [(names.get(imported + n, "?"), size) for n, size in enumerate(bodies)]


def owner(name: str) -> str:
    """The island or crate a function's code is counted for."""
    island = re.search(r"partner_fit\[\w+\]::ui::(\w+)", name)
    if island:
        return "island ui::" + island.group(1)
    if "partner_fit_engine" in name:
        return "engine"
    if name.startswith("<_ as tachys"):
        return "tachys type erasure (into_any), one copy per view type"
    if re.search(r"partner_fit\[\w+\]::main", name):
        return "app main"
    crate = re.match(r"<?([a-z_0-9]+)", name)
    return crate.group(1) if crate else "other"


def main() -> None:
    funcs = functions(open(sys.argv[1], "rb").read())
    by_owner = Counter()
    for name, size in funcs:
        by_owner[owner(name)] += size
    total = sum(by_owner.values())
    for who, size in by_owner.most_common(25):
        print(f"{size / total * 100:5.1f}%  {size:8d}  {who}")
    print(f"total code {total} bytes in {len(funcs)} functions")


if __name__ == "__main__":
    main()
