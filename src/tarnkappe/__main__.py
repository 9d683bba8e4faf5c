from tarnkappe.cli import main

raise SystemExit(main())
