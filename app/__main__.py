"""`python -m app`: the desktop window by default, sub-commands for the command line."""

import sys

from app.launch import main

if __name__ == "__main__":
    sys.exit(main())
