#!/usr/bin/python3
"""Runs Debian's wapiti 3.0.4 with its -x (exclude a URL) option working.

wapiti 3.0.4 compiles each -x pattern with its regex flags at the end ("...\\Z(?ms)"), which Python 3.11
refuses ("global flags not at the start of the expression"), so any -x ends the scan before it starts.
This replaces that one function with the same translation, flags first, and then runs wapiti as its own
command does. Everything else is wapiti's.
"""
import re
import sys

from wapitiCore.net import crawler


def wildcard_translate(pattern):
    """A wildcard pattern ('*' matches anything, every other character itself) as a whole-URL regex."""
    return re.compile("(?ms)" + "".join(".*" if char == "*" else re.escape(char) for char in pattern) + r"\Z")


crawler.wildcard_translate = wildcard_translate

from wapitiCore.main.wapiti import wapiti_main  # noqa: E402 (after the replacement, as wapiti's own command)

if __name__ == "__main__":
    sys.exit(wapiti_main())
