"""Entry point for `python -m helpers`."""

import sys

from helpers.cli import main

sys.exit(main())
