"""The coordinator's review report: one self-contained HTML file (see ``chartmatch report``).

- :mod:`.data` joins result records with the patients' notes (the view model);
- :mod:`.highlight` renders a note with its evidence spans (displaCy);
- :mod:`.embed` embeds data and code safely (JSON in script blocks, CSP hashes);
- :mod:`.html` renders the Jinja2 templates in ``templates/`` and writes the file.
"""

from .data import CriterionInfo, ReportModel, build_model, read_results
from .html import render_report, write_report

__all__ = ["CriterionInfo", "ReportModel", "build_model", "read_results", "render_report", "write_report"]
