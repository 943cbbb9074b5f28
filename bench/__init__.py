"""Benchmarks and the search-quality evaluation; run them as modules from the project root.

    .venv/bin/python -m bench.speed CORPUS
    .venv/bin/python -m bench.eval.run

They import Telusur as the installed package (``telusur``), never by editing sys.path.
"""
