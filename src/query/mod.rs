//! Questions over an [`EventGraph`], asked the way one would ask an analyst:
//! who did X deal with, what happened between X and Y, what did X do and
//! when, how are X and Y connected, who matters most, what does X's
//! neighbourhood look like.
//!
//! Every query takes a graph, actor ids (see [`resolve`] for turning typed
//! names into actors) and a [`Filter`], and returns plain data deriving
//! `serde::Serialize`. Printing belongs to the caller: the CLI renders the
//! same values as a table or as JSON, so the JSON schemas below are the
//! serialisation of these types and change only with them.
//!
//! Every answer is in a fixed order with ties broken by actor id, so the
//! same graph and question always print the same bytes. Every query is one
//! or two passes over the events (plus sorting what it returns), so that a
//! graph of a million events answers in milliseconds once loaded.
//!
//! # JSON schemas (`dipgraph query ... --format json`)
//!
//! Shared shapes:
//!
//! ```text
//! ACTOR    = { "id": "emmanuel-macron", "name": "Emmanuel Macron",
//!              "kind": "person" | "country" | "organisation" | "group",
//!              "country": "FRA" | null }
//! EVIDENCE = { "article": "lemonde-2023-04-06", "title": "..." | null,
//!              "url": "..." | null, "sentence": 3, "text": "Macron met Xi ...",
//!              "trigger": "met" }
//! EVENT    = { "date": "2023-04-06" | "2023-04" | "2023" | null,
//!              "precision": "day" | "month" | "year" | "unknown",
//!              "planned": false, "source": "emmanuel-macron", "target": "xi-jinping",
//!              "relation": "meet", "cameo": "040", "confidence": 0.9,
//!              "reports": 2, "evidence": [EVIDENCE, ...] }
//! ```
//!
//! Symmetric relations (`meet`, `sign_deal`, `cooperate`) are stored once
//! per pair with the smaller id as `source`; their direction means nothing.
//!
//! `neighbors ACTOR` ([`neighbors::Neighbors`]), most events first:
//!
//! ```text
//! { "actor": ACTOR,
//!   "neighbors": [ { "actor": ACTOR,
//!                    "outgoing": { "visit": 1 },   // ACTOR -> neighbour, by relation
//!                    "incoming": { "praise": 1 },  // neighbour -> ACTOR
//!                    "mutual":   { "meet": 1 },    // symmetric relations
//!                    "events": 3, "reports": 4,
//!                    "first": "2023-04-05" | null, "last": "2023-04-07" | null } ] }
//! ```
//!
//! `between A B` ([`between::Between`]), in time order, undated last:
//!
//! ```text
//! { "a": ACTOR, "b": ACTOR, "events": [EVENT, ...] }
//! ```
//!
//! `timeline ACTOR` ([`timeline::Timeline`]), in time order, undated last:
//!
//! ```text
//! { "actor": ACTOR,
//!   "events": [ { "direction": "out" | "in" | "mutual", "counterpart": ACTOR,
//!                 ...every field of EVENT... } ] }
//! ```
//!
//! `path A B` ([`path::Paths`]), shortest first, then by the ids along the
//! path; each step lists every relation on that link, both directions:
//!
//! ```text
//! { "from": ACTOR, "to": ACTOR, "max_hops": 4 | null, "truncated": false,
//!   "paths": [ { "hops": 2, "actors": [ACTOR, ACTOR, ACTOR],
//!                "steps": [ { "from": "fra", "to": "chn",
//!                             "links": [ { "relation": "visit",
//!                                          "direction": "forward" | "backward" | "mutual",
//!                                          "events": 1, "reports": 1 } ] } ] } ] }
//! ```
//!
//! `top` ([`top::Top`]):
//!
//! ```text
//! { "by": "pagerank" | "degree" | "reports", "ranked": 9,
//!   "actors": [ { "rank": 1, "actor": ACTOR, "degree": 4, "neighbors": 3,
//!                 "reports": 6, "pagerank": 0.2315 } ] }
//! ```
//!
//! `ego ACTOR` without `-o` ([`ego::Ego`]), nearest first:
//!
//! ```text
//! { "center": ACTOR, "depth": 1, "events": 5,
//!   "actors": [ { "actor": ACTOR, "distance": 0 }, ... ] }
//! ```

use serde::Serialize;

use crate::model::{Actor, ActorKind, Event, Evidence, Precision, Relation};

pub mod between;
pub mod ego;
pub mod filter;
mod index;
pub mod neighbors;
pub mod path;
pub mod resolve;
pub mod timeline;
pub mod top;

