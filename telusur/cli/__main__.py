"""``python -m telusur.cli``: the same as the ``telusur`` command."""
import sys

from telusur.cli import main

sys.exit(main())
