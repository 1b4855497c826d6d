"""`python -m app`: the desktop window by default, sub-commands for the command line."""

import multiprocessing
import sys

from app.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the bundle's image pool must work in the frozen app
    sys.exit(main())
