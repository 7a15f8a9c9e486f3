//! Turning the name a person typed into one actor.
//!
//! People type "macron", "President Biden", "Mr Xi", "Erdogan" or "the
//! Kremlin", not `emmanuel-macron`. Names are compared after folding: lower
//! case, common Latin diacritics removed, punctuation turned into spaces,
//! and leading titles ("President", "Ms", "the") stripped. Then, in order:
//!
//! 1. the exact id;
//! 2. a folded id, name or alias equal to the folded query;
//! 3. the query's words as the last words of a name or alias (a surname:
//!    "macron", "von der leyen"), then as its first words ("xi" for
//!    "Xi Jinping", whose surname comes first), then anywhere in it.
//!
//! The first step that finds anything decides: one actor is the answer,
//! several are an [`QueryError::AmbiguousActor`] listing them, and when no
//! step finds anything, [`QueryError::UnknownActor`] suggests the closest
//! names by shared words and edit distance.

use std::collections::BTreeMap;

use crate::graph::EventGraph;
use crate::model::Actor;

use super::{ActorRef, QueryError};

/// Titles and articles dropped from the start of names before comparing.
/// Multi-word titles come before their first word so that the longest wins.
const TITLES: &[&str] = &[
    "the",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "dame",
    "lord",
    "lady",
    "prof",
    "professor",
    "president",
    "vice president",
    "prime minister",
    "pm",
    "premier",
    "chancellor",
    "foreign minister",
    "defence minister",
    "defense minister",
    "minister",
    "foreign secretary",
    "secretary of state",
    "secretary general",
    "secretary",
    "general",
    "gen",
    "king",
    "queen",
    "prince",
    "princess",
    "crown prince",
    "emir",
    "sheikh",
    "pope",
    "senator",
    "sen",
    "ambassador",
    "governor",
    "mayor",
    "supreme leader",
    "commissioner",
];

/// Lowercases, folds common diacritics to ASCII and turns every run of
/// non-alphanumeric characters into one space.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            match crate::model::fold_latin(c) {
                Some(ascii) => out.push_str(ascii),
                None => out.push(c),
            }
        } else if c != '\'' && c != '\u{2019}' {
            // Apostrophes join ("O'Neill" and "ONeill" fold alike).
            space = true;
        }
    }
    out
}

/// Folds a name and drops leading titles ("president biden" -> "biden").
/// A name that is nothing but a title keeps it (an actor named "The Pope").
fn core(s: &str) -> String {
    let folded = fold(s);
    let mut rest = folded.as_str();
    loop {
        let before = rest;
        for t in TITLES {
            if let Some(r) = rest.strip_prefix(t) {
                if let Some(r) = r.strip_prefix(' ') {
                    rest = r;
                    break;
                }
            }
        }
        if rest == before {
            break;
        }
    }
    if rest.is_empty() {
        folded
    } else {
        rest.to_string()
    }
}

/// How well a name matched; lower is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Tier {
    Exact,
    Suffix,
    Prefix,
    Inside,
}

fn word_match(query: &[&str], name: &[&str]) -> Option<Tier> {
    let (q, n) = (query.len(), name.len());
    if q == 0 || q > n {
        return None;
    }
    if q == n {
        return (query == name).then_some(Tier::Exact);
    }
    if name[n - q..] == *query {
        return Some(Tier::Suffix);
    }
    if name[..q] == *query {
        return Some(Tier::Prefix);
    }
    name.windows(q).any(|w| w == query).then_some(Tier::Inside)
}

/// The names an actor answers to: id, name and aliases.
fn names(a: &Actor) -> impl Iterator<Item = &str> {
    [a.id.as_str(), a.name.as_str()]
        .into_iter()
        .chain(a.aliases.iter().map(String::as_str))
}

/// Finds the one actor `query` names. See the module documentation for the
/// rules.
///
/// ```
/// use dipgraph::graph::EventGraph;
/// use dipgraph::model::{Actor, ActorKind};
/// use dipgraph::query::resolve::resolve;
/// let mut g = EventGraph::new();
/// g.add_actor(Actor::new("emmanuel-macron", "Emmanuel Macron", ActorKind::Person));
/// assert_eq!(resolve(&g, "President Macron").unwrap().id, "emmanuel-macron");
/// assert!(resolve(&g, "Macrno").unwrap_err().to_string().contains("did you mean"));
/// ```
pub fn resolve<'g>(g: &'g EventGraph, query: &str) -> Result<&'g Actor, QueryError> {
    if let Some(a) = g.actor(query.trim()) {
        return Ok(a);
    }
    let q = core(query);
    let q_words: Vec<&str> = q.split(' ').filter(|w| !w.is_empty()).collect();
    if q_words.is_empty() {
        return Err(QueryError::UnknownActor {
            name: query.to_string(),
            suggestions: Vec::new(),
        });
    }
    // Best tier per actor, then the actors of the best tier overall.
    let mut best: Option<Tier> = None;
    let mut found: Vec<&Actor> = Vec::new();
    for a in g.actors() {
        let tier = names(a)
            .filter_map(|n| {
                let c = core(n);
                let words: Vec<&str> = c.split(' ').collect();
                word_match(&q_words, &words)
            })
            .min();
        let Some(tier) = tier else { continue };
        match best {
            Some(b) if tier > b => {}
            Some(b) if tier == b => found.push(a),
            _ => {
                best = Some(tier);
                found.clear();
                found.push(a);
            }
        }
    }
    match found.len() {
        1 => Ok(found[0]),
        0 => Err(QueryError::UnknownActor {
            name: query.to_string(),
            suggestions: suggest(g, &q, &q_words),
        }),
        _ => Err(QueryError::AmbiguousActor {
            name: query.to_string(),
            candidates: found.into_iter().map(ActorRef::from).collect(),
        }),
    }
}

