"""Batch scanning at scale: parallel extraction, facts spilled to disk, resumable."""
