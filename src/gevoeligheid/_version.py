"""The version of this package, in a module of its own that every stage may import."""

__version__ = "0.2.0"
