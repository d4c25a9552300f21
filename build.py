"""Build the Cuttings site: ``python build.py`` (see ``python build.py --help``)."""

import sys

from cuttings.cli import main

if __name__ == "__main__":
    sys.exit(main(exiting=True))
