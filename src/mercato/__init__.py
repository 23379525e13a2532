"""mercato: multilingual intelligence for football's transfer market and coaching carousel."""

__version__ = "0.1.0"
