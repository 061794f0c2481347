from rehabdesk.cli import main

raise SystemExit(main())
