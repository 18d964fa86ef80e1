"""``python -m desktop``: the same as the ``reading-assistant`` command."""

import sys

from desktop.cli import main

sys.exit(main())
