"""Pure functions on newspaper text: bytes or str in, frozen dataclasses out. No I/O here."""
