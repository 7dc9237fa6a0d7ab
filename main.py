"""Launch CloudOffice Compare from a source checkout: ``python main.py``."""

from cloudoffice_gui.app import main

raise SystemExit(main())
