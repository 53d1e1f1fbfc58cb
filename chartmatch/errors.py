"""Every message chartmatch shows a user, in one catalogue, each with a code and a next step.

Input problems that reject one row are :class:`Rejection` records (the run goes on);
problems that stop a command raise :class:`ChartmatchError`. Both take their text from
:class:`Msg`, so a message is written once and tests can refer to it by code.
"""

from __future__ import annotations

from enum import Enum


class Msg(str, Enum):
    # --- reading notes (R: a row is rejected, the rest of the file is read) -----------------
    R001 = "missing value for '{field}': give every row a {field}"
    R002 = "empty note text: the row has no text to read"
    R003 = "unparseable note date {value} in '{field}': use YYYY-MM-DD, MM/DD/YYYY or 'Oct 3, 2026'"
    R004 = "duplicate note id {note_id!r} for patient {patient_id!r}: first seen at {first}; note ids must be unique per patient"
    R005 = "undecodable bytes: the row is not valid UTF-8; re-export the file as UTF-8"
    R006 = "not a JSON object: {detail}"
    R007 = "row has {found} fields, the header has {expected}: check quoting of the text column"
    R008 = "unreadable sidecar {sidecar}: {detail}"
    R009 = "broken CSV quoting ({detail}): this record is skipped and the lines after its first line are read again; close or double the quote"
    R010 = ("line {inner} inside this record's quoted text looks like a record of its own: the quote opened on this line "
            "is probably never closed; this record is skipped and the lines from line {inner} are read again; close or double the quote")
    R011 = "invalid Unicode in '{field}': a lone surrogate (\\ud800-\\udfff) is not text; re-export the file as UTF-8"
    R012 = "'{field}' holds a JSON {kind}, not text: give it as a string"
    R013 = "control character {char} in '{field}': ids must be printable text"
    R014 = "unreadable {what}: {detail}; check that it exists and is readable by this user"
    R015 = "symbolic link that leaves the input folder: refused (a folder input reads only files inside it)"
    # --- whole inputs (E: the command stops) --------------------------------------------
    E001 = "input not found: {path}"
    E002 = "{path}: missing column(s) {missing}; found {found}. Map yours with --patient-col, --note-col, --date-col, --type-col, --text-col"
    E003 = "{path}: unknown input format; give a .csv, .jsonl (or .ndjson), .parquet file or a folder of <patient_id>/<note_id>.txt"
    E004 = "{path} exists; pass --force to overwrite it"
    E005 = "invalid --as-of date {value!r}: give a full date YYYY-MM-DD (e.g. 2026-11-20)"
    E006 = "{path}: {detail}. Fix the rule file (see README, 'Adding a rule')"
    E007 = "{path}: rule {number} ({what}): category {category!r} is not a concept in concepts.json; add it there first"
    E008 = "patterns folder not found: {path}"
    E009 = "{path}: criterion {criterion!r}: {detail}"
    E010 = "{path}: the file is empty or has no header row"
    E011 = "gold folder {path} needs notes.jsonl and patients.jsonl (or .txt/.ann brat pairs)"
    E012 = "{path}:{line}: {detail}"
    E013 = "{path}: not valid UTF-8 text; re-export it as UTF-8"
    E014 = "cannot resume from {path}: {changed} changed since it was started; run without --resume to start over"
    E015 = "{path}:{line}: not a chartmatch result record ({detail}); give the results.jsonl written by `chartmatch scan --out`"
    E016 = "{option} {path} is also an input (or inside an input folder); outputs never overwrite inputs, --force or not: choose another path"
    E017 = "{first} and {second} name the same file {path}; give each output its own path"
    E018 = "{option} {path} is a folder; give the path of a file to write"
    E019 = "{option} {path}: the folder {parent} does not exist; create it first"
    E020 = "{option} {path}: cannot write in {parent} ({detail}); choose a folder you can write to"
    E021 = "{path} is being written by another scan (pid {pid}; lock file {lock}); wait for it to finish or choose another --out"
    E022 = "{path}: column {column!r} appears {count} times in the header; rename or drop the extra one(s)"
    E023 = "{path} holds no notes{hint}"
    E024 = "{path}: cannot read the folder ({detail}); check that it is readable by this user"
    E025 = "{path}: {detail}; the command stopped (outputs are written beside their path and renamed when complete, so none is half-written)"
    E026 = "{path}: rule {number} ({what}): {detail}. Fix the rule file (see README, 'Adding a rule')"
    E027 = ("{path}: rule {number} ({what}): bad token pattern: {detail}. Token keys are spaCy's "
            "(LOWER, ORTH, TEXT, NORM, IS_DIGIT, LIKE_NUM, ..., OP; see spacy.io/usage/rule-based-matching)")
    E028 = "{path}: rule {number} ({what}): {field} is not a valid regular expression ({detail}): {pattern}"
    E029 = ("{path}: rule {number} ({what}): {field} can backtrack catastrophically ({detail}): {pattern}. "
            "Rewrite it without a repeat inside a repeated group (e.g. '(a+)+' as 'a+', '(\\w+\\s?)+' as '[\\w\\s]+')")
    E030 = "{path}: reading Parquet needs pyarrow; install it with pip install 'chartmatch[parquet]'"
    E031 = "{path}: not a readable Parquet file ({detail}); re-export it, or export CSV / JSONL"
    E032 = "{path}: {table} {entry!r}: {detail}. Fix the rule file (see README, 'Adding a rule')"
    # --- warnings (the command goes on) --------------------------------------------------
    W001 = "--as-of {value} is in the future (today is {today}); windows count back from it"

    def format(self, **kwargs: object) -> str:  # type: ignore[override]
        return f"[{self.name}] " + self.value.format(**kwargs)


INTERRUPTED = "interrupted; rerun with --resume to continue"


class ChartmatchError(Exception):
    """An error that stops a command, with a catalogue code and a message that says what to do."""

    def __init__(self, msg: Msg, **kwargs: object) -> None:
        self.code = msg.name
        super().__init__(msg.format(**kwargs))
