"""Entry script of the frozen build (``installer/schakel.spec``): same as ``python -m desktop``."""

from desktop.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
