//! CSV for Neo4j's bulk importer: `actors.csv` (nodes) and `events.csv`
//! (relationships), with the typed headers `neo4j-admin` reads.
//!
//! Import into an empty database (Neo4j 5; stop the database first):
//!
//! ```text
//! dipgraph export graph.ron -o graph.csv      # writes graph.actors.csv and graph.events.csv
//! neo4j-admin database import full \
//!     --nodes=graph.actors.csv \
//!     --relationships=graph.events.csv \
//!     --overwrite-destination neo4j
//! ```
//!
//! (Neo4j 4.x: `neo4j-admin import --database=neo4j --nodes=... --relationships=...`.)
//! Then, for example:
//! `MATCH (a:Actor)-[e:VISIT]->(b:Actor) RETURN a.name, e.date, b.name ORDER BY e.date`.
//!
//! Each actor is labelled `Actor` plus its kind (`Person`, `Country`,
//! `Organisation`, `Group`); each event becomes a relationship typed by its
//! relation in upper case (`SIGN_DEAL`). Fields are quoted as RFC 4180 says
//! (quotes doubled), and line breaks inside fields are folded to spaces so
//! that the import needs no `--multiline-fields`. Aliases are an array
//! (`aliases:string[]`) separated by `;`, Neo4j's default array delimiter,
//! so a `;` inside an alias becomes `,`.
//!
//! ```
//! use dipgraph::export::csv::to_neo4j;
//! use dipgraph::graph::EventGraph;
//! let (actors, events) = to_neo4j(&EventGraph::new());
//! assert!(actors.starts_with("actorId:ID(Actor),"));
//! assert!(events.starts_with(":START_ID(Actor),"));
//! ```

use std::path::{Path, PathBuf};

use crate::graph::EventGraph;
use crate::model::ActorKind;

pub const ACTORS_HEADER: &str = "actorId:ID(Actor),name,kind,country,aliases:string[],:LABEL";
pub const EVENTS_HEADER: &str = ":START_ID(Actor),:END_ID(Actor),:TYPE,relation,cameo,date,precision,confidence:float,reports:int,evidence";

/// One CSV field: quoted when it holds a comma, quote, `;` or a
/// leading/trailing space; quotes doubled; line breaks and other control
/// characters folded to spaces (see the module docs). An empty field stays
/// unquoted, which `neo4j-admin` reads as "no property" (a quoted `""` would
/// be an empty string).
pub fn field(s: &str) -> String {
    let clean: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let needs_quotes =
        clean.contains([',', '"', ';']) || clean.starts_with(' ') || clean.ends_with(' ');
    if needs_quotes {
        format!("\"{}\"", clean.replace('"', "\"\""))
    } else {
        clean
    }
}

fn row(fields: &[&str]) -> String {
    let mut s = fields
        .iter()
        .map(|f| field(f))
        .collect::<Vec<_>>()
        .join(",");
    // RFC 4180 lines end in CRLF; Neo4j and every spreadsheet read LF too,
    // and LF keeps the files diffable.
    s.push('\n');
    s
}

fn kind_label(k: ActorKind) -> &'static str {
    match k {
        ActorKind::Person => "Actor;Person",
        ActorKind::Country => "Actor;Country",
        ActorKind::Organisation => "Actor;Organisation",
        ActorKind::Group => "Actor;Group",
    }
}

