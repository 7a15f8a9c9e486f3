//! Temporal expressions and their resolution against a publication date.
//!
//! News rarely writes full dates. "On Thursday" in a story published on a
//! Thursday is that day; "in November" in an April story is last November,
//! unless the verb is in the future. The finder reads the words; resolution
//! needs the publication date and the tense of the clause, which the
//! extractor supplies.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use crate::extract::words::TIME_OPENERS;
use crate::model::When;
use crate::text::Token;

/// The tense of the clause an expression belongs to; it decides whether a
/// bare weekday or month points back or forward.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
    Future,
}

/// What a temporal expression says, before resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeKind {
    /// A full date.
    Date(NaiveDate),
    /// Month and day without a year ("April 6").
    MonthDay(u32, u32),
    /// Month and year ("April 2023").
    MonthYear(i32, u32),
    /// A bare month ("in November").
    Month(u32),
    /// A bare year ("in 2019").
    Year(i32),
    /// A day of the month alone ("on the 6th").
    DayOfMonth(u32),
    /// A weekday, with an explicit shift: -1 last, 0 plain, 1 next.
    Weekday(Weekday, i8),
    /// Days from publication (yesterday -1, today 0, tomorrow 1).
    DayOffset(i64),
    /// Weeks from publication, month precision ("last week").
    WeekOffset(i64),
    /// A weekday of a week counted from publication's (weeks run Monday
    /// to Sunday): "on Thursday last week", "last week on Tuesday",
    /// "Tuesday of next week".
    WeekdayOfWeek(Weekday, i64),
    /// Months from publication ("last month", "earlier this month").
    MonthOffset(i32),
    /// Years from publication ("last year", "two years ago").
    YearOffset(i32),
    /// The publication day so many months back ("three years ago today",
    /// "a year ago this week" is month precision and not this).
    DayMonthsBack(i32),
    /// Days from the story's reference day, the last day the text fixed
    /// ("later that day" 0, "the next day" 1, "a day earlier" -1).
    RefOffset(i64),
    /// The year the story last named ("later that year", "the same year").
    StoryYear,
    /// A month of the year the story last named ("in July that year").
    StoryMonth(u32),
    /// A day of the year the story last named ("on November 17 that year").
    StoryMonthDay(u32, u32),
    /// A month, and perhaps a day, of a year counted from publication
    /// ("in August this year", "on July 1 last year").
    MonthInYear(u32, Option<u32>, i32),
    /// So many days, months or years after (or, negative, before) the
    /// date the story last told an event on ("a month later", "two weeks
    /// later", "three years earlier"); the extractor passes that date as
    /// the anchor, and keeps its precision if coarser.
    Later(Span, i32),
    /// "two days after", "three weeks before": so long after (or, negative,
    /// before) the act of the clause that follows, which is what it dates
    /// ("on January 29, two days after the M23 captured Goma"); alone it
    /// fixes no day.
    Gap(Span, i32),
}

/// The unit of a [`TimeKind::Later`] shift, which is also the finest
/// precision it can give.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    Days,
    Months,
    Years,
}

impl TimeKind {
    /// Whether the expression counts from the story's own year, not from
    /// publication: the extractor passes January 1 of that year as the
    /// anchor.
    pub fn from_story_year(self) -> bool {
        matches!(
            self,
            TimeKind::StoryYear | TimeKind::StoryMonth(_) | TimeKind::StoryMonthDay(..)
        )
    }

    /// The year an explicit expression names, for "that year" later on.
    pub fn named_year(self) -> Option<i32> {
        match self {
            TimeKind::Date(d) => Some(d.year()),
            TimeKind::MonthYear(y, _) | TimeKind::Year(y) => Some(y),
            _ => None,
        }
    }
}

/// "that year", "the same year", "of that year" at `i`: the tokens it
/// spans.
fn story_year_at(t: &[Token], i: usize) -> Option<usize> {
    let mut k = i;
    if lw(t, k) == "of" {
        k += 1;
    }
    match (lw(t, k), lw(t, k + 1), lw(t, k + 2)) {
        ("that", "year", _) => Some(k + 2 - i),
        ("the", "same", "year") => Some(k + 3 - i),
        _ => None,
    }
}

/// "this year", "last year", "next year" at `i`: the years from
/// publication.
fn pub_year_at(t: &[Token], i: usize) -> Option<i32> {
    if lw(t, i + 1) != "year" {
        return None;
    }
    match lw(t, i) {
        "this" => Some(0),
        "last" => Some(-1),
        "next" => Some(1),
        _ => None,
    }
}

/// A month-and-day expression ending at `end`, with the year that may
/// follow it ("July 1 this year", "November 17 that year").
fn month_day_then_year(t: &[Token], end: usize, m: u32, d: u32) -> (usize, TimeKind) {
    if let Some(off) = pub_year_at(t, end) {
        return (end + 2, TimeKind::MonthInYear(m, Some(d), off));
    }
    if let Some(n) = story_year_at(t, end) {
        return (end + n, TimeKind::StoryMonthDay(m, d));
    }
    (end, TimeKind::MonthDay(m, d))
}

/// An expression found in a sentence: tokens `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeExpr {
    pub start: usize,
    pub end: usize,
    pub kind: TimeKind,
}

