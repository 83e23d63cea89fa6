"""The calendar's names as English writes them in full: the months and the weekdays, each in order
(January and Monday first). The analysis reads dates by them; the web's timeline labels its axis
with them."""

from __future__ import annotations

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTH_ABBREVIATIONS = tuple(name[:3] for name in MONTH_NAMES)  # "Jan", "Feb", ..., "May", ..., "Dec"
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
