"""RehabDesk County (精康工作台 · 县级): receives the stations' sync bundles, keeps the station registry and the
merged records, and feeds the quarterly 推进情况汇总表. Its own layers: cli → ui → demo → services → storage |
rehabdesk.sync → domain (pyproject.toml, import-linter)."""
