"""Search-quality evaluation: ``.venv/bin/python -m bench.eval.run`` from the project root."""
