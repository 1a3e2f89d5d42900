"""Help › Werkwijze: a short Dutch guide inside the app (steps, shortcuts, glossary).

The text is content (``resources/help/werkwijze.html``); the steps of the reporting route
are read from the route the register uses, so a municipality's own route is explained too.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.resources import resource_path

if TYPE_CHECKING:
    from desktop.services.register import Register

HELP_FILE = ("help", "werkwijze.html")


def route_section(register: Register) -> str:
    """The route's steps as HTML (empty when no register is open or no route is found)."""
    try:
        routes = register.routes
        route = routes.catalog.latest(routes.default_route_id())
    except Exception:  # noqa: BLE001 - locked, no route: the guide works without this part
        return ""
    rows = "".join(
        f"<tr><td valign='top'><b>{html.escape(step.code or '')}</b></td>"
        f"<td><b>{html.escape(step.title)}</b><br>{html.escape(step.purpose)}</td></tr>"
        for step in route.steps)
    return (f"<h3>De stappen van uw meldroute ({html.escape(route.title)})</h3>"
            f"<table cellpadding='3'>{rows}</table>")


def guide_html(register: Any = None) -> str:
    text = resource_path(*HELP_FILE).read_text(encoding="utf-8")
    return text.replace("{route}", route_section(register) if register is not None else "")


class HelpDialog(QDialog):
    def __init__(self, register: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Werkwijze"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Werkwijze in Schakel"))
        self.browser.setOpenLinks(False)
        self.browser.setHtml(guide_html(register))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 100, metrics.lineSpacing() * 40)
