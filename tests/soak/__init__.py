"""A soak: two webhook processes on one PostgreSQL behind a balancer, a realistic mix of
updates for a long time, one process killed now and then, and a tally of what was lost or
doubled. `benchmarks/soak.py` runs it for minutes; `tests/test_soak.py` for two."""
