"""RehabDesk County (县级汇总): the county or city office receiving the stations' bundles and producing the quarterly
推进情况汇总表 (issue 15)."""
