"""cchc — a command-line ledger for administrative reform (cải cách hành chính)."""

__version__ = "0.1.0"
