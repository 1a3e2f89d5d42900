"""A light, calm look: Fusion with a restrained palette that follows the system's
light or dark mode, a little extra spacing (``resources/styles/schakel.qss``) and
the app icon (``resources/icons/schakel.svg``).

``python -m desktop.ui.shell.theme`` renders the PNG/ICO icons from the SVG (build step).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from desktop.resources import resource_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
Role = QPalette.ColorRole

LIGHT = {
    Role.Window: "#f4f5f7", Role.WindowText: "#1f2328", Role.Base: "#ffffff",
    Role.AlternateBase: "#f0f2f5", Role.Button: "#e9ecef", Role.ButtonText: "#1f2328",
    Role.Text: "#1f2328", Role.BrightText: "#ffffff", Role.Highlight: "#2f6f8f",
    Role.HighlightedText: "#ffffff", Role.Link: "#1f5f7f", Role.ToolTipBase: "#ffffff",
    Role.ToolTipText: "#1f2328", Role.PlaceholderText: "#6b7280", Role.Mid: "#c4c9cf",
    Role.Light: "#ffffff", Role.Midlight: "#e3e6ea", Role.Dark: "#9aa1a9",
    Role.Shadow: "#6b7280", Role.Accent: "#2f6f8f",
}
DARK = {
    Role.Window: "#202327", Role.WindowText: "#e6e7e9", Role.Base: "#30343a",
    Role.AlternateBase: "#2a2e33", Role.Button: "#2c3035", Role.ButtonText: "#e6e7e9",
    Role.Text: "#e6e7e9", Role.BrightText: "#ffffff", Role.Highlight: "#3f86a8",
    Role.HighlightedText: "#ffffff", Role.Link: "#7cc0e0", Role.ToolTipBase: "#2c3035",
    Role.ToolTipText: "#e6e7e9", Role.PlaceholderText: "#9097a0", Role.Mid: "#4a4f56",
    Role.Light: "#3a3f45", Role.Midlight: "#33373c", Role.Dark: "#141618",
    Role.Shadow: "#000000", Role.Accent: "#3f86a8",
}
QSS_COLOURS = {
    False: {"@error@": "#b42318", "@muted@": "#5b636e", "@accent@": "#2f6f8f",
            "@border@": "#aeb5bd", "@card@": "#ffffff"},
    True: {"@error@": "#ff8a80", "@muted@": "#a3aab3", "@accent@": "#5aa3c4",
           "@border@": "#646b74", "@card@": "#26292e"},
}


def high_contrast() -> bool:
    """Whether the OS asks for high contrast (Windows contrast themes; EN 301 549 §11.7)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:  # Qt < 6.10 has no contrast preference
        return False
    try:
        return accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast
    except AttributeError:
        return False


def is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def palette(dark: bool) -> QPalette:
    pal = QPalette()
    for role, colour in (DARK if dark else LIGHT).items():
        pal.setColor(role, QColor(colour))
    disabled = QColor("#6b7077") if dark else QColor("#9aa1a9")
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return pal


def stylesheet(dark: bool) -> str:
    path = resource_path("styles", "schakel.qss")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return ""
    for key, value in QSS_COLOURS[dark].items():
        text = text.replace(key, value)
    return text


def app_icon() -> QIcon:
    icon = QIcon()
    svg = resource_path("icons", "schakel.svg")
    if svg.is_file():
        icon.addFile(str(svg))
    for size in ICON_SIZES:
        png = resource_path("icons", f"schakel-{size}.png")
        if png.is_file():
            icon.addFile(str(png))
    return icon


def apply(app: QApplication) -> None:
    """Fusion, our palette for the current colour scheme, spacing and the icon; under a
    high-contrast OS theme the platform's own style and colours instead (no palette, no QSS)."""
    global _PLATFORM_STYLE
    _PLATFORM_STYLE = app.style().name() if app.style() is not None else ""
    _apply_scheme(app)
    app.setWindowIcon(app_icon())
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: _apply_scheme(app))
    accessibility = getattr(app.styleHints(), "accessibility", None)
    if accessibility is not None:
        accessibility().contrastPreferenceChanged.connect(lambda _pref: _apply_scheme(app))


_PLATFORM_STYLE = ""


def _apply_scheme(app: QApplication) -> None:
    if high_contrast():
        if _PLATFORM_STYLE:
            style = QStyleFactory.create(_PLATFORM_STYLE)
            if style is not None:
                app.setStyle(style)
        app.setStyleSheet("")
        app.setPalette(app.style().standardPalette())
        app.setProperty("schakel_high_contrast", True)
        return
    app.setProperty("schakel_high_contrast", False)
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None and app.style().name().lower() != "fusion":
        app.setStyle(fusion)
    dark = is_dark()
    app.setPalette(palette(dark))
    app.setStyleSheet(stylesheet(dark))


def render_png(svg: Path, size: int) -> QImage:
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def render_icons() -> list[Path]:
    """Write ``schakel-<size>.png`` and ``schakel.ico`` next to the SVG."""
    svg = resource_path("icons", "schakel.svg")
    written = []
    for size in ICON_SIZES:
        target = svg.with_name(f"schakel-{size}.png")
        render_png(svg, size).save(str(target))
        written.append(target)
    ico = svg.with_name("schakel.ico")
    render_png(svg, 256).save(str(ico))
    return [*written, ico]


if __name__ == "__main__":  # build step: python -m desktop.ui.shell.theme
    _app = QGuiApplication(sys.argv[:1])
    for path in render_icons():
        print(path)
