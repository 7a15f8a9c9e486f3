//! Events from one article: actor mentions, relation triggers, the roles of
//! the actors in each trigger's clause, negation and modality, and dates.
//!
//! The grammar is shallow on purpose: no parser, but rules that hold across
//! news English. A trigger's source is the nearest actor on its left that is
//! not inside a prepositional phrase (or the agent after "by" in the
//! passive); its target is the first actor after the trigger's words.
//! Negated, modal, hypothetical and undated planned acts are dropped; acts
//! governed by "refused to" become `reject`, by "threatened to" `threaten`.

mod clause;
pub mod mentions;
pub(crate) mod words;

use crate::articles::Article;
use crate::lexicon::Lexicon;
use crate::model::{Actor, Event};
use crate::text;

pub use clause::Found;

/// What one article yields: its events (one report each, in reading order)
/// and the actors they refer to.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub actors: Vec<Actor>,
    pub events: Vec<Event>,
}

impl Extraction {
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }
}

/// Extracts the diplomatic events of an article.
///
/// ```
/// use dipgraph::{articles::Article, extract::extract, lexicon::Lexicon};
/// let lex = Lexicon::builtin();
/// let a = Article {
///     id: "x".into(), date: chrono::NaiveDate::from_ymd_opt(2023, 4, 6),
///     title: None, url: None, origin: "x".into(),
///     text: "French President Emmanuel Macron met Xi Jinping in Beijing on Thursday.".into(),
/// };
/// let out = extract(&lex, &a);
/// assert_eq!(out.events[0].relation.name(), "meet");
/// assert_eq!(out.events[0].when.label().as_deref(), Some("2023-04-06"));
/// ```
pub fn extract(lex: &Lexicon, article: &Article) -> Extraction {
    // One lowering of the whole text, which the tokens' lowercase forms
    // borrow from (see `text::split_lowered`).
    let lowered = article.text.to_ascii_lowercase();
    let sentences = text::split_lowered(&article.text, &lowered);
    let mut reader = clause::Reader::new(lex, article);
    for s in &sentences {
        reader.sentence(s);
    }
    reader.finish()
}
