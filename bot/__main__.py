"""`python -m bot ...` runs the command-line interface."""

import sys

from bot.cli import main

sys.exit(main())
