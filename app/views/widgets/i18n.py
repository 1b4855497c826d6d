"""Loading translations: ours from resources/translations, Qt's own for standard dialogs.

Source strings are English; Simplified Chinese is the default language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.core.paths import resource_path

CATALOG = "refund_evidence"
# The rule engine and the bundle speak "zh" / "en".
RULES_LANG = {"zh_CN": "zh", "en": "en"}
LOCALES = {"zh_CN": QLocale(QLocale.Language.Chinese, QLocale.Script.SimplifiedChineseScript, QLocale.Country.China),
           "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)}


def rules_lang(language: str) -> str:
    return RULES_LANG.get(language, "zh")


def app_catalog(language: str) -> str:
    return str(resource_path("translations", f"{CATALOG}_{language}.qm"))


class LanguageSwitcher:
    """Installs the translators for one language at a time; switching replaces them."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = ""
        self._installed: list[QTranslator] = []

    def apply(self, language: str) -> bool:
        """Install `language`; False if our catalog could not be loaded (English source shows)."""
        self.clear()
        self.language = language
        QLocale.setDefault(LOCALES.get(language, LOCALES["zh_CN"]))
        ours = QTranslator(self.app)
        loaded = ours.load(app_catalog(language))
        if loaded:
            self._install(ours)
        if language != "en":
            qt = QTranslator(self.app)
            if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._install(qt)
        return loaded

    def clear(self) -> None:
        """Remove our translators: the English source strings show."""
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []

    def _install(self, translator: QTranslator) -> None:
        self.app.installTranslator(translator)
        self._installed.append(translator)
