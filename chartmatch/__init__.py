"""chartmatch: screen oncology charts for the PROMIS osteosarcoma trial (NCT06114225)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("chartmatch")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"

__all__ = ["Matcher", "ScanResult", "__version__"]


def __getattr__(name: str):
    # Matcher loads the spaCy pipeline's modules: only when asked for, so that importing a
    # layer that needs no spaCy (chartmatch.records, decide, write, report) stays light.
    if name in ("Matcher", "ScanResult"):
        from . import matcher

        return getattr(matcher, name)
    raise AttributeError(f"module 'chartmatch' has no attribute {name!r}")