/// `(actors.csv, events.csv)` for `neo4j-admin database import full`.
/// `evidence` is the first report's sentence; `reports` counts them all.
/// Missing values (no country, no date) are empty fields, which Neo4j
/// imports as absent properties.
pub fn to_neo4j(graph: &EventGraph) -> (String, String) {
    let mut actors = String::from(ACTORS_HEADER);
    actors.push('\n');
    for a in graph.actors() {
        let aliases: Vec<String> = a.aliases.iter().map(|x| x.replace(';', ",")).collect();
        let aliases = aliases.join(";");
        actors.push_str(&row(&[
            &a.id,
            &a.name,
            a.kind.name(),
            a.country.as_deref().unwrap_or(""),
            &aliases,
            kind_label(a.kind),
        ]));
    }
    let mut events = String::from(EVENTS_HEADER);
    events.push('\n');
    for e in graph.events() {
        if graph.actor(&e.source).is_none() || graph.actor(&e.target).is_none() {
            continue;
        }
        let ty = e.relation.name().to_ascii_uppercase();
        let date = e.when.label().unwrap_or_default();
        let confidence = format!("{}", e.confidence);
        let reports = e.evidence.len().to_string();
        let evidence = e.evidence.first().map_or("", |v| &*v.text);
        events.push_str(&row(&[
            &e.source,
            &e.target,
            &ty,
            e.relation.name(),
            &e.cameo,
            &date,
            e.when.precision.name(),
            &confidence,
            &reports,
            evidence,
        ]));
    }
    (actors, events)
}

/// Where `export --format csv -o OUT` writes its two files.
///
/// `OUT` ending in `.csv` is a prefix: `graph.csv` gives `graph.actors.csv`
/// and `graph.events.csv` beside it. Anything else is a directory (the
/// caller creates it) holding `actors.csv` and `events.csv`. Two files
/// cannot go to stdout, so `-` is refused.
pub fn output_paths(out: &Path) -> Result<(PathBuf, PathBuf), String> {
    if out.as_os_str() == "-" {
        return Err(
            "CSV export writes two files (actors and events) and cannot go to stdout; \
             give -o PREFIX.csv or -o DIRECTORY"
                .to_string(),
        );
    }
    let is_csv = out
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    if is_csv {
        let stem = out
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        Ok((
            out.with_file_name(format!("{stem}.actors.csv")),
            out.with_file_name(format!("{stem}.events.csv")),
        ))
    } else {
        Ok((out.join("actors.csv"), out.join("events.csv")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::fixtures;

    /// An RFC 4180 reader, enough to check what we write.
    fn parse(text: &str) -> Vec<Vec<String>> {
        let mut rows = Vec::new();
        let mut row = Vec::new();
        let mut f = String::new();
        let mut quoted = false;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    f.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => f.push(c),
                (false, '"') => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut f)),
                (false, '\n') => {
                    row.push(std::mem::take(&mut f));
                    rows.push(std::mem::take(&mut row));
                }
                (false, c) => f.push(c),
            }
        }
        rows
    }

    #[test]
    fn fields_quote_as_rfc_4180() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "two lines");
        assert_eq!(field(""), "");
    }

    #[test]
    fn hostile_rows_parse_back_with_the_right_width() {
        let g = fixtures::hostile();
        let (a, e) = to_neo4j(&g);
        let arows = parse(&a);
        let erows = parse(&e);
        assert_eq!(arows.len(), g.actor_count() + 1);
        assert_eq!(erows.len(), g.event_count() + 1);
        assert!(arows.iter().all(|r| r.len() == 6), "{arows:?}");
        assert!(erows.iter().all(|r| r.len() == 10), "{erows:?}");
        let q = arows.iter().find(|r| r[0] == "q").expect("actor q");
        assert_eq!(q[1], "Say \"hi\" \\N \\\\ {x} | <y>");
    }

    #[test]
    fn types_and_labels() {
        let (a, e) = to_neo4j(&fixtures::small());
        assert!(a.contains("emmanuel-macron,Emmanuel Macron,person,FRA,Macron,\"Actor;Person\""));
        assert!(e.contains("chn,fra,SIGN_DEAL,sign_deal,057,2023-04,month,0.8,1,"));
    }

    #[test]
    fn output_paths_prefix_or_directory() {
        let (a, e) = output_paths(Path::new("out/g.csv")).expect("paths");
        assert_eq!(a, Path::new("out/g.actors.csv"));
        assert_eq!(e, Path::new("out/g.events.csv"));
        let (a, _) = output_paths(Path::new("neo")).expect("paths");
        assert_eq!(a, Path::new("neo/actors.csv"));
        assert!(output_paths(Path::new("-")).is_err());
    }
}
