"""Performance benchmarks for Schakel (not part of the test suite; a 1k smoke run is)."""
