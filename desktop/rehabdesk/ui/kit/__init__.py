"""The small widget helpers every window, page, panel and dialog builds with."""
