"""Benchmarks: ``python -m benchmarks`` runs the performance budget of issue 7 in one go."""
