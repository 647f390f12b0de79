"""Turning message keys into Vietnamese or English: the one place a language is applied.

A ``Translator`` is made once per command at the edge (``--lang``, ``$CCHC_LANG``; default
Vietnamese) and handed to whatever renders. Values wrapped in ``Label`` are shown as their
label, ``Day`` as ``09/06/2022``; a ``field`` value that is a known label key is translated too.
"""

from __future__ import annotations

from cchc.domain.errors import CchcError, Day, Label, Msg

LANGS = ("vi", "en")


class Translator:
    def __init__(self, lang: str = "vi") -> None:
        if lang not in LANGS:
            raise ValueError(lang)
        self.lang = lang
        self._i = 1 if lang == "en" else 0

    def label(self, key: str) -> str:
        from cchc.render import catalog

        pair = catalog.labels().get(key)
        return pair[self._i] if pair else key

    def msg(self, key: str, **params: object) -> str:
        from cchc.render import catalog

        pair = catalog.messages().get(key)
        if pair is None:
            return key + (" " + repr(params) if params else "")
        return pair[self._i].format(**{k: self._value(k, v) for k, v in params.items()})

    def _value(self, name: str, value: object) -> object:
        if isinstance(value, Label) or (name == "field" and isinstance(value, str)):
            return self.label(value)
        if isinstance(value, Msg):
            return self.msg(value[0], **value[1])
        if isinstance(value, Day):
            return f"{value[8:10]}/{value[5:7]}/{value[:4]}" if len(value) == 10 else str(value)
        return value

    def msg_n(self, key: str, n: int | None = None, **params: object) -> str:
        """``msg`` with a count: the singular form (``key_one``) when ``n == 1`` and one exists."""
        from cchc.render import catalog

        if n is not None:
            params["n"] = n
            if n == 1 and f"{key}_one" in catalog.messages():
                key = f"{key}_one"
        return self.msg(key, **params)

    def label_n(self, key: str, n: int | None = None, **params: object) -> str:
        """``label`` with a count (singular ``key_one`` when ``n == 1``), formatted with ``params``."""
        from cchc.render import catalog

        if n is not None:
            params["n"] = n
            if n == 1 and f"{key}_one" in catalog.labels():
                key = f"{key}_one"
        out = self.label(key)
        return out.format(**params) if params else out

    def error(self, exc: CchcError) -> str:
        return self.msg(exc.key, **exc.params)


def translator(lang: str | None = None) -> Translator:
    return Translator(lang or "vi")