pub use filter::{Filter, FilterSpec};
pub use resolve::resolve;

/// Why a query could not be answered. All of these are the user's to fix,
/// so the CLI exits with its usage status.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum QueryError {
    #[error("{}", unknown_message(name, suggestions))]
    UnknownActor {
        name: String,
        suggestions: Vec<ActorRef>,
    },
    #[error(
        "'{name}' could be {}; give the id or a fuller name.",
        list(candidates, "or")
    )]
    AmbiguousActor {
        name: String,
        candidates: Vec<ActorRef>,
    },
    #[error("{0}")]
    BadFilter(String),
    #[error("{0}")]
    BadOption(String),
}

fn unknown_message(name: &str, suggestions: &[ActorRef]) -> String {
    if suggestions.is_empty() {
        format!(
            "no actor is called '{name}', and no name is close; \
             `dipgraph query GRAPH top --limit 0` lists every actor."
        )
    } else {
        format!(
            "no actor is called '{name}'; did you mean {}? \
             Give an id, a name or an alias as the graph has it.",
            list(suggestions, "or")
        )
    }
}

/// "a (A), b (B) or c (C)".
fn list(actors: &[ActorRef], last_sep: &str) -> String {
    let items: Vec<String> = actors
        .iter()
        .map(|a| format!("{} ({})", a.id, a.name))
        .collect();
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {last_sep} {last}", rest.join(", ")),
    }
}

impl From<QueryError> for crate::error::Error {
    fn from(e: QueryError) -> Self {
        crate::error::Error::Usage(e.to_string())
    }
}

/// An actor as answers show it: enough to read and to look up again.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct ActorRef {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    pub country: Option<String>,
}

impl From<&Actor> for ActorRef {
    fn from(a: &Actor) -> ActorRef {
        ActorRef {
            id: a.id.clone(),
            name: a.name.clone(),
            kind: a.kind,
            country: a.country.clone(),
        }
    }
}

impl ActorRef {
    /// The actor with this id, or a bare reference if the graph lacks it
    /// (graphs loaded from files are checked, so this is for hand-built
    /// ones).
    pub(crate) fn lookup(g: &crate::graph::EventGraph, id: &str) -> ActorRef {
        match g.actor(id) {
            Some(a) => ActorRef::from(a),
            None => ActorRef {
                id: id.to_string(),
                name: id.to_string(),
                kind: ActorKind::Group,
                country: None,
            },
        }
    }
}

/// One report of an event, without the byte offsets and mentions that only
/// the extractor needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EvidenceRow {
    pub article: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub sentence: usize,
    pub text: String,
    pub trigger: String,
}

impl From<&Evidence> for EvidenceRow {
    fn from(e: &Evidence) -> EvidenceRow {
        EvidenceRow {
            article: e.article.to_string(),
            title: e.title.as_deref().map(str::to_string),
            url: e.url.as_deref().map(str::to_string),
            sentence: e.sentence,
            text: e.text.to_string(),
            trigger: e.trigger.clone(),
        }
    }
}

