"""The pieces the benchmarks share: figures and their report, timed subprocesses, the driven window.

Kept free of imports at package level: `paint_child.py` is run as a script, and what a child imports
before its window paints is part of what it measures.
"""
