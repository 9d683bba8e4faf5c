"""The console's languages: German and English, chosen from the browser's Accept-Language and
switchable with a cookie; numbers, amounts and dates formatted the way the reader's locale writes
them (Babel's CLDR data: "1’234.50" in Switzerland, "1.234,50" in Germany).

Texts are gettext catalogs (`locale/<lang>/LC_MESSAGES/console.po`), the format translators and
their tools know. The .po files are compiled in memory at start, so there is no build step and no
binary .mo file in the repository.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_datetime
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_currency, format_decimal, format_percent, get_decimal_symbol, get_group_symbol
from babel.support import NullTranslations, Translations

LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "de"
LOCALE_DIR = Path(__file__).with_name("locale")
# The region each language falls back to when the browser names none.
DEFAULT_REGION = {"de": "CH", "en": "GB"}
REGIONS = {"de": ("CH", "DE", "AT", "LI"), "en": ("GB", "US", "CH", "DE", "AT", "IE")}


def load_catalogs() -> dict[str, NullTranslations]:
    """Every language's translations (English is the source language: no catalog)."""
    catalogs: dict[str, NullTranslations] = {"en": NullTranslations()}
    for language in LANGUAGES:
        po_file = LOCALE_DIR / language / "LC_MESSAGES" / "console.po"
        if language == "en" or not po_file.exists():
            continue
        with po_file.open("rb") as handle:
            catalog = read_po(handle, locale=language)
        buffer = io.BytesIO()
        write_mo(buffer, catalog)
        buffer.seek(0)
        catalogs[language] = Translations(buffer)
    return catalogs


def negotiate(accept_language: str | None, chosen: str | None) -> tuple[str, str]:
    """(language, CLDR locale such as de_CH): the cookie's choice, else the browser's first
    language we have, else German. The region comes from the browser where it names one."""
    preferences = _parse_accept_language(accept_language or "")
    language = chosen if chosen in LANGUAGES else next((lang for lang, _ in preferences if lang in LANGUAGES),
                                                        DEFAULT_LANGUAGE)
    region = next((reg for lang, reg in preferences if lang == language and reg in REGIONS[language]),
                  DEFAULT_REGION[language])
    return language, f"{language}_{region}"


def _parse_accept_language(header: str) -> list[tuple[str, str | None]]:
    """'de-CH,de;q=0.9,en;q=0.8' → [('de', 'CH'), ('de', None), ('en', None)], by weight."""
    weighted: list[tuple[float, int, str, str | None]] = []
    for index, part in enumerate(header.split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        if params.strip().startswith("q="):
            try:
                weight = float(params.strip()[2:])
            except ValueError:
                weight = 0.0
        language, _, region = tag.strip().replace("_", "-").partition("-")
        if language and weight > 0:
            weighted.append((-weight, index, language.lower(), region.upper() or None))
    return [(lang, region) for _, _, lang, region in sorted(weighted)]


@dataclass(frozen=True, slots=True)
class Formatter:
    """Numbers, money and times for one reader: their locale and the console's time zone."""

    locale: str
    zone: ZoneInfo
    currency_pattern: str  # the locale's, e.g. "¤ #,##0.00" in de_CH

    @classmethod
    def create(cls, locale: str, zone: ZoneInfo) -> Formatter:
        try:
            parsed = Locale.parse(locale)
        except (ValueError, UnknownLocaleError):
            locale, parsed = "de_CH", Locale.parse("de_CH")
        return cls(locale, zone, parsed.currency_formats["standard"].pattern)

    def number(self, value: int | float | Decimal) -> str:
        return format_decimal(value, locale=self.locale)

    def money(self, amount: Decimal, currency: str, *, precise: bool = False) -> str:
        """An amount in the locale's currency pattern. `precise` keeps up to eight decimals: a
        single request often costs a fraction of a cent, which two decimals would show as 0.00."""
        pattern = self.currency_pattern
        if precise:
            pattern = pattern.replace("0.00", "0.00######")
        text = format_currency(amount, currency, format=pattern, locale=self.locale, currency_digits=False)
        # CLDR writes "CHF1.00" in English (a space only for symbols such as $ would be added by
        # currency spacing rules that Babel does not apply): put the no-break space in.
        if text.startswith(currency) and text[len(currency):len(currency) + 1].isdigit():
            text = f"{currency}\u00a0{text[len(currency):]}"
        return text

    def chart_format(self, currency: str) -> dict[str, str]:
        """What the charts' script needs to write numbers as `number` and `money` do: the locale's
        grouping and decimal symbols, and the text around an amount ("CHF\u00a0" before it in
        de_CH, " CHF" after it in de_DE). The browser's own Intl formats would follow its ICU data
        and its idea of the language, which need not be Babel's (the charts once wrote 4.500 in a
        Swiss German page whose tables wrote 4’256)."""
        marker = Decimal("1.25")
        amount = self.money(marker, currency)
        digits = format_decimal(marker, format="0.00", locale=self.locale)
        prefix, _, suffix = amount.partition(digits)
        return {"group": get_group_symbol(self.locale), "decimal": get_decimal_symbol(self.locale),
                "money_prefix": prefix, "money_suffix": suffix}

    def percent(self, fraction: float) -> str:
        return format_percent(fraction, locale=self.locale)

    def valid_until(self, expires_at: datetime) -> str:
        """A key's expiry as it was given: the last day it is valid when it expires at a midnight
        of the console's time zone (the end of that day), else the date and time."""
        local = expires_at.astimezone(self.zone)
        if (local.hour, local.minute, local.second, local.microsecond) == (0, 0, 0, 0):
            return self.date((local - timedelta(days=1)).date())
        return self.datetime(expires_at)

    def datetime(self, value: datetime | None) -> str:
        if value is None:
            return "–"
        return format_datetime(value.astimezone(self.zone), "short", locale=self.locale)

    def date(self, value: date) -> str:
        return format_date(value, "medium", locale=self.locale)
