"""chartmatch on Apache Spark: the same scan (:func:`chartmatch.core.screen`), one patient per group.

    from chartmatch.spark import scan_dataframe
    results = scan_dataframe(notes_df, as_of=date(2026, 11, 20))

``notes_df`` has the columns of the CSV export (``patient_id, note_id, note_date,
note_type, text``; other names through ``columns``). Notes are grouped by patient on the
cluster (``groupBy("patient_id").applyInPandas``); each Python worker builds the
pipeline once and keeps it for every group it is given. The result has one row per
patient with the fields of the JSONL output (``patient_id, rank, status, score,
criteria``), ranked by a window over the (small) per-patient results.

PySpark is an optional extra: ``pip install 'chartmatch[spark]'``.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path

from .core import FactsInMemory, each, screen
from .engine.scan import ScanOutcome, Summary, write_ranked
from .errors import Msg
from .read.formats import Columns, make_note
from .read.inputs import ReadStats
from .records import STATUS_ORDER, Note, Rejection
from .write.files import dumps
from .write.records import patient_record

RESULT_SCHEMA = ("patient_id string, status string, score double, status_order int, met int, not_met int, "
                 "unknown int, excluded_by string, record string, notes int, rejected string, after_as_of int")

_MATCHERS: dict = {}  # one pipeline per Python worker and patterns folder


def _matcher(patterns: str | None):
    if patterns not in _MATCHERS:
        from .matcher import Matcher

        _MATCHERS[patterns] = Matcher(patterns)
    return _MATCHERS[patterns]


def decide_group(pdf, *, as_of: date, patterns: str | None, columns: Columns):
    """One patient's notes (a pandas DataFrame) -> one result row (a pandas DataFrame).

    The rows are read here (as the local engine's reader would: a repeated note id is
    rejected), then :func:`chartmatch.core.screen` runs on this executor, in memory."""
    import pandas as pd

    matcher = _matcher(patterns)
    notes, rejected, seen = [], [], set()
    for row in pdf.sort_values([columns.note_id]).to_dict("records"):
        row = {k: (None if v is None or (isinstance(v, float) and v != v) else v) for k, v in row.items()}
        source = Path(str(row.pop("_source", "") or "spark"))
        note = make_note(row, columns, source, int(row.pop("_row", 0) or 0))
        if isinstance(note, Note) and note.note_id in seen:
            note = Rejection(str(source), 0, "R004", Msg.R004.format(note_id=note.note_id, patient_id=note.patient_id, first=source))
        if isinstance(note, Rejection):
            rejected.append([note.source, note.line, note.code, note.reason])
            continue
        seen.add(note.note_id)
        notes.append(note)
    facts = FactsInMemory()
    results = list(screen(notes, extract=each(matcher.extract), criteria=matcher.criteria, as_of=as_of, facts=facts))
    counted = {"notes": len(pdf), "rejected": json.dumps(rejected), "after_as_of": facts.after_as_of}
    if not results:  # every note of this group was rejected or dated after the as-of date
        return pd.DataFrame([{"patient_id": None, "status": None, "score": None, "status_order": None, "met": None,
                              "not_met": None, "unknown": None, "excluded_by": None, "record": None, **counted}])
    rows = []
    for n, result in enumerate(results):  # one: the group is one patient's notes
        counts = result.counts()
        rows.append({
            "patient_id": result.patient_id, "status": result.status, "score": result.score,
            "status_order": STATUS_ORDER[result.status], "met": counts["met"], "not_met": counts["not_met"],
            "unknown": counts["unknown"], "excluded_by": ";".join(result.excluded_by()),
            "record": dumps(patient_record(result)),
            **(counted if n == 0 else {"notes": 0, "rejected": "[]", "after_as_of": 0}),
        })
    return pd.DataFrame(rows)


def patient_results(notes_df, *, as_of: date, patterns: str | None = None, columns: Columns | None = None):
    """Per-patient results, unranked, with the rejected rows of each group (a Spark DataFrame)."""
    from functools import partial

    columns = columns or Columns()
    df = notes_df
    for name in (columns.note_date, columns.note_type):
        if name not in df.columns:
            from pyspark.sql import functions as F

            df = df.withColumn(name, F.lit(None).cast("string"))
    fn = partial(decide_group, as_of=as_of, patterns=patterns, columns=columns)
    return df.groupBy(columns.patient_id).applyInPandas(fn, schema=RESULT_SCHEMA)


def scan_dataframe(notes_df, *, as_of: date, patterns: str | None = None, columns: Columns | None = None):
    """Ranked patient results with the JSONL fields: patient_id, rank, status, score, criteria."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    results = patient_results(notes_df, as_of=as_of, patterns=patterns, columns=columns).where(F.col("patient_id").isNotNull())
    # chartmatch.records.rank_key as a window: status order, higher score first, patient id
    order = Window.orderBy(F.col("status_order"), F.col("score").desc(), F.col("patient_id"))
    criteria_schema = ("array<struct<id:string,kind:string,verdict:string,reason:string,evidence:array<struct<"
                       "note_id:string,start:int,end:int,text:string,concept:string,negated:boolean,uncertain:boolean,"
                       "historical:boolean,hypothetical:boolean,family:boolean,section:string,date:string,values:string>>>>")
    return (results.withColumn("rank", F.row_number().over(order))
            .withColumn("criteria", F.from_json(F.get_json_object("record", "$.criteria"), criteria_schema))
            .select("patient_id", "rank", "status", "score", "criteria"))


