"""Currencies written before a number: symbols with country prefixes ("A$", "NZ$", "£"), ISO codes and
abbreviations ("EUR 40", "RMB 300", "Rs 5 lakh"), and "#" where it stands for the pound sign."""

from __future__ import annotations

import re

CURRENCY_PREFIXES = {
    "US$": "USD", "$": "USD", "C$": "CAD", "A$": "AUD", "NZ$": "NZD", "HK$": "HKD", "R$": "BRL",
    "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₪": "ILS", "AU$": "AUD", "S$": "SGD", "NT$": "TWD",
}  # fmt: skip
# ISO codes and abbreviations written before the number ("EUR 40", "RMB 300", "Rs 5 lakh"): case-sensitive.
CURRENCY_CODES_BEFORE = {
    **{c: c for c in ("USD", "EUR", "GBP", "JPY", "CNY", "CAD", "AUD", "NZD", "HKD", "CHF", "INR", "RUB", "KRW", "BRL",
                      "MXN", "ZAR", "SEK", "NOK", "DKK", "PLN", "ILS", "EGP", "SAR", "AED", "SGD", "TRY", "NGN", "KES",
                      "PKR", "BDT", "IDR", "PHP", "THB", "VND", "ARS", "CLP", "COP", "UAH")},
    # "R" (the rand) is read only as _RAND says
    "RMB": "CNY", "Rs": "INR", "Rs.": "INR", "KSh": "KES", "Ksh": "KES", "R": "ZAR", "₦": "NGN", "₱": "PHP",
    "₩": "KRW", "₽": "RUB", "₺": "TRY", "zł": "PLN",
    # "#" holds the pound sign in British 7-bit text (ISO 646-GB) and texts rebuilt from it; read only before an
    # amount with a scale ("#13 billion", "#8.4bn") or in pounds and pence ("#7.99"), never before a rank ("#1").
    "#": "GBP",
}  # fmt: skip
_HASH_POUND = r"\#(?=\d[\d,]*(?:\.\d+)?[ \u00a0]?(?:million|billion|trillion|bn|mn|m\b)|\d+\.\d\d\b)"
# "R" (the rand) only before an amount with a scale ("R300m", "R 2 billion"), never "Route R 40"
_RAND = r"(?-i:R)(?=[ \u00a0]?\d[\d,]*(?:\.\d+)?[ \u00a0]?(?:million|billion|trillion|bn|mn|m\b))"
CURRENCY_BEFORE_PATTERN = (
    _HASH_POUND
    + "|"
    + _RAND
    + "|(?-i:"
    + "|".join(re.escape(c) for c in sorted(set(CURRENCY_CODES_BEFORE) - {"#", "R"}, key=len, reverse=True))
    + r")(?=[ \u00a0]?\d)|"
    + "|".join(re.escape(c) for c in sorted(CURRENCY_PREFIXES, key=len, reverse=True))
)
