"""High contrast (issue 19): under an OS high-contrast theme Schakel installs no palette or style sheet."""

from __future__ import annotations

from desktop.ui.shell import theme


def test_high_contrast_leaves_the_platform_colours(qapp, monkeypatch):
    monkeypatch.setattr(theme, "high_contrast", lambda: False)
    theme.apply(qapp)
    assert qapp.styleSheet() != ""
    assert qapp.palette().color(theme.Role.Window).name() in (theme.LIGHT[theme.Role.Window],
                                                                theme.DARK[theme.Role.Window])
    monkeypatch.setattr(theme, "high_contrast", lambda: True)
    theme._apply_scheme(qapp)
    try:
        assert qapp.styleSheet() == ""
        assert qapp.property("schakel_high_contrast") is True
        assert qapp.palette().color(theme.Role.Window) == qapp.style().standardPalette().color(theme.Role.Window)
    finally:
        monkeypatch.setattr(theme, "high_contrast", lambda: False)
        theme._apply_scheme(qapp)
    assert qapp.styleSheet() != ""


def test_contrast_preference_is_read_without_error(qapp):
    assert theme.high_contrast() in (True, False)