def read_notes_df(spark, paths: list[str | Path]):
    """CSV (quoted multi-line text), JSONL or Parquet exports as one DataFrame of strings."""
    from pyspark.sql import functions as F

    frames = []
    for path in map(Path, paths):
        suffix = path.suffix.lower()
        if suffix == ".csv":
            df = (spark.read.option("header", True).option("multiLine", True).option("escape", '"')
                  .option("encoding", "UTF-8").csv(str(path)))
        elif suffix in (".jsonl", ".ndjson", ".json"):
            df = spark.read.json(str(path))
        elif suffix == ".parquet" or path.is_dir():
            df = spark.read.parquet(str(path))
        else:
            from .errors import ChartmatchError

            raise ChartmatchError(Msg.E003, path=path)
        df = df.select([F.col(c).cast("string").alias(c) for c in df.columns if c != "spans"])
        frames.append(df.withColumn("_source", F.lit(str(path))))
    out = frames[0]
    for df in frames[1:]:
        out = out.unionByName(df, allowMissingColumns=True)
    return out


def run_spark_scan(inputs, out: Path, *, as_of: date, patterns: str | None, columns: Columns | None,
                   master: str) -> ScanOutcome:
    """``chartmatch scan --engine spark``: read with Spark, decide on the cluster, write the same JSONL."""
    from pyspark.sql import SparkSession

    builder = (SparkSession.builder.master(master).appName("chartmatch")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8"))
    if master.startswith("local"):
        # Local workers must run this interpreter, which has chartmatch installed; on a
        # cluster the executors' Python environment must have it (see README, "Spark").
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = builder.getOrCreate()
    try:
        notes = read_notes_df(spark, list(inputs))
        rows = patient_results(notes, as_of=as_of, patterns=patterns, columns=columns).collect()
    finally:
        spark.stop()
    stats = ReadStats()
    summaries, records, later = [], {}, 0
    for row in rows:
        stats.read += row["notes"]
        later += row["after_as_of"] or 0
        stats.rejected.extend(Rejection(*r) for r in json.loads(row["rejected"] or "[]"))
        if row["patient_id"] is None:
            continue
        records[row["patient_id"]] = row["record"]
        summaries.append(Summary(row["patient_id"], row["status"], row["score"], row["met"], row["not_met"], row["unknown"],
                                 tuple(x for x in (row["excluded_by"] or "").split(";") if x)))
    summaries.sort(key=Summary.sort_key)
    write_ranked(out, summaries, lambda s: records[s.patient_id])
    return ScanOutcome(stats=stats, as_of=as_of, summaries=summaries, after_as_of=later)
