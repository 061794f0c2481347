"""RehabDesk County: the application a county civil-affairs office runs to receive its stations' bundles."""
