from alsep_desktop.fiscal.sandbox.cli import main

raise SystemExit(main())
