"""Putting data and code inside the one HTML file safely.

- :func:`json_for_script`: JSON for a ``<script type="application/json">`` block. Every ``<``
  is written as ``\\u003c`` (and ``&`` as ``\\u0026``), so the block holds no ``<`` at all:
  nothing in it can close the block (``</script>``) or start the ``<!--`` state that would
  change how the parser looks for the end. ``JSON.parse`` gives the original string back.
  (``>`` is left alone: without a ``<`` it cannot form a tag, and escaping it would add ~6 %
  to a large report.)
- :func:`content_security_policy`: nothing may load from anywhere (``default-src 'none'``);
  the one inline script and the one inline style run only because their SHA-256 is listed,
  so markup that somehow got into the page could neither run script nor fetch anything.
"""

from __future__ import annotations

import base64
import hashlib
import json

from markupsafe import Markup

_JSON_ESCAPES = {ord("<"): "\\u003c", ord("&"): "\\u0026",
                 0x2028: "\\u2028", 0x2029: "\\u2029"}


def json_for_script(value: object) -> Markup:
    """``value`` as JSON that is safe as the raw text of a ``<script>`` data block."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    text = text.translate(_JSON_ESCAPES)
    if "<" in text:  # cannot happen; guards the guarantee the report's safety rests on
        raise AssertionError("unescaped '<' in embedded JSON")
    return Markup(text)


def inline_asset(source: str, element: str) -> Markup:
    """A static asset (report.js / report.css) to place between ``<element>`` tags verbatim."""
    if f"</{element}" in source.lower():
        raise AssertionError(f"asset would close its <{element}> element early")
    return Markup(source)


def sha256_source(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


def content_security_policy(script: str, style: str) -> str:
    return "; ".join([
        "default-src 'none'",
        f"script-src '{sha256_source(script)}'",
        f"style-src '{sha256_source(style)}'",
        "img-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ])
