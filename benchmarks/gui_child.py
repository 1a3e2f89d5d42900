"""Child process for the GUI figures. Prints 'READY' once the unlocked main window shows
the first page of the case list; with 'rss' it then scrolls to the bottom and prints RSS.

Usage: python -m benchmarks.gui_child DATA_DIR KEYRING_FILE [rss]
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    from pathlib import Path

    import keyring

    from benchmarks.memkeyring import install

    install(keyring, sys.argv[2])
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.policy import Policy
    from desktop.services.session import UnlockMethod, VaultService
    from desktop.ui.shell import i18n, theme
    from desktop.ui.shell.app import make_app
    from desktop.ui.shell.main_window import MainWindow

    app = make_app()
    i18n.install_translators(app)
    theme.apply(app)
    service = VaultService(Path(sys.argv[1]), Policy())
    settings = QSettings(str(Path(sys.argv[1]) / "bench.ini"), QSettings.Format.IniFormat)
    window = MainWindow(service, settings=settings)
    window.resize(1366, 768)
    window.show()
    register = service.unlock(UnlockMethod.KEYRING)
    window.open_register(register)
    cases = window.workspace.list
    while cases.model.rowCount() == 0:
        QApplication.processEvents()
    QApplication.processEvents()
    print("READY", flush=True)
    if len(sys.argv) > 3 and sys.argv[3] == "rss":
        view = cases.view
        while cases.model.canFetchMore(cases.model.index(-1, -1)):
            view.scrollToBottom()
            QApplication.processEvents()
        view.scrollToBottom()
        QApplication.processEvents()
        print(f"ROWS {cases.model.rowCount()}", flush=True)
        print(f"RSS {rss_mb():.1f}", flush=True)
    register.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
