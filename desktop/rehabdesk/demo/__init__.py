"""Demo station generator: made-up people, case histories, paperwork and training written through the services
and storage like real data. Fixtures are not product code, so they sit in a layer of their own above services."""
