"""PostCounter entry point: the counter GUI by default, headless subcommands otherwise.

Run ``python main.py --help`` for the subcommands.
"""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
