"""Habeas: an open evidence platform for documenting arbitrary detention."""

__version__ = "0.1.0"
