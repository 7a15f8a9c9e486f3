//! The filters every query (and `render`) accepts: relations, a date range,
//! countries, actor kinds and a minimum number of reports.
//!
//! A [`Filter`] is parsed once from the strings a person typed
//! ([`FilterSpec::parse`]) and then asked about each event. Checks that only
//! need the event come first, so that the common case costs no actor lookup;
//! the queries that build an adjacency over the whole graph precompute the
//! per-actor answers instead ([`Filter::actor_country_ok`],
//! [`Filter::actor_kind_ok`]).

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};

use crate::graph::EventGraph;
use crate::model::{Actor, ActorKind, Event, Precision, Relation};

use super::QueryError;

/// Which events a query looks at. The default keeps everything.
///
/// `--kind` keeps events whose actors are all of one of the kinds, *except
/// the actors the query is about*: `neighbors macron --kind person` lists the
/// people Macron dealt with, even though Macron's own kind does not matter,
/// and `top --kind country` ranks countries within the country-to-country
/// graph. `--country` keeps events where either side belongs to one of the
/// countries.
///
/// ```
/// use dipgraph::query::{Filter, FilterSpec};
/// let f = FilterSpec {
///     relations: vec!["visit,meet".into()],
///     until: Some("2023-04".into()),
///     ..FilterSpec::default()
/// }
/// .parse()
/// .unwrap();
/// assert_eq!(f.relations.as_ref().map(|r| r.len()), Some(2));
/// assert_eq!(f.until.unwrap().to_string(), "2023-04-30");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Keep only these relations; `None` keeps all.
    pub relations: Option<BTreeSet<Relation>>,
    /// First day of the range, inclusive.
    pub since: Option<NaiveDate>,
    /// Last day of the range, inclusive.
    pub until: Option<NaiveDate>,
    /// ISO alpha-3 codes, upper case; empty keeps all.
    pub countries: BTreeSet<String>,
    /// Actor kinds; empty keeps all.
    pub kinds: BTreeSet<ActorKind>,
    /// Minimum number of reports (evidence sentences) an event needs.
    pub min_reports: usize,
}

/// The filter options as typed on the command line, before parsing. List
/// options may be repeated and each entry may hold comma-separated values.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FilterSpec {
    pub relations: Vec<String>,
    pub since: Option<String>,
    pub until: Option<String>,
    pub countries: Vec<String>,
    pub kinds: Vec<String>,
    pub min_reports: Option<usize>,
}

impl FilterSpec {
    /// Checks and parses every option, with a message that says what was
    /// expected.
    pub fn parse(&self) -> Result<Filter, QueryError> {
        let mut f = Filter::default();
        let relations = split_list(&self.relations);
        if !relations.is_empty() {
            let mut set = BTreeSet::new();
            for r in relations {
                set.insert(r.parse::<Relation>().map_err(QueryError::BadFilter)?);
            }
            f.relations = Some(set);
        }
        if let Some(s) = &self.since {
            f.since = Some(parse_bound(s, "--since", Bound::Start)?);
        }
        if let Some(s) = &self.until {
            f.until = Some(parse_bound(s, "--until", Bound::End)?);
        }
        if let (Some(a), Some(b)) = (f.since, f.until) {
            if a > b {
                return Err(QueryError::BadFilter(format!(
                    "--since {a} is after --until {b}: nothing can match; swap them?"
                )));
            }
        }
        for c in split_list(&self.countries) {
            if c.len() != 3 || !c.chars().all(|ch| ch.is_ascii_alphabetic()) {
                return Err(QueryError::BadFilter(format!(
                    "--country '{c}' is not an ISO 3166 alpha-3 code such as FRA or USA"
                )));
            }
            f.countries.insert(c.to_ascii_uppercase());
        }
        for k in split_list(&self.kinds) {
            f.kinds
                .insert(k.parse::<ActorKind>().map_err(QueryError::BadFilter)?);
        }
        f.min_reports = self.min_reports.unwrap_or(0);
        Ok(f)
    }
}

