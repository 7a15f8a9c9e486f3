//! Quotations: which tokens are quoted, and which quoted words are an act
//! of their speaker.
//!
//! Words inside quotation marks are, as a rule, not events: a politician
//! quoting a threat does not make one, and "we will never meet them" is
//! rhetoric. But a quotation that opens with "I" or "we" and a verb of our
//! lexicon in the present tense ('"We condemn this attack," Scholz said';
//! 'Nikolenko said: "We invite the Brazilian president to visit Ukraine"')
//! is the act itself, performed by speaking. Those quotations are read like
//! narration, with the pronoun standing for the speaker the sentence names.

use super::mentions::{Mention, MentionKind};
use super::words::*;
use crate::text::Token;

/// Marks the tokens between quotation marks (the marks themselves not).
pub(super) fn quote_mask(toks: &[Token], mask: &mut Vec<bool>) {
    mask.clear();
    mask.resize(toks.len(), false);
    let mut inside = false;
    for (i, t) in toks.iter().enumerate() {
        // Every quotation mark below begins with one of these bytes (`"`,
        // the UTF-8 lead bytes of “ ” and of « »): one test passes over
        // nearly every token before the string comparisons.
        if !matches!(t.text.as_bytes().first(), Some(b'"' | 0xE2 | 0xC2)) {
            mask[i] = inside;
            continue;
        }
        match t.text {
            "“" | "«" => inside = true,
            "”" | "»" => {
                inside = false;
                continue;
            }
            "\"" => {
                inside = !inside;
                continue;
            }
            _ => {}
        }
        mask[i] = inside && !matches!(t.text, "“" | "«");
    }
    // An unclosed quote marks nothing: it is more likely a stray mark.
    if inside {
        let open = toks
            .iter()
            .rposition(|t| matches!(t.text, "“" | "\"" | "«"));
        if let Some(o) = open {
            for m in mask.iter_mut().skip(o) {
                *m = false;
            }
        }
    }
}

/// Verbs that attribute a quotation to its speaker.
fn attributes(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "told"
            | "tells"
            | "added"
            | "adds"
            | "stated"
            | "states"
            | "declared"
            | "wrote"
            | "writes"
            | "tweeted"
            | "posted"
            | "insisted"
            | "stressed"
            | "noted"
            | "continued"
            | "replied"
            | "responded"
            | "remarked"
            | "explained"
            | "concluded"
    )
}

/// Words between "we" and its verb that leave the act performed now:
/// "we strongly condemn", "we hereby invite", "we once again call on".
fn between_pronoun_and_verb(t: &Token) -> bool {
    ADVERBS.has(t)
        || matches!(
            t.lower_str(),
            "hereby" | "all" | "both" | "fully" | "deeply" | "resolutely" | "categorically"
        )
}

/// Finds quotations that open with "I"/"we" and a present-tense verb that
/// `is_verb_trigger` knows, attributed in the same sentence to a speaker
/// who is an actor. Each one is unmasked in `quoted` from the pronoun to
/// the closing mark, and the pronoun becomes a mention of the speaker in
/// `mentions` (kept in order of position). The spans unmasked whose
/// attribution is in the past ("said", not "says") go to `past`: the act
/// was performed then, though its verb is in the present.
pub(super) fn performatives(
    toks: &[Token],
    mentions: &mut Vec<Mention>,
    quoted: &mut [bool],
    past: &mut Vec<(usize, usize)>,
    is_verb_trigger: impl Fn(&Token) -> bool,
) {
    past.clear();
    let mut i = 0;
    while i < toks.len() {
        if !quoted[i] {
            i += 1;
            continue;
        }
        let open = i;
        let mut close = i;
        while close < toks.len() && quoted[close] {
            close += 1;
        }
        i = close;
        // The pronoun opens the quotation ('"We condemn'), or follows a
        // clause break inside it ('"This is an outrage, and we condemn').
        let Some(p) = (open..close).find(|&k| {
            matches!(toks[k].text, "We" | "we" | "I")
                && (k == open || matches!(lw(toks, k - 1), "," | ";" | "and" | "--" | "—"))
        }) else {
            continue;
        };
        let mut v = p + 1;
        while v < close && between_pronoun_and_verb(&toks[v]) {
            v += 1;
        }
        let Some(verb) = toks[..close].get(v) else {
            continue;
        };
        // A base form after the pronoun: "condemn", "invite", "call on";
        // "are grateful". Not "will", "would", "must" (a promise or a
        // wish, not the act) nor a past ("we met", told as narration).
        if !verb.is_word() || verb.is_capitalized() || !is_verb_trigger(verb) {
            continue;
        }
        let Some((speaker, verb)) = speaker(toks, mentions, open, close) else {
            continue;
        };
        if !lw(toks, verb).ends_with('s') {
            past.push((p, close));
        }
        for q in quoted.iter_mut().take(close).skip(p) {
            *q = false;
        }
        let at = mentions.partition_point(|m| m.start < p);
        // The pronoun may already be a mention (a narrator's "I").
        if mentions.get(at).is_some_and(|m| m.start == p) {
            mentions[at].actors = speaker;
        } else {
            mentions.insert(
                at,
                Mention {
                    start: p,
                    end: p + 1,
                    actors: speaker,
                    kind: MentionKind::Pronoun,
                    place: false,
                    possessive: false,
                    unnamed_role: false,
                },
            );
        }
    }
}

