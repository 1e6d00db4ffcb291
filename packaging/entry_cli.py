"""The bundle's ``marginalia-cli`` executable."""

import sys

if __name__ == "__main__":
    from marginalia.desktop.cli.main import main

    sys.exit(main())
