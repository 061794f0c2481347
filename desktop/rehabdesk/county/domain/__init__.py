"""The county's pure rules: no Qt, no storage, no reportlab."""
