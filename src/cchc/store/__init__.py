"""The SQLite ledger: schema through ordered migrations, one transaction per user action."""
