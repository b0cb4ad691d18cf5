"""SAA Desk: the intake desk of the SAA Charitable Association for Hajj & Umrah Services."""

__version__ = "0.1.0"
