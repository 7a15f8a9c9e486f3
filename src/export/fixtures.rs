//! Small fixed graphs for the exporters' tests and snapshots.

use chrono::NaiveDate;

use crate::graph::{ArticleMeta, EventGraph};
use crate::model::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

fn evidence(article: &str, sentence: usize, text: &str, s: &str, t: &str) -> Evidence {
    Evidence {
        article: article.into(),
        title: None,
        url: None,
        sentence,
        text: text.into(),
        span: (0, text.len()),
        source_mention: s.into(),
        target_mention: t.into(),
        trigger: String::new(),
    }
}

pub fn event(s: &str, t: &str, r: Relation, when: When, ev: Vec<Evidence>) -> Event {
    Event {
        source: s.into(),
        target: t.into(),
        relation: r,
        cameo: r.cameo().into(),
        when,
        confidence: 0.8,
        planned: false,
        evidence: ev,
    }
}

/// Four actors, one of each kind, and events of all four quad classes,
/// including two parallel `visit` events (folded into one DOT edge), a
/// symmetric `meet`, and an undated event.
pub fn small() -> EventGraph {
    let mut g = EventGraph::new();
    g.add_actor(Actor::new("fra", "France", ActorKind::Country).with_country("FRA"));
    g.add_actor(Actor::new("chn", "China", ActorKind::Country).with_country("CHN"));
    let mut macron =
        Actor::new("emmanuel-macron", "Emmanuel Macron", ActorKind::Person).with_country("FRA");
    macron.add_aliases(["Macron".to_string()]);
    g.add_actor(macron);
    g.add_actor(Actor::new("un", "United Nations", ActorKind::Organisation));
    g.add_actor(Actor::new("rebels", "Rebels", ActorKind::Group));
    for (id, date) in [("a1", "2023-03-01"), ("a2", "2023-04-07")] {
        g.add_article(ArticleMeta {
            id: id.into(),
            date: Some(date.into()),
            title: Some(format!("Article {id}")),
            url: None,
        });
    }
    g.add_event(event(
        "emmanuel-macron",
        "chn",
        Relation::Visit,
        When::day(d(2023, 3, 5), "on 5 March"),
        vec![evidence(
            "a1",
            0,
            "Macron visited China on 5 March.",
            "Macron",
            "China",
        )],
    ));
    g.add_event(event(
        "emmanuel-macron",
        "chn",
        Relation::Visit,
        When::day(d(2023, 4, 6), "on Thursday"),
        vec![
            evidence(
                "a2",
                0,
                "Macron arrived in China on Thursday.",
                "Macron",
                "China",
            ),
            evidence(
                "a2",
                3,
                "The French president's visit to China began.",
                "The French president",
                "China",
            ),
        ],
    ));
    g.add_event(event(
        "fra",
        "chn",
        Relation::SignDeal,
        When::month(d(2023, 4, 1), "in April"),
        vec![evidence(
            "a2",
            5,
            "France and China signed a deal in April.",
            "France",
            "China",
        )],
    ));
    g.add_event(event(
        "un",
        "rebels",
        Relation::Criticize,
        When::unknown(),
        vec![evidence(
            "a1",
            2,
            "The UN condemned the \"rebels\".",
            "The UN",
            "rebels",
        )],
    ));
    g.add_event(event(
        "rebels",
        "un",
        Relation::Attack,
        When::year(d(2023, 1, 1), "this year"),
        vec![evidence(
            "a1",
            4,
            "Rebels attacked a UN convoy this year.",
            "Rebels",
            "UN",
        )],
    ));
    g
}

/// Names and sentences built to break naive writers: quotes, backslashes,
/// braces, newlines, markup, control characters and non-Latin scripts.
pub fn hostile() -> EventGraph {
    let mut g = EventGraph::new();
    let names = [
        ("q", "Say \"hi\" \\N \\\\ {x} | <y>", ActorKind::Person),
        (
            "h",
            "<html><b>bold</b></html> & R&D;",
            ActorKind::Organisation,
        ),
        ("n", "two\nlines\r\nthree\ttab\u{1}", ActorKind::Group),
        ("ar", "القاهرة", ActorKind::Country),
        ("zh", "北京 中华人民共和国", ActorKind::Country),
        ("ru", "Москва «Кремль»", ActorKind::Country),
        ("b", "}\"; digraph x { a -> b [label=\"", ActorKind::Person),
    ];
    for (id, name, kind) in names {
        let mut a = Actor::new(id, name, kind);
        if kind == ActorKind::Country {
            a.country = Some(format!("{}\"<&>", id.to_uppercase()));
        }
        a.add_aliases([format!("{name} alias; with, comma")]);
        g.add_actor(a);
    }
    let ids: Vec<&str> = names.iter().map(|n| n.0).collect();
    for (i, s) in ids.iter().enumerate() {
        let t = ids[(i + 1) % ids.len()];
        let r = Relation::ALL[i % Relation::ALL.len()];
        let text = format!(
            "{} \"quoted\" \\ {{brace}} <tag>\nnewline & {}",
            names[i].1, t
        );
        g.add_event(event(
            s,
            t,
            r,
            When::day(d(2023, 1 + i as u32, 3), "\\raw \"date\""),
            vec![evidence("art\"<1>", i, &text, names[i].1, t)],
        ));
    }
    g
}
