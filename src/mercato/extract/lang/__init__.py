"""Cue tables, one module per language (data, not code)."""
