"""Cuttings: a folder of local-news articles in, a searchable static website out."""

__version__ = "0.1.0"
