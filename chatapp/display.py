"""Whether the window has a display to open on (Linux): Qt aborts the process with an
English message when its platform plugin cannot connect, so the command checks first.

No Qt here: this runs before Qt is loaded."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import socket
from pathlib import Path

from chatapp.errors import QT_TRANSLATE_NOOP, UserError

NO_DISPLAY = QT_TRANSLATE_NOOP(
    "errors", "There is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not "
    "set). Run chatapp in a desktop session, or use `chatapp chat` in this terminal.")
UNREACHABLE = QT_TRANSLATE_NOOP(
    "errors", "The display {display} cannot be reached: no display server answers there or it "
    "refuses this program. Run chatapp in a desktop session, or use `chatapp chat` in this "
    "terminal.")

_X_PLATFORMS = {"xcb"}
_WAYLAND_PLATFORMS = {"wayland", "wayland-egl"}


def x_display_answers(display: str) -> bool | None:
    """Whether an X server accepts a connection at display (":0", "host:1.0"): True, False,
    or None when libxcb cannot be loaded (then Qt's xcb plugin could not run either and
    says so itself). Connects and disconnects at once; no window is made."""
    name = ctypes.util.find_library("xcb") or "libxcb.so.1"
    try:
        xcb = ctypes.CDLL(name)
    except OSError:
        return None
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return xcb.xcb_connection_has_error(connection) == 0
    finally:
        xcb.xcb_disconnect(connection)  # also frees the error object xcb_connect returns


def wayland_display_answers(display: str) -> bool:
    """Whether a Wayland compositor listens at display (a socket name in XDG_RUNTIME_DIR,
    or an absolute path)."""
    path = Path(display)
    if not path.is_absolute():
        path = Path(os.environ.get("XDG_RUNTIME_DIR", "")) / display
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(5)
        try:
            sock.connect(str(path))
        except OSError:
            return False
    return True


def check_display() -> None:
    """Raise UserError(NO_DISPLAY) when neither DISPLAY nor WAYLAND_DISPLAY is set, and
    UserError(UNREACHABLE, display=…) when the ones Qt would use are set but none answers.
    A QT_QPA_PLATFORM other than xcb or wayland (offscreen, vnc…) is left to Qt."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    names = {part.split(":")[0].strip().lower() for part in platform.split(";") if part.strip()}
    if names - _X_PLATFORMS - _WAYLAND_PLATFORMS:
        return
    x_display = os.environ.get("DISPLAY", "") if not names or names & _X_PLATFORMS else ""
    wayland = (os.environ.get("WAYLAND_DISPLAY", "")
               if not names or names & _WAYLAND_PLATFORMS else "")
    if not x_display and not wayland:
        if not platform:
            raise UserError(NO_DISPLAY)
        return  # a platform asked for without its display: Qt's own words
    if wayland and wayland_display_answers(wayland):
        return
    if x_display and x_display_answers(x_display) is not False:
        return
    raise UserError(UNREACHABLE, display=x_display or wayland)
