"""JSON bodies read by Python's `json` module, strictly: RFC 8259 text
only (NaN and Infinity refused), after strict UTF-8 decoding, one leading
byte-order mark skipped as errcat skips it (RFC 8259 section 8.1).

Reads one body a line on stdin, hex-encoded bytes, and writes one JSON
line for each: {"ok": false} when Python refuses it, else its depth (the
top-level value is level 1) and, when it is an object, its members in
order as [name, kind, value], where kind is "string", "null" or "other",
and a name or string value that is not Unicode (a lone surrogate escape,
which Python keeps in a str) is null.
"""

import json
import sys


class Pairs(list):
    """An object's members in order, repeats kept."""


def refuse_constant(name):
    raise ValueError(f"not JSON: {name}")


def unicode(text):
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return None
    return text


def depth(value):
    # Containers only: `[[1]]` is 2 levels. Iterative, as a body may nest
    # deeper than Python's own recursion.
    deepest, stack = 0, [(value, 1)]
    while stack:
        value, level = stack.pop()
        if isinstance(value, Pairs):
            deepest = max(deepest, level)
            stack.extend((item, level + 1) for _, item in value)
        elif isinstance(value, list):
            deepest = max(deepest, level)
            stack.extend((item, level + 1) for item in value)
        else:
            deepest = max(deepest, level - 1)
    return deepest


def kind(value):
    if isinstance(value, str):
        return "string"
    if value is None:
        return "null"
    return "other"


def read(raw):
    try:
        value = json.loads(
            raw.decode("utf-8-sig"),
            parse_constant=refuse_constant,
            object_pairs_hook=Pairs,
        )
    except (ValueError, RecursionError):
        return {"ok": False}
    reading = {"ok": True, "depth": depth(value), "members": None}
    if isinstance(value, Pairs):
        reading["members"] = [
            [unicode(name), kind(item), unicode(item) if isinstance(item, str) else None]
            for name, item in value
        ]
    return reading


for line in sys.stdin:
    print(json.dumps(read(bytes.fromhex(line.strip()))), flush=True)