/// How many suggestions an unknown name gets.
const SUGGESTIONS: usize = 5;

/// The actors closest to an unknown name: those sharing whole words first,
/// then by the smallest edit distance between the query and any name or
/// word of a name (so a typo in a surname still finds the person). Only
/// reasonably close names are offered; ties go to the smaller id.
fn suggest(g: &EventGraph, q: &str, q_words: &[&str]) -> Vec<ActorRef> {
    // About one edit in three characters is still "close".
    let allowed = |s: &str| (s.chars().count() / 3).max(1);
    let mut scored: BTreeMap<(usize, usize, String), &Actor> = BTreeMap::new();
    for a in g.actors() {
        let mut shared = 0usize;
        let mut dist: Option<usize> = None;
        let mut consider = |d: usize, limit: usize| {
            if d <= limit {
                dist = Some(dist.map_or(d, |x| x.min(d)));
            }
        };
        for n in names(a) {
            let c = core(n);
            let words: Vec<&str> = c.split(' ').collect();
            shared = shared.max(q_words.iter().filter(|w| words.contains(w)).count());
            consider(levenshtein(q, &c), allowed(q));
            for w in &words {
                for qw in q_words {
                    consider(levenshtein(qw, w), allowed(qw));
                }
            }
        }
        if shared > 0 || dist.is_some() {
            let key = (
                usize::MAX - shared,
                dist.unwrap_or(usize::MAX),
                a.id.clone(),
            );
            scored.insert(key, a);
        }
    }
    scored
        .into_values()
        .take(SUGGESTIONS)
        .map(ActorRef::from)
        .collect()
}

/// Edit distance in characters, counting an insertion, a deletion, a
/// substitution or a swap of two neighbouring letters ("alpah") as one edit
/// (optimal string alignment), in O(len(a) * len(b)) time.
pub fn levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev2: Vec<usize> = vec![0; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut row: Vec<usize> = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        row[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(row[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(prev2[j - 2] + 1);
            }
            row[j] = d;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut row);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::tests::sample;

    fn id(q: &str) -> String {
        match resolve(&sample(), q) {
            Ok(a) => a.id.clone(),
            Err(e) => format!("error: {e}"),
        }
    }

    #[test]
    fn names_resolve_as_people_type_them() {
        for (q, want) in [
            ("emmanuel-macron", "emmanuel-macron"),
            ("Emmanuel Macron", "emmanuel-macron"),
            ("macron", "emmanuel-macron"),
            ("MACRON", "emmanuel-macron"),
            ("President Macron", "emmanuel-macron"),
            ("Mr Xi", "xi-jinping"),
            ("President Biden", "joe-biden"),
            ("Ms von der Leyen", "ursula-von-der-leyen"),
            ("the Kremlin", "rus"),
            ("Kremlin", "rus"),
            ("Erdogan", "recep-tayyip-erdogan"),
            ("Erdoğan", "recep-tayyip-erdogan"),
            ("france", "fra"),
            ("FRA", "fra"),
        ] {
            assert_eq!(id(q), want, "query {q:?}");
        }
    }

    #[test]
    fn unknown_names_suggest_the_closest_actors() {
        let err = resolve(&sample(), "Macrno").unwrap_err();
        assert_eq!(
            err.to_string(),
            "no actor is called 'Macrno'; did you mean emmanuel-macron (Emmanuel Macron)? \
             Give an id, a name or an alias as the graph has it."
        );
        let err = resolve(&sample(), "Emanuel Scholz").unwrap_err();
        match err {
            QueryError::UnknownActor { suggestions, .. } => {
                let ids: Vec<&str> = suggestions.iter().map(|a| a.id.as_str()).collect();
                assert_eq!(ids, ["olaf-scholz", "emmanuel-macron"]);
            }
            other => panic!("{other}"),
        }
        let err = resolve(&sample(), "Zzyzx").unwrap_err();
        assert_eq!(
            err.to_string(),
            "no actor is called 'Zzyzx', and no name is close; \
             `dipgraph query GRAPH top --limit 0` lists every actor."
        );
    }

    #[test]
    fn ambiguous_names_list_the_candidates() {
        let mut g = sample();
        g.add_actor(
            Actor::new(
                "brigitte-macron",
                "Brigitte Macron",
                crate::model::ActorKind::Person,
            )
            .with_country("FRA"),
        );
        let err = resolve(&g, "Macron").unwrap_err();
        assert_eq!(
            err.to_string(),
            "'Macron' could be brigitte-macron (Brigitte Macron) or emmanuel-macron \
             (Emmanuel Macron); give the id or a fuller name."
        );
    }

    #[test]
    fn folding_and_distance() {
        assert_eq!(fold("  Ursula  VON-der Leyen!"), "ursula von der leyen");
        assert_eq!(fold("Erdoğan, Łukasz Sánchez"), "erdogan lukasz sanchez");
        assert_eq!(core("The President Joe Biden"), "joe biden");
        assert_eq!(levenshtein("kitten", "sitting"), 3);
        assert_eq!(levenshtein("", "abc"), 3);
        assert_eq!(levenshtein("alpah", "alpha"), 1);
        assert_eq!(levenshtein("macrno", "macron"), 1);
    }
}
