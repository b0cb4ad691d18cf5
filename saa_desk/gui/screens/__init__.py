"""One module per screen; each loads its Designer form from `ui/` and calls services only."""
