"""`python -m bot ...` runs the command-line interface."""

import sys

from bot.answering.meaning import start_loading

# The meaning vectors are read on a thread while the rest of the bot imports.
start_loading()

from bot.cli import main  # noqa: E402

sys.exit(main())