fn split_list(items: &[String]) -> Vec<&str> {
    items
        .iter()
        .flat_map(|s| s.split(','))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Bound {
    Start,
    End,
}

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A start bound is the first day
/// of the period named and an end bound its last day, so `--until 2023-04`
/// includes all of April.
fn parse_bound(s: &str, flag: &str, bound: Bound) -> Result<NaiveDate, QueryError> {
    let bad = || {
        QueryError::BadFilter(format!(
            "{flag} '{s}' is not a date: expected a day like 2023-04-06, a month like 2023-04 or a year like 2023"
        ))
    };
    let parts: Vec<&str> = s.trim().split('-').collect();
    let num = |p: &str, len: usize| -> Result<u32, QueryError> {
        if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        p.parse().map_err(|_| bad())
    };
    let year = num(parts[0], 4)? as i32;
    let date = match parts.len() {
        1 => match bound {
            Bound::Start => NaiveDate::from_ymd_opt(year, 1, 1),
            Bound::End => NaiveDate::from_ymd_opt(year, 12, 31),
        },
        2 => {
            let month = num(parts[1], 2)?;
            let first = NaiveDate::from_ymd_opt(year, month, 1);
            match bound {
                Bound::Start => first,
                Bound::End => first.and_then(last_of_month),
            }
        }
        3 => NaiveDate::from_ymd_opt(year, num(parts[1], 2)?, num(parts[2], 2)?),
        _ => None,
    };
    date.ok_or_else(bad)
}

fn last_of_month(first: NaiveDate) -> Option<NaiveDate> {
    let (y, m) = if first.month() == 12 {
        (first.year() + 1, 1)
    } else {
        (first.year(), first.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)?.pred_opt()
}

/// The last day of the period an event's date names.
fn period_end(date: NaiveDate, precision: Precision) -> NaiveDate {
    match precision {
        Precision::Day | Precision::Unknown => date,
        Precision::Month => last_of_month(date).unwrap_or(date),
        Precision::Year => NaiveDate::from_ymd_opt(date.year(), 12, 31).unwrap_or(date),
    }
}

impl Filter {
    /// True when the filter keeps every event (lets queries skip work).
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// Does the event pass, judging the kind of every actor on it?
    pub fn matches(&self, e: &Event, g: &EventGraph) -> bool {
        self.matches_around(e, g, &[])
    }

    /// Does the event pass, when the query is about the actors in `focus`?
    /// Their kind is not judged (see [`Filter`]); everything else is.
    pub fn matches_around(&self, e: &Event, g: &EventGraph, focus: &[&str]) -> bool {
        if !self.matches_event(e) {
            return false;
        }
        if self.countries.is_empty() && self.kinds.is_empty() {
            return true;
        }
        let (s, t) = (g.actor(&e.source), g.actor(&e.target));
        if !self.countries.is_empty()
            && !s.is_some_and(|a| self.actor_country_ok(a))
            && !t.is_some_and(|a| self.actor_country_ok(a))
        {
            return false;
        }
        if !self.kinds.is_empty() {
            for (id, actor) in [(&e.source, s), (&e.target, t)] {
                if focus.contains(&id.as_str()) {
                    continue;
                }
                if !actor.is_some_and(|a| self.actor_kind_ok(a)) {
                    return false;
                }
            }
        }
        true
    }

    /// The checks that need only the event: relation, date range and number
    /// of reports. Undated events fail any date bound, since nothing says
    /// they fall inside it; an event known only to the month or year passes
    /// when its period overlaps the range, since nothing rules it out.
    pub fn matches_event(&self, e: &Event) -> bool {
        if let Some(rs) = &self.relations {
            if !rs.contains(&e.relation) {
                return false;
            }
        }
        if e.evidence.len() < self.min_reports {
            return false;
        }
        if self.since.is_some() || self.until.is_some() {
            let Some(start) = e.when.date.filter(|_| e.when.is_known()) else {
                return false;
            };
            if let Some(until) = self.until {
                if start > until {
                    return false;
                }
            }
            if let Some(since) = self.since {
                if period_end(start, e.when.precision) < since {
                    return false;
                }
            }
        }
        true
    }

    /// Does this actor satisfy `--country` (on its own)?
    pub fn actor_country_ok(&self, a: &Actor) -> bool {
        self.countries.is_empty()
            || a.country
                .as_deref()
                .is_some_and(|c| self.countries.contains(&c.to_ascii_uppercase()))
    }

    /// Does this actor satisfy `--kind`?
    pub fn actor_kind_ok(&self, a: &Actor) -> bool {
        self.kinds.is_empty() || self.kinds.contains(&a.kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::tests::{ev, sample};

    fn spec() -> FilterSpec {
        FilterSpec::default()
    }

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn bounds_cover_whole_periods() {
        let f = FilterSpec {
            since: Some("2023".into()),
            until: Some("2024-02".into()),
            ..spec()
        }
        .parse()
        .unwrap();
        assert_eq!(f.since, Some(d("2023-01-01")));
        assert_eq!(f.until, Some(d("2024-02-29")));
        let f = FilterSpec {
            until: Some("2023-12".into()),
            ..spec()
        }
        .parse()
        .unwrap();
        assert_eq!(f.until, Some(d("2023-12-31")));
    }

    #[test]
    fn bad_options_say_what_was_expected() {
        let cases = [
            (
                FilterSpec {
                    since: Some("April".into()),
                    ..spec()
                },
                "expected a day like",
            ),
            (
                FilterSpec {
                    until: Some("2023-13".into()),
                    ..spec()
                },
                "not a date",
            ),
            (
                FilterSpec {
                    relations: vec!["hug".into()],
                    ..spec()
                },
                "unknown relation 'hug'",
            ),
            (
                FilterSpec {
                    countries: vec!["France".into()],
                    ..spec()
                },
                "alpha-3",
            ),
            (
                FilterSpec {
                    kinds: vec!["robot".into()],
                    ..spec()
                },
                "unknown actor kind",
            ),
            (
                FilterSpec {
                    since: Some("2024".into()),
                    until: Some("2023".into()),
                    ..spec()
                },
                "is after",
            ),
        ];
        for (s, want) in cases {
            let err = s.parse().unwrap_err().to_string();
            assert!(err.contains(want), "{err}");
        }
    }

    #[test]
    fn each_filter_keeps_exactly_the_right_events() {
        let g = sample();
        let keep = |s: FilterSpec| -> Vec<String> {
            let f = s.parse().unwrap();
            g.events()
                .filter(|e| f.matches(e, &g))
                .map(|e| format!("{}-{}-{}", e.source, e.relation, e.target))
                .collect()
        };
        assert_eq!(
            keep(FilterSpec {
                relations: vec!["visit".into(), "meet".into()],
                ..spec()
            }),
            [
                "emmanuel-macron-visit-chn",
                "emmanuel-macron-meet-xi-jinping",
                "joe-biden-meet-xi-jinping",
                "olaf-scholz-visit-chn",
            ]
        );
        assert_eq!(
            keep(FilterSpec {
                relations: vec!["visit,meet".into()],
                ..spec()
            })
            .len(),
            4
        );
        assert_eq!(
            keep(FilterSpec {
                since: Some("2023-04".into()),
                until: Some("2023-04".into()),
                ..spec()
            }),
            [
                "emmanuel-macron-visit-chn",
                "emmanuel-macron-meet-xi-jinping",
                "rus-criticize-fra",
                "xi-jinping-praise-emmanuel-macron",
            ]
        );
        assert_eq!(
            keep(FilterSpec {
                since: Some("2023-04-07".into()),
                ..spec()
            }),
            [
                "joe-biden-meet-xi-jinping",
                "rus-criticize-fra",
                "xi-jinping-praise-emmanuel-macron",
            ]
        );
        assert_eq!(
            keep(FilterSpec {
                countries: vec!["deu".into()],
                ..spec()
            }),
            [
                "emmanuel-macron-praise-olaf-scholz",
                "olaf-scholz-visit-chn"
            ]
        );
        assert_eq!(
            keep(FilterSpec {
                kinds: vec!["person".into()],
                ..spec()
            }),
            [
                "emmanuel-macron-praise-olaf-scholz",
                "emmanuel-macron-meet-xi-jinping",
                "joe-biden-meet-xi-jinping",
                "xi-jinping-praise-emmanuel-macron",
            ]
        );
        assert_eq!(
            keep(FilterSpec {
                min_reports: Some(2),
                ..spec()
            }),
            ["emmanuel-macron-meet-xi-jinping"]
        );
        assert_eq!(keep(spec()).len(), 8);
    }

    #[test]
    fn coarse_dates_pass_when_their_period_overlaps() {
        let mut e = ev("a", "b", Relation::Visit, None, 1);
        e.when = crate::model::When::month(d("2023-04-01"), "in April");
        let f = |s: &str, u: &str| {
            FilterSpec {
                since: Some(s.into()),
                until: Some(u.into()),
                ..spec()
            }
            .parse()
            .unwrap()
        };
        assert!(f("2023-04-20", "2023-05").matches_event(&e));
        assert!(f("2023-01", "2023-04-01").matches_event(&e));
        assert!(!f("2023-05-01", "2023-06").matches_event(&e));
        assert!(!f("2022", "2023-03-31").matches_event(&e));
        // Undated events cannot be placed in any range.
        let undated = ev("a", "b", Relation::Visit, None, 1);
        assert!(!f("1900", "2100").matches_event(&undated));
        assert!(Filter::default().matches_event(&undated));
    }

    #[test]
    fn kind_is_not_judged_on_the_focus() {
        let g = sample();
        let f = FilterSpec {
            kinds: vec!["country".into()],
            ..spec()
        }
        .parse()
        .unwrap();
        let visit = g
            .events()
            .find(|e| e.source == "emmanuel-macron" && e.target == "chn")
            .unwrap();
        assert!(!f.matches(visit, &g));
        assert!(f.matches_around(visit, &g, &["emmanuel-macron"]));
    }
}
