"""Comparing models: side-by-side runs, blind votes, ratings, batch evaluation reports.

Core only (no Qt): the window and the CLI both use it.
"""
