"""The county's documents: plain data in, XLSX (through documents/table_writer.py) or PDF bytes out."""
