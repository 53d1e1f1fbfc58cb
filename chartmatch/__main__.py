"""``python -m chartmatch`` runs the command line."""

from .cli import main

main()
