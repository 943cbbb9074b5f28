"""Trim a saved page for bench/realpages_score.py: python bench/realpages/trim_page.py IN.html OUT.html

Removes what the extractor never reads and makes pages large: <script> (except JSON-LD),
<style>, <svg>, <iframe>, comments, stylesheet links and inline style/srcset attributes (a style
that hides the element is kept as display:none). Every other element, class, id and text stays.
"""
from __future__ import annotations

import re
import sys

import lxml.html
from lxml import etree

_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def trim(raw: bytes) -> bytes:
    root = lxml.html.fromstring(raw)
    for node in list(root.iter(etree.Comment)):
        node.drop_tree() if hasattr(node, "drop_tree") else node.getparent().remove(node)
    for node in list(root.iter("script", "style", "svg", "iframe", "link")):
        if node.tag == "script" and (node.get("type") or "").lower() == "application/ld+json":
            continue
        if node.tag == "link" and "stylesheet" not in (node.get("rel") or "").lower():
            continue
        node.drop_tree()
    for node in root.iter():
        if not isinstance(node.tag, str):
            continue
        style = node.attrib.pop("style", None)
        if style and _HIDDEN.search(style):
            node.set("style", "display:none")
        node.attrib.pop("srcset", None)
        node.attrib.pop("data-srcset", None)
    return lxml.html.tostring(root, encoding="utf-8", doctype="<!DOCTYPE html>")


if __name__ == "__main__":
    with open(sys.argv[1], "rb") as handle:
        data = handle.read()
    with open(sys.argv[2], "wb") as handle:
        handle.write(trim(data))
