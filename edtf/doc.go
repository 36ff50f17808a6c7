// Package edtf parses and formats the Extended Date/Time Format (EDTF) of
// the Library of Congress, which ISO 8601-2:2019 took over as its Annex A.
// It supports levels 0 and 1 in full and rejects level 2 with a
// *SyntaxError whose message starts with "level 2 feature not supported".
//
// # What is supported
//
// Level 0 is the ISO 8601 subset every implementation must read:
//
//   - dates of year, month or day precision: 1985, 1985-04, 1985-04-12
//     (four-digit years 0000-9999; months and days checked against the
//     proleptic Gregorian calendar, so 2021-02-29 is an error);
//   - a date with a time of day, 1985-04-12T23:20:30, optionally followed
//     by Z, ±hh or ±hh:mm; the time is kept and formatted back, and the day
//     counts as the date's day;
//   - intervals of two dates, 1964/2008, 2004-02-01/2005.
//
// Level 1 adds:
//
//   - years of more than four digits with a Y prefix: Y170000002,
//     Y-170000002 (at most nine digits here);
//   - negative years: -1985 (year 0 exists; -0000 does not);
//   - seasons in place of a month: 2001-21 spring, -22 summer, -23 autumn,
//     -24 winter;
//   - a qualifier ending a date: 1984? uncertain, 2004-06~ approximate,
//     2004-06-11% both;
//   - unspecified digits X: 201X (a decade), 20XX (a century), 2004-XX,
//     1985-04-XX, 1985-XX-XX;
//   - extended intervals: an open end written "..", as in 1985-04-12/.. and
//     ../1985, an unknown end written as nothing, as in 1985/ and /1985, and
//     qualified dates at either end, as in 1984?/2004-06~.
//
// # Choices where the specification leaves room
//
// Intervals take dates only: a time of day in an interval is an error, as
// level 0 says. An interval needs at least one date, so "/", "../..", "/.."
// and "../" are errors (no level 1 example has them). Unspecified digits in
// an interval endpoint, as in 2004-06-XX/2004-07-03, are a level 2 example
// of the specification and rejected as level 2. Seasons, negative and
// Y-prefixed years may be interval endpoints; qualifiers may follow seasons,
// Y-prefixed years and dates with X digits, but not a time of day. The Y
// prefix is accepted only for years of more than four digits, without
// leading zeros, and plain years of more than four digits are errors. A
// time of day must have seconds (00-60, 60 being a leap second), no
// fractions, and a zone offset hour 00-23; -00 and -00:00 are errors.
// Whitespace is never accepted; trim input first. Lower-case x, y, t and z
// are accepted; the "u", "open" and "unknown" of the 2012 draft are not.
//
// An interval whose end is certainly before its start, that is whose end's
// last day is before its start's first day (2011/2004), is an error.
//
// # Canonical form
//
// String returns a canonical form, and parsing it gives back an equal
// value (==). It is what people usually write: upper-case X, Y, T and Z; a
// four-digit year with a minus sign when negative, a Y prefix only beyond
// four digits; two-digit months, seasons and days; the zone as written (Z,
// ±hh or ±hh:mm); the qualifier last. A single date formats as the date, an
// interval as start/end, an open end as ".." and an unknown end as nothing.
//
// # Strict and fuzzy ranges
//
// Every Date and Interval maps to two ranges of days (type Day, days since
// 1970-01-01). Strict is what the expression certainly covers: 2021-06 is
// 2021-06-01..2021-06-30, 199X is 1990-01-01..1999-12-31, winter 2001-24
// is 2001-12-01..2002-02-28, 2004-XX is all of 2004. Fuzzy widens Strict
// when a date is uncertain or approximate: by one year on each side at year
// precision or coarser (decade, century), by one month at month or season
// precision, by seven days at day precision, so 2018~ is
// 2017-01-01..2019-12-31 and 2004-06~ is 2004-05-01..2004-07-31.
//
// An interval's strict range runs from its start's first strict day to its
// end's last strict day. An open end is unbounded (MinDay or MaxDay). An
// unknown end is only known to lie beyond the known date, so the strict
// range stops at that date: 1985/ is strictly 1985-01-01..1985-12-31. An
// interval's fuzzy range runs from its start's first fuzzy day to its end's
// last fuzzy day, and is unbounded at open and unknown ends.
package edtf
