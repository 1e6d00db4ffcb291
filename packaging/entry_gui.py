"""The bundle's ``marginalia`` executable: ``--self-test`` here, else the desktop app."""

import sys

if __name__ == "__main__":
    if sys.argv[1:] == ["--self-test"]:
        from marginalia.desktop.selftest import run_self_test

        sys.exit(run_self_test())
    from marginalia.desktop.app import main

    sys.exit(main())
