"""Benchmarks for Cuttings and its peers (Pelican, Hugo); not part of the installed package."""
