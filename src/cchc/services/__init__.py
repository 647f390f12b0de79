"""Services: reports, import/export, checks. They take a Ledger and return plain data."""