/// The actors who speak the quotation `open..close` (its first and past
/// its last quoted token), and where their attributing verb is: named
/// right after it with the verb ('," Lavrov said', '," said Lavrov'), or
/// right before it ('Lavrov said on Monday: "').
fn speaker(
    toks: &[Token],
    mentions: &[Mention],
    open: usize,
    close: usize,
) -> Option<(Vec<usize>, usize)> {
    let actors_of = |m: &Mention, verb: usize| {
        (!m.actors.is_empty() && !m.place).then(|| (m.actors.clone(), verb))
    };
    // After: the closing mark, perhaps a comma before it, then the speaker
    // and the verb in either order.
    let mut k = close + 1;
    if lw(toks, k) == "," {
        k += 1;
    }
    if let Some(m) = mentions.iter().find(|m| m.start == k) {
        if attributes(lw(toks, m.end)) {
            return actors_of(m, m.end);
        }
    }
    if attributes(lw(toks, k)) {
        if let Some(m) = mentions.iter().find(|m| m.start == k + 1) {
            return actors_of(m, k);
        }
    }
    // Before: a colon or comma before the opening mark, the verb at most
    // a few words before it (a time phrase, "in a statement"), and the
    // speaker right before the verb.
    let mark = open.checked_sub(1)?;
    let before = mark.checked_sub(1)?;
    if !matches!(lw(toks, before), ":" | ",") {
        return None;
    }
    let verb = (before.saturating_sub(6)..before)
        .rev()
        .find(|&j| attributes(lw(toks, j)))?;
    mentions
        .iter()
        .rev()
        .find(|m| m.end == verb || m.end + 1 == verb && ADVERBS.has(&toks[m.end]))
        .and_then(|m| actors_of(m, verb))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn mask(text: &str) -> Vec<bool> {
        let toks = tokenize(text, 0);
        let mut m = Vec::new();
        quote_mask(&toks, &mut m);
        m
    }

    #[test]
    fn quote_mask_marks_inside_only() {
        // Tokens: " We condemn it , " X said .
        let m = mask("\"We condemn it,\" X said.");
        assert_eq!(
            m,
            [false, true, true, true, true, false, false, false, false]
        );
        // A stray opening mark marks nothing.
        assert!(mask("X said \"we will see.").iter().all(|&q| !q));
    }

    fn mention(start: usize, end: usize, actor: usize) -> Mention {
        Mention {
            start,
            end,
            actors: vec![actor],
            kind: MentionKind::Name,
            place: false,
            possessive: false,
            unnamed_role: false,
        }
    }

    /// Runs [`performatives`] with "condemn" and "invite" as the verbs
    /// known, and a mention of actor 7 at every capitalised word outside
    /// the quotation, actor 9 at "Russia" inside it.
    fn run(text: &str) -> (Vec<bool>, Vec<(usize, Vec<usize>)>) {
        let toks = tokenize(text, 0);
        let mut quoted = Vec::new();
        quote_mask(&toks, &mut quoted);
        let mut mentions: Vec<Mention> = toks
            .iter()
            .enumerate()
            .filter(|(k, t)| t.is_capitalized() && (!quoted[*k] || t.text == "Russia"))
            .filter(|(_, t)| t.text != "We" && t.text != "I")
            .map(|(k, t)| mention(k, k + 1, if t.text == "Russia" { 9 } else { 7 }))
            .collect();
        let mut past = Vec::new();
        performatives(&toks, &mut mentions, &mut quoted, &mut past, |t| {
            matches!(t.lower_str(), "condemn" | "invite")
        });
        let ms = mentions
            .iter()
            .map(|m| (m.start, m.actors.clone()))
            .collect();
        (quoted, ms)
    }

    #[test]
    fn a_quoted_act_in_the_first_person_is_the_speakers() {
        // Speaker after the quotation.
        let (quoted, ms) = run("\"We strongly condemn Russia,\" Scholz said.");
        assert!(quoted.iter().all(|&q| !q), "{quoted:?}");
        assert_eq!(ms[0], (1, vec![7]), "{ms:?}");
        // Verb first: '," said Scholz'.
        let (_, ms) = run("\"We condemn Russia,\" said Scholz.");
        assert_eq!(ms[0], (1, vec![7]), "{ms:?}");
        // Speaker before it, past a time phrase.
        let (quoted, ms) = run("Scholz said on Monday: \"I condemn Russia.\"");
        assert!(quoted.iter().all(|&q| !q));
        assert!(ms.contains(&(6, vec![7])), "{ms:?}");
    }

    #[test]
    fn other_quotations_stay_quoted() {
        // A future, a past and a third person are not performed by saying.
        for text in [
            "\"We will condemn Russia,\" Scholz said.",
            "\"We condemned Russia,\" Scholz said.",
            "\"They condemn Russia,\" Scholz said.",
            // No speaker named in the sentence.
            "\"We condemn Russia.\"",
        ] {
            let (quoted, ms) = run(text);
            assert!(quoted.iter().any(|&q| q), "{text}");
            assert!(!ms.iter().any(|(s, _)| *s == 1), "{text}: {ms:?}");
        }
    }
}
