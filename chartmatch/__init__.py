"""chartmatch: screen oncology charts for the PROMIS osteosarcoma trial (NCT06114225)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("chartmatch")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"

from .matcher import Matcher, ScanResult  # noqa: E402

__all__ = ["Matcher", "ScanResult", "__version__"]
