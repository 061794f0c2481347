"""The sync bundle format shared by the station and the county (docs/sync-bundle.md).

No Qt, no SQLAlchemy: age v1 payload encryption, minisign signatures, the manifest and the .rdsync container, and
the county-side verification. Imports only the domain and libraries.
"""
