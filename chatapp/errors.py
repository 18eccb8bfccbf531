"""Expected failures that carry a message for the user, translatable by the UI."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802
    """Mark text for translation without importing Qt; the UI translates it later."""
    return text


class UserError(Exception):
    """A known failure (bad file, bad input, no space) with a message meant for the user.

    Attributes:
        template: English message with {named} fields, translated in the context "errors".
        params: values for the fields.
    """

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(self.format(template))

    def format(self, template: str) -> str:
        """The message from a (possibly translated) template."""
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**self.params)
