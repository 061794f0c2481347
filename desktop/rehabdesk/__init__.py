"""RehabDesk (精康工作台): case management for community mental-health rehabilitation stations."""

__version__ = "0.1.0"
