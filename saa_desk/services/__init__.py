"""Use cases: one module each. Every call is one transaction that checks the caller's role,
validates, writes, and appends a hash-chained audit event. This is the only door to data."""
