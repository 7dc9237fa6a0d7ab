"""``python -m cloudoffice_gui``: the same as the ``cloudoffice-gui`` command."""

from cloudoffice_gui.app import main

raise SystemExit(main())
