"""Rendering plain data as Rich tables, text, JSON, CSV and Markdown. No SQL here."""
