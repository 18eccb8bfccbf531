"""Light, dark or the system's colours: one palette for the whole app, switched at once.

Every colour in the app comes from the palette (the style sheet uses ``palette(...)``, the
Markdown view asks :func:`code_colors`), so a theme is only a palette. "system" gives back
the platform's own palette and style.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QProxyStyle, QStyle, QStyleFactory

from chatapp.i18n import resources_dir

THEMES = ("system", "light", "dark")
_system: dict[str, str] = {}  # the platform's style name, remembered before the first change

# the fit badges and other states: (light theme, dark theme) colours with white text
STATUS_COLORS = {
    "good": ("#1e8449", "#2e9d5b"),
    "warn": ("#b9770e", "#b7791f"),
    "bad": ("#c0392b", "#c0443a"),
}

_DARK = {
    QPalette.ColorRole.Window: "#2b2b2f",
    QPalette.ColorRole.WindowText: "#e8e8ea",
    QPalette.ColorRole.Base: "#1f1f23",
    QPalette.ColorRole.AlternateBase: "#303036",
    QPalette.ColorRole.ToolTipBase: "#3a3a40",
    QPalette.ColorRole.ToolTipText: "#f0f0f2",
    QPalette.ColorRole.PlaceholderText: "#a0a0a8",
    QPalette.ColorRole.Text: "#e8e8ea",
    QPalette.ColorRole.Button: "#36363c",
    QPalette.ColorRole.ButtonText: "#e8e8ea",
    QPalette.ColorRole.BrightText: "#ff7b72",
    QPalette.ColorRole.Light: "#55555c",
    QPalette.ColorRole.Midlight: "#404047",
    QPalette.ColorRole.Mid: "#5c5c64",
    QPalette.ColorRole.Dark: "#18181b",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: "#3d7bd9",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#79b0ff",
    QPalette.ColorRole.LinkVisited: "#c39bff",
}
_DARK_DISABLED = {  # (about 3:1 on a button: readable, and still unlike enabled text)
    QPalette.ColorRole.WindowText: "#9c9ca4",
    QPalette.ColorRole.Text: "#9c9ca4",
    QPalette.ColorRole.ButtonText: "#9c9ca4",
    QPalette.ColorRole.Highlight: "#4a4a52",
    QPalette.ColorRole.HighlightedText: "#a0a0a8",
}


# a dark menu: a shade lighter than the chat area under it (#1f1f23; Fusion fills menus with
# the Base colour 8% lighter) and outlined in the fields' grey (Fusion's outline, the Window a
# shade darker, vanished on the dark window and chat area)
MENU_BASE_DARK = "#2a2a30"
MENU_BORDER_DARK = "#74747c"
_MENU_CONTROLS = (QStyle.ControlElement.CE_MenuItem, QStyle.ControlElement.CE_MenuEmptyArea,
                  QStyle.ControlElement.CE_MenuScroller, QStyle.ControlElement.CE_MenuTearoff)


@contextmanager
def _palette_for(option, **colors: str) -> Iterator[None]:
    """Draw with option's palette where each role named (Window, Base…) has that colour."""
    palette = QPalette(option.palette)
    for role, color in colors.items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(color))
    kept, option.palette = option.palette, palette
    try:
        yield
    finally:
        option.palette = kept


