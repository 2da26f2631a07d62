"""`python -m gevoeligheid` runs the gevoelig command."""

from .cli import main

main()
