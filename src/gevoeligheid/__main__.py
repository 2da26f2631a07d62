"""`python -m gevoeligheid` runs the gevoelig command."""

from ._cli import main

main()