class _FusionStyle(QProxyStyle):
    """Fusion, where a dark menu stands out from what is under it.

    Fusion outlines a menu and its check boxes with the palette's Window a shade darker,
    which vanishes on a dark window; there a menu is drawn on a lighter Base
    (MENU_BASE_DARK) with a light outline (MENU_BORDER_DARK), and its check box with a light
    Window (#c4c4cf, an outline of #8c8c94). Only menus: a palette for all menus would also
    colour combo box popups, whose rows Qt fills with the menus' Window.
    """

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802
        dark_menu = isinstance(widget, QMenu) and is_dark(option.palette)
        if element == QStyle.PrimitiveElement.PE_IndicatorCheckBox and dark_menu:
            with _palette_for(option, Window="#c4c4cf"):
                super().drawPrimitive(element, option, painter, widget)
            return
        if element in (QStyle.PrimitiveElement.PE_PanelMenu,
                       QStyle.PrimitiveElement.PE_FrameMenu) and dark_menu:
            with _palette_for(option, Base=MENU_BASE_DARK):
                super().drawPrimitive(element, option, painter, widget)
            painter.save()
            painter.setPen(QColor(MENU_BORDER_DARK))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
            painter.restore()
            return
        super().drawPrimitive(element, option, painter, widget)

    def drawControl(self, element, option, painter, widget=None) -> None:  # noqa: N802
        if element in _MENU_CONTROLS and isinstance(widget, QMenu) and is_dark(option.palette):
            with _palette_for(option, Base=MENU_BASE_DARK):
                super().drawControl(element, option, painter, widget)
            return
        super().drawControl(element, option, painter, widget)


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether a palette (default: the application's) has light text on a dark window."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def status_color(kind: str) -> str:
    """A state's colour ("good", "warn", "bad") for the theme in use, as #rrggbb."""
    light, dark = STATUS_COLORS[kind]
    return dark if is_dark() else light


def apply_theme(app: QApplication, choice: str) -> str:
    """Use the "light", "dark" or "system" colours now; returns "light" or "dark" as shown.

    The style sheet is applied again so that its ``palette(...)`` colours follow.
    """
    if "style" not in _system:
        _system["style"] = app.style().name()
    if choice in ("light", "dark"):
        if not isinstance(app.style(), _FusionStyle):
            app.setStyle(_FusionStyle())
        if choice == "dark":
            palette = QPalette()
            for role, color in _DARK.items():
                palette.setColor(role, QColor(color))
            for role, color in _DARK_DISABLED.items():
                palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(color))
        else:
            palette = QStyleFactory.create("Fusion").standardPalette()  # light: Fusion's own
        app.setPalette(palette)
    else:
        if (isinstance(app.style(), _FusionStyle)
                or app.style().name().lower() != _system["style"].lower()):
            app.setStyle(_system["style"])
        app.setPalette(QPalette())  # the platform's own
    shown = "dark" if is_dark(app.palette()) else "light"
    app.setStyleSheet(style_sheet(shown == "dark" and choice == "dark"))
    return shown


def style_sheet(dark: bool) -> str:
    """The app's style sheet; with dark, the rules that make the dark palette's field and check
    box outlines visible (Fusion's are a shade darker than the window)."""
    themes = resources_dir() / "themes"
    parts = [themes / "app.qss", *([themes / "dark.qss"] if dark else [])]
    text = "\n".join(p.read_text(encoding="utf-8") for p in parts if p.is_file())
    for name, file in (("CHECK", "check-dark.svg"), ("UP", "arrow-up-dark.svg"),
                       ("DOWN", "arrow-down-dark.svg")):
        text = text.replace(f"url({name})", f"url(\"{(themes / file).as_posix()}\")")
    return text


def install_theme_menu(parent_menu: QMenu, settings, save: Callable[[], None]) -> QMenu:
    """Add Appearance (System / Light / Dark) to a menu; a choice is stored with save()
    and applied at once."""
    translate = QCoreApplication.translate
    menu = parent_menu.addMenu(translate("Theme", "&Appearance"))
    group = QActionGroup(menu)
    names = {"system": translate("Theme", "Like the &system"),
             "light": translate("Theme", "&Light"), "dark": translate("Theme", "&Dark")}
    current = settings.theme if settings.theme in THEMES else "system"

    def choose(choice: str) -> None:
        settings.theme = choice
        save()
        app = QApplication.instance()
        if app is not None:
            apply_theme(app, choice)

    for choice in THEMES:
        action = menu.addAction(names[choice])
        action.setCheckable(True)
        action.setChecked(choice == current)
        action.setData(choice)
        group.addAction(action)
        action.triggered.connect(lambda _=False, c=choice: choose(c))
    return menu
