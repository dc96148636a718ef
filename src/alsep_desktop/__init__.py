"""Alsep Desktop: point-of-sale and online cash register for Kazakhstan."""
__version__ = "0.1.0"
