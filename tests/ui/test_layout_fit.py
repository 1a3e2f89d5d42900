"""Every main view and dialog fits 1366×768 and 1920×1080 at 150 % (issue 16).

``layout_probe.py`` opens each window in a fresh interpreter on an offscreen screen of the
given size (Qt's offscreen ``configfile``; ``QT_SCALE_FACTOR=1.5`` for the scaled case)
and lists windows larger than the screen, clipped widgets and widgets smaller than their
minimum size hint (wrapped text: smaller than the height its width needs).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

HERE = Path(__file__).parent
SCREENS = {
    "1366x768": ({"width": 1366, "height": 768}, None),
    "1920x1080-150": ({"width": 1920, "height": 1080}, "1.5"),
}


def probe(tmp_path: Path, size: dict, scale: str | None) -> dict[str, list[str]]:
    config = tmp_path / "screen.json"
    screen = {"name": "probe", "x": 0, "y": 0, "logicalDpi": 96, **size}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    env.pop("QT_SCALE_FACTOR", None)
    if scale:
        env["QT_SCALE_FACTOR"] = scale
    out = tmp_path / "report.json"
    done = subprocess.run([sys.executable, str(HERE / "layout_probe.py"), str(out)], env=env,
                          cwd=HERE, capture_output=True, text=True, timeout=240)
    assert out.exists(), done.stderr[-2000:]
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.slow
@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_window_fits_without_clipping(tmp_path, screen):
    report = probe(tmp_path, *SCREENS[screen])
    assert len(report) >= 20, sorted(report)  # main window states, case tabs, dialogs
    assert {"instellingen", "stap afronden", "nieuw signaal", "werkwijze"} <= set(report)
    assert {name: found for name, found in report.items() if found} == {}


def test_the_probe_sees_a_squashed_field(qtbot):
    """The checker itself: a field squeezed below its minimum height is reported."""
    import layout_probe

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    squeezed = QLineEdit()
    squeezed.setAccessibleName("Geknepen veld")
    label = QLabel("Een lange uitleg die over meerdere regels moet lopen " * 4)
    label.setWordWrap(True)
    layout.addWidget(label)
    layout.addWidget(squeezed)
    window.show()
    qtbot.waitExposed(window)
    squeezed.setGeometry(squeezed.x(), squeezed.y(), squeezed.width(), 8)
    label.setGeometry(label.x(), label.y(), 200, 10)
    found = layout_probe.faults(window)
    assert any("Geknepen veld" in f and "px high" in f for f in found), found
    assert any(f.startswith("QLabel") for f in found), found
