"""``python -m ipnlp``: the same command line as the ``ipnlp`` script."""

from ipnlp.cli import run

if __name__ == "__main__":
    run()