/// An event as answers show it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventRow {
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY` by precision; `null` if undated.
    pub date: Option<String>,
    pub precision: Precision,
    pub planned: bool,
    pub source: String,
    pub target: String,
    pub relation: Relation,
    pub cameo: String,
    pub confidence: f32,
    pub reports: usize,
    pub evidence: Vec<EvidenceRow>,
}

impl From<&Event> for EventRow {
    fn from(e: &Event) -> EventRow {
        EventRow {
            date: e.when.label(),
            precision: if e.when.is_known() {
                e.when.precision
            } else {
                Precision::Unknown
            },
            planned: e.planned,
            source: e.source.clone(),
            target: e.target.clone(),
            relation: e.relation,
            cameo: e.cameo.clone(),
            confidence: e.confidence,
            reports: e.evidence.len(),
            evidence: e.evidence.iter().map(EvidenceRow::from).collect(),
        }
    }
}

/// The order events are listed in: dated ones by date (coarser dates of the
/// same start day after finer ones), undated last, then by ids and relation
/// so that ties never depend on storage order.
pub(crate) fn time_order(a: &Event, b: &Event) -> std::cmp::Ordering {
    a.when
        .sort_key()
        .cmp(&b.when.sort_key())
        .then_with(|| a.source.cmp(&b.source))
        .then_with(|| a.target.cmp(&b.target))
        .then_with(|| a.relation.cmp(&b.relation))
}

#[cfg(test)]
pub(crate) mod tests {
    //! A small hand-built graph shared by every query's tests.

    use chrono::NaiveDate;

    use crate::graph::EventGraph;
    use crate::model::*;

    /// An event with `reports` evidence sentences, dated to the day or not.
    pub fn ev(s: &str, t: &str, r: Relation, date: Option<&str>, reports: usize) -> Event {
        Event {
            source: s.into(),
            target: t.into(),
            relation: r,
            cameo: r.cameo().into(),
            when: match date {
                Some(d) => When::day(
                    NaiveDate::parse_from_str(d, "%Y-%m-%d").expect("test date"),
                    d,
                ),
                None => When::unknown(),
            },
            confidence: 0.9,
            planned: false,
            evidence: (0..reports)
                .map(|i| Evidence {
                    article: format!("art-{s}-{t}-{}", r.name()).into(),
                    title: None,
                    url: None,
                    sentence: i,
                    text: format!("{s} {} {t} (report {}).", r.name(), i + 1).into(),
                    span: (0, 10),
                    source_mention: s.into(),
                    target_mention: t.into(),
                    trigger: r.name().into(),
                })
                .collect(),
        }
    }

    /// Nine actors and eight events:
    ///
    /// ```text
    /// emmanuel-macron meet xi-jinping        2023-04-06  (2 reports)
    /// emmanuel-macron visit chn              2023-04-05
    /// xi-jinping praise emmanuel-macron      2023-04-07
    /// emmanuel-macron praise olaf-scholz     undated
    /// joe-biden meet xi-jinping              2023-11-15
    /// olaf-scholz visit chn                  2022-11-04
    /// rus criticize fra                      2023-04 (month)
    /// ursula-von-der-leyen urge chn          2022 (year)
    /// ```
    ///
    /// `recep-tayyip-erdogan` has no events.
    pub fn sample() -> EventGraph {
        let mut g = EventGraph::new();
        let person = |id: &str, name: &str, c: &str| {
            let a = Actor::new(id, name, ActorKind::Person);
            if c.is_empty() {
                a
            } else {
                a.with_country(c)
            }
        };
        g.add_actor(person("emmanuel-macron", "Emmanuel Macron", "FRA"));
        let mut xi = person("xi-jinping", "Xi Jinping", "CHN");
        xi.add_aliases(["President Xi".to_string()]);
        g.add_actor(xi);
        g.add_actor(person("joe-biden", "Joe Biden", "USA"));
        g.add_actor(person("olaf-scholz", "Olaf Scholz", "DEU"));
        g.add_actor(person("ursula-von-der-leyen", "Ursula von der Leyen", ""));
        g.add_actor(person(
            "recep-tayyip-erdogan",
            "Recep Tayyip Erdoğan",
            "TUR",
        ));
        g.add_actor(Actor::new("fra", "France", ActorKind::Country).with_country("FRA"));
        g.add_actor(Actor::new("chn", "China", ActorKind::Country).with_country("CHN"));
        let mut rus = Actor::new("rus", "Russia", ActorKind::Country).with_country("RUS");
        rus.add_aliases(["the Kremlin".to_string(), "Moscow".to_string()]);
        g.add_actor(rus);

        g.add_event(ev(
            "xi-jinping",
            "emmanuel-macron",
            Relation::Meet,
            Some("2023-04-06"),
            2,
        ));
        g.add_event(ev(
            "emmanuel-macron",
            "chn",
            Relation::Visit,
            Some("2023-04-05"),
            1,
        ));
        g.add_event(ev(
            "xi-jinping",
            "emmanuel-macron",
            Relation::Praise,
            Some("2023-04-07"),
            1,
        ));
        g.add_event(ev(
            "emmanuel-macron",
            "olaf-scholz",
            Relation::Praise,
            None,
            1,
        ));
        g.add_event(ev(
            "joe-biden",
            "xi-jinping",
            Relation::Meet,
            Some("2023-11-15"),
            1,
        ));
        g.add_event(ev(
            "olaf-scholz",
            "chn",
            Relation::Visit,
            Some("2022-11-04"),
            1,
        ));
        let mut crit = ev("rus", "fra", Relation::Criticize, None, 1);
        crit.when = When::month(
            NaiveDate::from_ymd_opt(2023, 4, 1).expect("date"),
            "in April",
        );
        g.add_event(crit);
        let mut urge = ev("ursula-von-der-leyen", "chn", Relation::Urge, None, 1);
        urge.when = When::year(
            NaiveDate::from_ymd_opt(2022, 1, 1).expect("date"),
            "last year",
        );
        g.add_event(urge);
        g
    }

    #[test]
    fn sample_has_what_the_tests_expect() {
        let g = sample();
        assert_eq!((g.actor_count(), g.event_count()), (9, 8));
    }
}