/// The month a name or abbreviation (lowercase) stands for. A `match`
/// rather than a table searched in order: it is asked of every capitalised
/// word, and compiles to a test of the length and a few comparisons.
pub(crate) fn month_named(w: &str) -> Option<u32> {
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" => 6,
        "july" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// Whether a lowercase word is a weekday written out ("tuesday").
pub(crate) fn is_weekday_name(w: &str) -> bool {
    w.len() > 5 && weekday_named(w).is_some()
}

/// The weekday a name or abbreviation (lowercase) stands for: our own
/// table, since chrono's `Weekday` does not parse "thurs". A `match` for
/// the reason [`month_named`] is.
fn weekday_named(w: &str) -> Option<Weekday> {
    Some(match w {
        "monday" | "mon" => Weekday::Mon,
        "tuesday" | "tue" | "tues" => Weekday::Tue,
        "wednesday" | "wed" => Weekday::Wed,
        "thursday" | "thu" | "thur" | "thurs" => Weekday::Thu,
        "friday" | "fri" => Weekday::Fri,
        "saturday" | "sat" => Weekday::Sat,
        "sunday" | "sun" => Weekday::Sun,
        _ => return None,
    })
}

const NUMBER_WORDS: &[(&str, i64)] = &[
    ("a", 1),
    ("an", 1),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("several", 3),
    // Anniversaries: "Thirty years ago today", "twenty-five years ago".
    ("fifteen", 15),
    ("twenty", 20),
    ("twenty-five", 25),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
];

fn month(t: &Token) -> Option<u32> {
    // "in mid-November": the month, written out, is date enough. (Asked
    // of many words: the byte tests first.)
    if matches!(t.lower.as_bytes().first(), Some(b'm' | b'e' | b'l'))
        && t.lower.as_bytes().contains(&b'-')
    {
        for part in ["mid-", "early-", "late-"] {
            if let Some(rest) = t.lower.strip_prefix(part) {
                return month_named(rest)
                    .filter(|_| rest.len() > 4 || rest == "june" || rest == "july");
            }
        }
    }
    // Abbreviations only when capitalised, and "May" only as a date word
    // when written with a capital (the modal "may" is lowercase).
    if !t.is_capitalized() {
        return None;
    }
    let w = t.lower.trim_end_matches('.');
    month_named(w)
}

fn weekday(t: &Token) -> Option<Weekday> {
    if !t.is_capitalized() {
        return None;
    }
    let w = t.lower.trim_end_matches('.');
    // Short forms only with a full stop or as the full word.
    weekday_named(w).filter(|_| w.len() > 4 || t.text.ends_with('.') || w.ends_with("day"))
}

fn day_number(t: &Token) -> Option<u32> {
    day_of(t.lower_str())
}

/// [`day_number`] of a word or a part of one ("6" of "6-7").
fn day_of(w: &str) -> Option<u32> {
    // What `parse` accepts starts with a digit or '+', and stripping a
    // suffix keeps the first byte: most words stop here.
    if !w
        .as_bytes()
        .first()
        .is_some_and(|b| b.is_ascii_digit() || *b == b'+')
    {
        return None;
    }
    let digits = w
        .strip_suffix("st")
        .or_else(|| w.strip_suffix("nd"))
        .or_else(|| w.strip_suffix("rd"))
        .or_else(|| w.strip_suffix("th"))
        .unwrap_or(w);
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

/// Whether a time phrase found by [`find`] is a span of days ("from 6 to
/// 10 October", "June 6-7").
pub fn is_day_span(tokens: &[Token], t: &TimeExpr) -> bool {
    (t.start..t.end).any(|k| day_range(tokens, k).is_some())
}

/// A span of days at `i`, "6-7", "6 - 7", "6 and 7", "6 to 7": its first
/// day and the index after it.
fn day_range(t: &[Token], i: usize) -> Option<(u32, usize)> {
    let tok = t.get(i)?;
    if let Some((a, b)) = tok.text.split_once(['-', '\u{2011}']) {
        let first = day_of(a)?;
        let last = day_of(b)?;
        return (first < last).then_some((first, i + 1));
    }
    let first = day_number(tok)?;
    if !matches!(
        lw(t, i + 1),
        "-" | "\u{2013}" | "\u{2014}" | "to" | "and" | "through"
    ) {
        return None;
    }
    let last = t.get(i + 2).and_then(day_number)?;
    (first < last).then_some((first, i + 3))
}

fn year_number(t: &Token) -> Option<i32> {
    if t.text.len() != 4 {
        return None;
    }
    let y: i32 = t.text.parse().ok()?;
    (1900..=2100).contains(&y).then_some(y)
}

fn count(t: &Token) -> Option<i64> {
    if let Ok(n) = t.lower.parse::<i64>() {
        return (0..=100).contains(&n).then_some(n);
    }
    NUMBER_WORDS
        .iter()
        .find(|(w, _)| *w == t.lower)
        .map(|&(_, n)| n)
}

/// Finds the temporal expressions in a sentence's tokens, left to right,
/// without overlaps.
pub fn find(tokens: &[Token]) -> Vec<TimeExpr> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !may_start(&tokens[i]) {
            i += 1;
            continue;
        }
        if let Some((end, kind)) = match_at(tokens, i) {
            out.push(TimeExpr {
                start: i,
                end,
                kind,
            });
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// Cheap test before [`match_at`], which most tokens fail after a dozen
/// comparisons: a time expression starts with a number or a sign (counts,
/// days, years, ISO dates), one of the few words the rules open with
/// ([`TIME_OPENERS`], a bit of the token's class mask), or a weekday or
/// month name. Keep in step with [`match_at`] and [`explicit`].
fn may_start(t: &Token) -> bool {
    if starts_numeric(t) {
        return true;
    }
    if TIME_OPENERS.has(t) {
        return true;
    }
    // Of the rules, only a weekday or a month is left to open with any
    // other word. Every capitalised word used to go through all the rules:
    // names are a tenth of the tokens.
    // Every weekday and month name begins with one of these letters: one
    // byte test passes over most capitalised words before the two lookups.
    t.is_capitalized()
        && matches!(
            t.lower.as_bytes().first(),
            Some(b'a' | b'd' | b'f' | b'j' | b'm' | b'n' | b'o' | b's' | b't' | b'w')
        )
        && (weekday(t).is_some() || month(t).is_some())
        // "mid-November", "early-March".
        || matches!(t.lower.as_bytes().first(), Some(b'm' | b'e' | b'l'))
            && t.lower.as_bytes().contains(&b'-')
            && month(t).is_some()
}

fn lw<'t>(tokens: &'t [Token], i: usize) -> &'t str {
    tokens.get(i).map(|t| t.lower_str()).unwrap_or("")
}

fn match_at(t: &[Token], i: usize) -> Option<(usize, TimeKind)> {
    let w = lw(t, i);
    // Relative words.
    match w {
        "yesterday" => return Some((i + 1, TimeKind::DayOffset(-1))),
        "today" | "tonight" => return Some((i + 1, TimeKind::DayOffset(0))),
        "tomorrow" => return Some((i + 1, TimeKind::DayOffset(1))),
        _ => {}
    }
    if w == "this" && matches!(lw(t, i + 1), "morning" | "afternoon" | "evening") {
        return Some((i + 2, TimeKind::DayOffset(0)));
    }
    if w == "last" && lw(t, i + 1) == "night" {
        return Some((i + 2, TimeKind::DayOffset(-1)));
    }
    // Relative to the story's own reference day.
    if matches!(w, "that" | "same")
        && matches!(
            lw(t, i + 1),
            "day" | "morning" | "afternoon" | "evening" | "night"
        )
    {
        return Some((i + 2, TimeKind::RefOffset(0)));
    }
    if w == "the" && matches!(lw(t, i + 1), "same") && lw(t, i + 2) == "day" {
        return Some((i + 3, TimeKind::RefOffset(0)));
    }
    if w == "the"
        && matches!(lw(t, i + 1), "next" | "following")
        && matches!(lw(t, i + 2), "day" | "morning" | "evening")
    {
        return Some((i + 3, TimeKind::RefOffset(1)));
    }
    if w == "the" && matches!(lw(t, i + 1), "previous" | "preceding") && lw(t, i + 2) == "day" {
        return Some((i + 3, TimeKind::RefOffset(-1)));
    }
    // "had spoken with Nyusi the previous week", "the following week":
    // a week from the date the story last told an event on.
    if w == "the"
        && matches!(lw(t, i + 1), "previous" | "preceding" | "following")
        && matches!(lw(t, i + 2), "week" | "weekend")
    {
        let n = if lw(t, i + 1) == "following" { 7 } else { -7 };
        return Some((i + 3, TimeKind::Later(Span::Days, n)));
    }
    if w == "the" && lw(t, i + 1) == "day" && lw(t, i + 2) == "before" {
        return Some((i + 3, TimeKind::RefOffset(-1)));
    }
    // "The day after the signing, Somalia recalled": as "a day after".
    if w == "the" && lw(t, i + 1) == "day" && lw(t, i + 2) == "after" {
        return Some((i + 3, TimeKind::RefOffset(1)));
    }
    if matches!(w, "a" | "one")
        && lw(t, i + 1) == "day"
        && matches!(lw(t, i + 2), "later" | "earlier" | "after" | "before")
    {
        let n = if matches!(lw(t, i + 2), "later" | "after") {
            1
        } else {
            -1
        };
        return Some((i + 3, TimeKind::RefOffset(n)));
    }
    // "later that year", "that same year", "the same year".
    if matches!(w, "later" | "earlier") {
        if let Some(n) = story_year_at(t, i + 1) {
            return Some((i + 1 + n, TimeKind::StoryYear));
        }
    }
    if w == "that" && lw(t, i + 1) == "same" && lw(t, i + 2) == "year" {
        return Some((i + 3, TimeKind::StoryYear));
    }
    // "that November Egypt expelled": a month of the year the story last
    // named.
    if w == "that" {
        if let Some(m) = t.get(i + 1).and_then(month) {
            return Some((i + 2, TimeKind::StoryMonth(m)));
        }
    }
    if matches!(w, "that" | "the") && i > 0 && matches!(lw(t, i - 1), "in" | "during") {
        if let Some(n) = story_year_at(t, i) {
            return Some((i + n, TimeKind::StoryYear));
        }
    }
    // last/next/this + unit or weekday
    if let Some(shift) = relative_shift(w) {
        let u = lw(t, i + 1);
        // "last week on Tuesday", "last week, on Tuesday": the day itself.
        if u == "week" {
            let mut k = i + 2;
            if lw(t, k) == "," {
                k += 1;
            }
            if lw(t, k) == "on" {
                k += 1;
            }
            if k > i + 2 || weekday_named(lw(t, k)).is_some() {
                if let Some(d) = t.get(k).and_then(weekday) {
                    return Some((k + 1, TimeKind::WeekdayOfWeek(d, shift)));
                }
            }
            // "last week, on the 19th": the day of the month says which.
            if k == i + 4 {
                if let Some(x) = ordinal_day(t, k) {
                    return Some(x);
                }
            }
        }
        let kind = match u {
            "week" => Some(TimeKind::WeekOffset(shift)),
            "month" => Some(TimeKind::MonthOffset(shift as i32)),
            "year" => Some(TimeKind::YearOffset(shift as i32)),
            "weekend" => Some(TimeKind::WeekOffset(shift.min(0))),
            _ => None,
        };
        if let Some(k) = kind {
            return Some((i + 2, k));
        }
        if let Some(tok) = t.get(i + 1) {
            if let Some(d) = weekday(tok) {
                return Some((i + 2, TimeKind::Weekday(d, shift as i8)));
            }
            if let Some(m) = month(tok) {
                // "last April": treat as a bare month with direction.
                let _ = shift;
                return Some((i + 2, TimeKind::Month(m)));
            }
        }
    }
    // "over the weekend", "at the weekend": the one just past, which only
    // its month fixes (Saturday or Sunday, the text does not say).
    if w == "the"
        && lw(t, i + 1) == "weekend"
        && i > 0
        && matches!(lw(t, i - 1), "over" | "at" | "during")
    {
        return Some((i + 2, TimeKind::WeekOffset(0)));
    }
    // earlier/later this week/month/year
    if matches!(w, "earlier" | "later") && lw(t, i + 1) == "this" {
        let kind = match lw(t, i + 2) {
            "week" => Some(TimeKind::WeekOffset(0)),
            "month" => Some(TimeKind::MonthOffset(0)),
            "year" => Some(TimeKind::YearOffset(0)),
            _ => None,
        };
        if let Some(k) = kind {
            return Some((i + 3, k));
        }
    }
    // N days/weeks/months/years ago
    if let Some(n) = t.get(i).and_then(count) {
        // Borrowed: this runs for every "a" and "an" too.
        let unit = lw(t, i + 1).trim_end_matches('s');
        // The span "n units" names, signed: weeks count as days.
        let span = |sign: i32| {
            let n = n as i32 * sign;
            match unit {
                "day" => Some((Span::Days, n)),
                "week" => Some((Span::Days, 7 * n)),
                "month" => Some((Span::Months, n)),
                "year" => Some((Span::Years, n)),
                _ => None,
            }
        };
        // "a month later", "two weeks later", "three years earlier".
        if matches!(lw(t, i + 2), "later" | "earlier") && n > 0 {
            let sign = if lw(t, i + 2) == "later" { 1 } else { -1 };
            if let Some((unit, n)) = span(sign) {
                return Some((i + 3, TimeKind::Later(unit, n)));
            }
        }
        // "two days after", "three weeks before": the act of the clause
        // that follows is dated from the sentence's own time.
        if matches!(lw(t, i + 2), "after" | "before") && n > 0 && t.get(i + 3).is_some() {
            let sign = if lw(t, i + 2) == "after" { 1 } else { -1 };
            if let Some((unit, n)) = span(sign) {
                return Some((i + 3, TimeKind::Gap(unit, n)));
            }
        }
        if lw(t, i + 2) == "ago" {
            // "Three years ago today": the anniversary, to the day.
            if matches!(lw(t, i + 3), "today" | "tonight") && matches!(unit, "month" | "year") {
                let months = if unit == "year" { 12 * n } else { n };
                return Some((i + 4, TimeKind::DayMonthsBack(months as i32)));
            }
            let k = match unit {
                "day" => Some(TimeKind::DayOffset(-n)),
                "week" => Some(TimeKind::DayOffset(-7 * n)),
                "month" => Some(TimeKind::MonthOffset(-n as i32)),
                "year" => Some(TimeKind::YearOffset(-n as i32)),
                _ => None,
            };
            if let Some(k) = k {
                return Some((i + 3, k));
            }
        }
    }
    // Weekday, optionally followed by a part of day, or by a date
    // ("Thursday, April 6").
    if let Some(d) = t.get(i).and_then(weekday) {
        let mut end = i + 1;
        if matches!(lw(t, end), "morning" | "afternoon" | "evening" | "night") {
            end += 1;
        }
        // "on Thursday last week", "Tuesday of next week": that week's day.
        let of = if lw(t, end) == "of" { end + 1 } else { end };
        if lw(t, of + 1) == "week" {
            if let Some(shift) = relative_shift(lw(t, of)) {
                return Some((of + 2, TimeKind::WeekdayOfWeek(d, shift)));
            }
        }
        // A following explicit date wins.
        let skip = if lw(t, end) == "," { end + 1 } else { end };
        if let Some((e2, k2)) = explicit(t, skip) {
            return Some((e2, k2));
        }
        // "on Wednesday (12)": the day of the month in brackets, as
        // Brazilian and Portuguese wire copy writes it.
        if lw(t, end) == "(" && lw(t, end + 2) == ")" {
            if let Some(n) = lw(t, end + 1)
                .parse::<u32>()
                .ok()
                .filter(|n| (1..=31).contains(n))
            {
                return Some((end + 3, TimeKind::DayOfMonth(n)));
            }
        }
        return Some((end, TimeKind::Weekday(d, 0)));
    }
    if let Some(x) = explicit(t, i) {
        return Some(x);
    }
    // "on the 6th"
    if w == "the" && lw(t, i - usize::from(i > 0)) == "on" {
        return ordinal_day(t, i);
    }
    None
}

/// How many units from publication's a "last", "this" or "next" points:
/// "last week" is -1, "this month" 0, "the coming year" 1.
fn relative_shift(w: &str) -> Option<i64> {
    match w {
        "last" | "past" => Some(-1),
        "this" => Some(0),
        "next" | "coming" => Some(1),
        _ => None,
    }
}

/// "the 6th" at `at` (after "on"): the day of the month, and where the
/// phrase ends. Not "the 6th of" (a date with its month follows) nor a
/// bare number ("the 6").
fn ordinal_day(t: &[Token], at: usize) -> Option<(usize, TimeKind)> {
    if lw(t, at) != "the" || lw(t, at + 2) == "of" {
        return None;
    }
    let tok = t.get(at + 1)?;
    if tok.lower.len() <= 2 || tok.lower.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    day_number(tok).map(|d| (at + 2, TimeKind::DayOfMonth(d)))
}

/// Explicit dates: "6 April 2023", "April 6, 2023", "April 6", "6 April",
/// "April 2023", "2023-04-06", a bare month after "in"/"since"/"until", and
/// a bare year after "in".
/// The token starts with a digit or a sign, as a number, a year or an ISO
/// date must (`%Y` is a digit or a sign first, and a token has no white
/// space for chrono to pass over).
fn starts_numeric(t: &Token) -> bool {
    t.text
        .bytes()
        .next()
        .is_some_and(|b| b.is_ascii_digit() || b == b'+' || b == b'-')
}

fn explicit(t: &[Token], i: usize) -> Option<(usize, TimeKind)> {
    let tok = t.get(i)?;
    // ISO date: ten characters, numeric (not the many ten-letter words,
    // which chrono would be asked to parse).
    if tok.text.len() == 10 && starts_numeric(tok) {
        if let Ok(d) = NaiveDate::parse_from_str(tok.text, "%Y-%m-%d") {
            return Some((i + 1, TimeKind::Date(d)));
        }
    }
    // 6 April [2023] / the 6th of April / "6-7 June 2015", "6 and 7
    // June" (a span of days is dated by its first)
    if let Some((d, after)) = day_range(t, i).or_else(|| day_number(tok).map(|d| (d, i + 1))) {
        let mut j = after;
        if lw(t, j) == "of" {
            j += 1;
        }
        if let Some(m) = t.get(j).and_then(month) {
            let mut end = j + 1;
            if lw(t, end) == "," {
                end += 1;
            }
            if let Some(y) = t.get(end).and_then(year_number) {
                return NaiveDate::from_ymd_opt(y, m, d).map(|dt| (end + 1, TimeKind::Date(dt)));
            }
            return Some(month_day_then_year(t, j + 1, m, d));
        }
    }
    // April 6[, 2023] / April 2023 / bare month
    if let Some(m) = month(tok) {
        // "Nov. 8, 2022", "Sept. 2023": an abbreviation's dot.
        let a = if tok.text.len() <= 4 && lw(t, i + 1) == "." {
            i + 2
        } else {
            i + 1
        };
        // ("June 6-7": the first day of the span.)
        let day = day_range(t, a).or_else(|| t.get(a).and_then(day_number).map(|d| (d, a + 1)));
        if let Some((d, after)) = day {
            // "May 5" but not "May 2023".
            if t.get(a).and_then(year_number).is_none() {
                let mut end = after;
                if lw(t, end) == "," {
                    end += 1;
                }
                if let Some(y) = t.get(end).and_then(year_number) {
                    return NaiveDate::from_ymd_opt(y, m, d)
                        .map(|dt| (end + 1, TimeKind::Date(dt)));
                }
                return Some(month_day_then_year(t, after, m, d));
            }
        }
        if let Some(y) = t.get(a).and_then(year_number) {
            return Some((a + 1, TimeKind::MonthYear(y, m)));
        }
        // "in July that year", "in March of the same year".
        if let Some(n) = story_year_at(t, i + 1) {
            return Some((i + 1 + n, TimeKind::StoryMonth(m)));
        }
        // "in August this year", "since March last year".
        if let Some(off) = pub_year_at(t, i + 1) {
            // ("as recently as May last year": "May" after a preposition
            // or "as" is the month, not the modal.)
            if m != 5
                || i > 0
                    && matches!(
                        lw(t, i - 1),
                        "in" | "since" | "until" | "by" | "of" | "as" | "from" | "during"
                    )
            {
                return Some((i + 3, TimeKind::MonthInYear(m, None, off)));
            }
        }
        // A bare month needs a preposition before it, so that "May" the
        // name or modal is not taken for a date.
        let prev = if i > 0 { lw(t, i - 1) } else { "" };
        if matches!(
            prev,
            "in" | "since"
                | "until"
                | "by"
                | "during"
                | "early"
                | "late"
                | "mid"
                | "last"
                | "next"
                | "this"
                | "of"
                | "from"
                | "before"
                | "after"
        ) {
            return Some((i + 1, TimeKind::Month(m)));
        }
        return None;
    }
    // "in 2019"
    if let Some(y) = year_number(tok) {
        let prev = if i > 0 { lw(t, i - 1) } else { "" };
        if matches!(
            prev,
            "in" | "since" | "during" | "until" | "of" | "early" | "late" | "mid"
        ) {
            return Some((i + 1, TimeKind::Year(y)));
        }
    }
    None
}

/// Resolves an expression against the publication date. Expressions
/// relative to the story's reference day use `published` as that day; the
/// extractor passes the reference day instead when it knows one.
pub fn resolve(kind: TimeKind, published: NaiveDate, tense: Tense, raw: &str) -> When {
    // Offsets below are at most a century; far from the calendar's ends
    // plain arithmetic cannot overflow. A publication date out there is
    // nonsense anyway.
    if !(1000..=9000).contains(&published.year()) {
        return resolve_absolute(kind, raw).unwrap_or_else(When::unknown);
    }
    match kind {
        TimeKind::RefOffset(n) => When::day(published + Duration::days(n), raw),
        TimeKind::Gap(..) => When::unknown(),
        TimeKind::Later(Span::Days, n) => When::day(published + Duration::days(n as i64), raw),
        TimeKind::Later(Span::Months, n) => {
            let total = published.year() * 12 + published.month0() as i32 + n;
            match NaiveDate::from_ymd_opt(total.div_euclid(12), total.rem_euclid(12) as u32 + 1, 1)
            {
                Some(d) => When::month(d, raw),
                None => When::unknown(),
            }
        }
        TimeKind::Later(Span::Years, n) => {
            match NaiveDate::from_ymd_opt(published.year() + n, 1, 1) {
                Some(d) => When::year(d, raw),
                None => When::unknown(),
            }
        }
        TimeKind::StoryYear => match NaiveDate::from_ymd_opt(published.year(), 1, 1) {
            Some(d) => When::year(d, raw),
            None => When::unknown(),
        },
        TimeKind::StoryMonth(m) => match NaiveDate::from_ymd_opt(published.year(), m, 1) {
            Some(d) => When::month(d, raw),
            None => When::unknown(),
        },
        TimeKind::StoryMonthDay(m, d) => match NaiveDate::from_ymd_opt(published.year(), m, d) {
            Some(d) => When::day(d, raw),
            None => When::unknown(),
        },
        TimeKind::MonthInYear(m, day, off) => {
            match NaiveDate::from_ymd_opt(published.year() + off, m, day.unwrap_or(1)) {
                Some(d) if day.is_some() => When::day(d, raw),
                Some(d) => When::month(d, raw),
                None => When::unknown(),
            }
        }
        TimeKind::Date(d) => When::day(d, raw),
        TimeKind::MonthDay(m, d) => {
            let this = NaiveDate::from_ymd_opt(published.year(), m, d);
            let Some(this) = this else {
                return When::unknown();
            };
            // A date far ahead of publication is last year's; told in the past
            // tense, so is one more than a week ahead ("On June 29 it banned 59
            // apps", published June 15; a week's grace for datelines and a
            // date that belongs to a clause in the future).
            let ahead = if tense == Tense::Past { 7 } else { 31 };
            let d = if tense != Tense::Future && this > published + Duration::days(ahead) {
                NaiveDate::from_ymd_opt(published.year() - 1, m, d).unwrap_or(this)
            } else if tense == Tense::Future && this + Duration::days(31) < published {
                NaiveDate::from_ymd_opt(published.year() + 1, m, d).unwrap_or(this)
            } else {
                this
            };
            When::day(d, raw)
        }
        TimeKind::MonthYear(y, m) => match NaiveDate::from_ymd_opt(y, m, 1) {
            Some(d) => When::month(d, raw),
            None => When::unknown(),
        },
        TimeKind::Month(m) => {
            let cur = published.month();
            let year = match tense {
                Tense::Future if m < cur => published.year() + 1,
                Tense::Future => published.year(),
                _ if m > cur => published.year() - 1,
                _ => published.year(),
            };
            match NaiveDate::from_ymd_opt(year, m, 1) {
                Some(d) => When::month(d, raw),
                None => When::unknown(),
            }
        }
        TimeKind::Year(y) => match NaiveDate::from_ymd_opt(y, 1, 1) {
            Some(d) => When::year(d, raw),
            None => When::unknown(),
        },
        TimeKind::DayOfMonth(d) => {
            let this = NaiveDate::from_ymd_opt(published.year(), published.month(), d);
            match this {
                Some(x) if tense == Tense::Future || x <= published => When::day(x, raw),
                _ => {
                    let prev = published.with_day(1).map(|f| f - Duration::days(1));
                    match prev.and_then(|p| NaiveDate::from_ymd_opt(p.year(), p.month(), d)) {
                        Some(x) => When::day(x, raw),
                        None => When::unknown(),
                    }
                }
            }
        }
        TimeKind::Weekday(wd, shift) => {
            let pub_wd = published.weekday().num_days_from_monday() as i64;
            let want = wd.num_days_from_monday() as i64;
            let back = (pub_wd - want).rem_euclid(7);
            let fwd = (want - pub_wd).rem_euclid(7);
            let d = match (shift, tense) {
                // "last Thursday" told on a Friday is a week before
                // yesterday: a day earlier in the same week would be
                // "on Thursday" (or "yesterday"), so "last" reaches into
                // the week before.
                (-1, _) if back == 0 || want < pub_wd => published - Duration::days(back + 7),
                (-1, _) => published - Duration::days(back),
                (1, _) => published + Duration::days(if fwd == 0 { 7 } else { fwd }),
                (_, Tense::Future) => published + Duration::days(fwd),
                (_, Tense::Present) if back > 0 && fwd <= 2 => published + Duration::days(fwd),
                _ => published - Duration::days(back),
            };
            When::day(d, raw)
        }
        TimeKind::DayOffset(n) => When::day(published + Duration::days(n), raw),
        TimeKind::WeekOffset(n) => When::month(published + Duration::days(7 * n), raw),
        TimeKind::WeekdayOfWeek(wd, n) => {
            let monday =
                published - Duration::days(published.weekday().num_days_from_monday() as i64);
            let d = monday + Duration::days(7 * n + wd.num_days_from_monday() as i64);
            When::day(d, raw)
        }
        TimeKind::MonthOffset(n) => {
            let total = published.year() * 12 + published.month0() as i32 + n;
            match NaiveDate::from_ymd_opt(total.div_euclid(12), total.rem_euclid(12) as u32 + 1, 1)
            {
                Some(d) => When::month(d, raw),
                None => When::unknown(),
            }
        }
        TimeKind::YearOffset(n) => match NaiveDate::from_ymd_opt(published.year() + n, 1, 1) {
            Some(d) => When::year(d, raw),
            None => When::unknown(),
        },
        TimeKind::DayMonthsBack(n) => {
            match published.checked_sub_months(chrono::Months::new(n.unsigned_abs())) {
                Some(d) => When::day(d, raw),
                None => When::unknown(),
            }
        }
    }
}

/// Resolves an expression that does not need the publication date, for
/// articles that carry none.
pub fn resolve_absolute(kind: TimeKind, raw: &str) -> Option<When> {
    match kind {
        TimeKind::Date(d) => Some(When::day(d, raw)),
        TimeKind::MonthYear(y, m) => NaiveDate::from_ymd_opt(y, m, 1).map(|d| When::month(d, raw)),
        TimeKind::Year(y) => NaiveDate::from_ymd_opt(y, 1, 1).map(|d| When::year(d, raw)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    /// `may_start` lets a token through only if it is in `TIME_OPENERS`
    /// (or a number, a weekday or a month): every word `count` knows must be.
    #[test]
    fn every_number_word_may_open_a_time_phrase() {
        for (w, _) in NUMBER_WORDS {
            assert!(TIME_OPENERS.contains(w), "{w}");
        }
    }

    fn when(text: &str, published: &str, tense: Tense) -> Option<String> {
        let toks = tokenize(text, 0);
        let e = find(&toks).into_iter().next()?;
        let p = NaiveDate::parse_from_str(published, "%Y-%m-%d").unwrap();
        resolve(e.kind, p, tense, "").label()
    }

    const THU: &str = "2023-04-06"; // a Thursday

    #[test]
    fn a_weekday_of_a_named_week_is_that_weeks_day() {
        // THU is Thursday 6 April 2023; last week ran 27 March to 2 April.
        for text in [
            "on Tuesday last week",
            "on Tuesday of last week",
            "last week on Tuesday",
            "last week, on Tuesday",
        ] {
            assert_eq!(
                when(text, THU, Tense::Past).as_deref(),
                Some("2023-03-28"),
                "{text}"
            );
        }
        assert_eq!(
            when("on Monday this week", THU, Tense::Past).as_deref(),
            Some("2023-04-03")
        );
        assert_eq!(
            when("on Friday next week", THU, Tense::Future).as_deref(),
            Some("2023-04-14")
        );
        // "last week" alone stays a month; with the day of the month, a day.
        assert_eq!(
            when("last week", THU, Tense::Past).as_deref(),
            Some("2023-03")
        );
        assert_eq!(
            when("last week, on the 29th", THU, Tense::Past).as_deref(),
            Some("2023-03-29")
        );
    }

    #[test]
    fn the_day_after_is_a_day_after_the_reference() {
        // With no reference day told, the publication day is the anchor.
        assert_eq!(
            when("The day after the signing, Somalia", THU, Tense::Past).as_deref(),
            Some("2023-04-07")
        );
        assert_eq!(
            when("The day before the vote, he", THU, Tense::Past).as_deref(),
            Some("2023-04-05")
        );
    }

    #[test]
    fn an_abbreviated_month_keeps_its_dot() {
        assert_eq!(
            when("on Nov. 8, 2022 he", THU, Tense::Past).as_deref(),
            Some("2022-11-08")
        );
        assert_eq!(
            when("in Sept. 2021 the", THU, Tense::Past).as_deref(),
            Some("2021-09")
        );
    }

    #[test]
    fn the_weekend_just_past_is_its_month() {
        assert_eq!(
            when(
                "set fire to a flag over the weekend",
                "2023-01-24",
                Tense::Past
            )
            .as_deref(),
            Some("2023-01")
        );
        assert_eq!(
            when("met at the weekend", THU, Tense::Past).as_deref(),
            Some("2023-04")
        );
        // Not a time: "the weekend's talks" has no preposition before it.
        assert_eq!(when("the weekend talks", THU, Tense::Past), None);
    }

    #[test]
    fn so_long_after_a_clause_is_a_gap() {
        let toks = tokenize("two days after the M23 captured Goma", 0);
        let e = find(&toks).into_iter().next().map(|e| e.kind);
        assert_eq!(e, Some(TimeKind::Gap(Span::Days, 2)));
        let toks = tokenize("three weeks before the vote", 0);
        let e = find(&toks).into_iter().next().map(|e| e.kind);
        assert_eq!(e, Some(TimeKind::Gap(Span::Days, -21)));
    }

    #[test]
    fn mid_month_is_the_month() {
        assert_eq!(
            when("came to Seoul in mid-November and", THU, Tense::Past).as_deref(),
            Some("2022-11")
        );
        assert_eq!(
            when("a week ago", THU, Tense::Past).as_deref(),
            Some("2023-03-30")
        );
    }

    #[test]
    fn may_last_year_after_as_is_the_month() {
        assert_eq!(
            when("as recently as May last year", THU, Tense::Past).as_deref(),
            Some("2022-05")
        );
    }

    #[test]
    fn a_shift_later_or_earlier_is_found_with_its_unit() {
        let kind = |text: &str| find(&tokenize(text, 0)).first().map(|e| e.kind);
        assert_eq!(
            kind("a month later he"),
            Some(TimeKind::Later(Span::Months, 1))
        );
        assert_eq!(
            kind("two weeks later he"),
            Some(TimeKind::Later(Span::Days, 14))
        );
        assert_eq!(
            kind("three years earlier he"),
            Some(TimeKind::Later(Span::Years, -3))
        );
        // "a day later" stays a day from the story's reference day.
        assert_eq!(kind("a day later he"), Some(TimeKind::RefOffset(1)));
        assert_eq!(
            kind("the previous week ."),
            Some(TimeKind::Later(Span::Days, -7))
        );
        assert_eq!(
            kind("the following weekend ."),
            Some(TimeKind::Later(Span::Days, 7))
        );
    }

    #[test]
    fn years_ago_today_is_a_day() {
        assert_eq!(
            when("three years ago today", THU, Tense::Past).as_deref(),
            Some("2020-04-06")
        );
        assert_eq!(
            when("three years ago", THU, Tense::Past).as_deref(),
            Some("2020")
        );
    }

    #[test]
    fn that_year_counts_from_the_story_year() {
        let kinds = |text: &str| -> Vec<TimeKind> {
            find(&tokenize(text, 0))
                .into_iter()
                .map(|e| e.kind)
                .collect()
        };
        assert_eq!(
            kinds("In July that year Egypt asked"),
            [TimeKind::StoryMonth(7)]
        );
        assert_eq!(
            kinds("on November 17 that year"),
            [TimeKind::StoryMonthDay(11, 17)]
        );
        assert_eq!(
            kinds("on July 1 this year Japan announced"),
            [TimeKind::MonthInYear(7, Some(1), 0)]
        );
        assert_eq!(
            kinds("In August last year the side recalled"),
            [TimeKind::MonthInYear(8, None, -1)]
        );
        let d = NaiveDate::from_ymd_opt(2021, 11, 21).unwrap();
        assert_eq!(
            resolve(TimeKind::MonthInYear(8, None, 0), d, Tense::Past, "")
                .label()
                .unwrap(),
            "2021-08"
        );
        assert_eq!(
            resolve(TimeKind::MonthInYear(7, Some(1), -1), d, Tense::Past, "")
                .label()
                .unwrap(),
            "2020-07-01"
        );
        assert_eq!(
            kinds("in March of the same year"),
            [TimeKind::StoryMonth(3)]
        );
        assert_eq!(kinds("later that year they met"), [TimeKind::StoryYear]);
        assert_eq!(
            kinds("and that November Egypt expelled"),
            [TimeKind::StoryMonth(11)]
        );
        assert_eq!(kinds("in that year"), [TimeKind::StoryYear]);
        // "that year's budget" has no preposition: not a date.
        assert!(kinds("that year's budget").is_empty());
        // The extractor passes January 1 of the story's year as anchor.
        assert_eq!(
            when("In July that year", "2021-01-01", Tense::Past).unwrap(),
            "2021-07"
        );
    }

    #[test]
    fn a_day_in_brackets_after_a_weekday_is_the_date() {
        // Published Thursday 2023-04-06: "Monday (3)" is April 3.
        assert_eq!(
            when("arrived in Shanghai on Monday (3)", THU, Tense::Past).unwrap(),
            "2023-04-03"
        );
    }

    #[test]
    fn weekdays_follow_tense() {
        assert_eq!(
            when("On Thursday he met", THU, Tense::Past).unwrap(),
            "2023-04-06"
        );
        assert_eq!(
            when("on Monday they met", THU, Tense::Past).unwrap(),
            "2023-04-03"
        );
        assert_eq!(
            when("on Friday they will travel", THU, Tense::Future).unwrap(),
            "2023-04-07"
        );
        assert_eq!(
            when("Thursday night", THU, Tense::Present).unwrap(),
            "2023-04-06"
        );
        assert_eq!(
            when("last Thursday", THU, Tense::Past).unwrap(),
            "2023-03-30"
        );
        // Told on a Thursday, "last Wednesday" is not yesterday but the
        // week before; "last Friday" is the Friday just gone.
        assert_eq!(
            when("last Wednesday", THU, Tense::Past).unwrap(),
            "2023-03-29"
        );
        assert_eq!(when("last Friday", THU, Tense::Past).unwrap(), "2023-03-31");
    }

    #[test]
    fn months_point_back_in_the_past_tense() {
        assert_eq!(
            when("he met Biden in November", THU, Tense::Past).unwrap(),
            "2022-11"
        );
        assert_eq!(
            when("he will go in November", THU, Tense::Future).unwrap(),
            "2023-11"
        );
        assert_eq!(when("in March", THU, Tense::Past).unwrap(), "2023-03");
    }

    #[test]
    fn explicit_dates() {
        assert_eq!(
            when("on 6 April 2023", THU, Tense::Past).unwrap(),
            "2023-04-06"
        );
        assert_eq!(
            when("on April 6, 2022", THU, Tense::Past).unwrap(),
            "2022-04-06"
        );
        assert_eq!(when("on April 2", THU, Tense::Past).unwrap(), "2023-04-02");
        assert_eq!(
            when("on December 20", THU, Tense::Past).unwrap(),
            "2022-12-20"
        );
        assert_eq!(when("in April 2021", THU, Tense::Past).unwrap(), "2021-04");
        assert_eq!(when("in 2019", THU, Tense::Past).unwrap(), "2019");
        assert_eq!(when("on the 3rd", THU, Tense::Past).unwrap(), "2023-04-03");
    }

    #[test]
    fn a_span_of_days_is_dated_by_its_first() {
        for text in [
            "on 6-7 June 2015",
            "on 6 and 7 June 2015",
            "from 6 to 7 June 2015",
            "on June 6-7, 2015",
            "on June 6 \u{2013} 7, 2015",
        ] {
            assert_eq!(
                when(text, THU, Tense::Past).unwrap(),
                "2015-06-06",
                "{text}"
            );
        }
        // A score or a backwards pair is no span: only the month is read.
        assert_eq!(
            when("on 7-6 June 2015", THU, Tense::Past).unwrap(),
            "2015-06"
        );
    }

    #[test]
    fn relative_words() {
        assert_eq!(when("yesterday", THU, Tense::Past).unwrap(), "2023-04-05");
        assert_eq!(when("last month", THU, Tense::Past).unwrap(), "2023-03");
        assert_eq!(
            when("earlier this month", THU, Tense::Past).unwrap(),
            "2023-04"
        );
        assert_eq!(when("last year", THU, Tense::Past).unwrap(), "2022");
        assert_eq!(when("two years ago", THU, Tense::Past).unwrap(), "2021");
        assert_eq!(when("last week", THU, Tense::Past).unwrap(), "2023-03");
    }

    #[test]
    fn calendar_edges_do_not_overflow() {
        let far = NaiveDate::MIN;
        assert_eq!(
            resolve(TimeKind::DayOffset(-1), far, Tense::Past, "").label(),
            None
        );
        assert_eq!(
            resolve(
                TimeKind::Weekday(Weekday::Mon, -1),
                NaiveDate::MAX,
                Tense::Past,
                ""
            )
            .label(),
            None
        );
    }

    #[test]
    fn story_relative_days() {
        assert_eq!(
            when("later that day", THU, Tense::Past).unwrap(),
            "2023-04-06"
        );
        assert_eq!(
            when("the next day", THU, Tense::Past).unwrap(),
            "2023-04-07"
        );
        assert_eq!(
            when("a day earlier", THU, Tense::Past).unwrap(),
            "2023-04-05"
        );
    }

    #[test]
    fn may_the_modal_is_not_a_month() {
        assert!(when("they may meet", THU, Tense::Past).is_none());
        assert!(when("Theresa May met", THU, Tense::Past).is_none());
        assert_eq!(when("in May", THU, Tense::Past).unwrap(), "2022-05");
    }
}
