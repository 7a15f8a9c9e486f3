//! `path A B`: how two actors are connected, through whom and by what.
//!
//! Direction is ignored (a chain of relations is what an analyst asks for:
//! "Scholz visited China, which Macron visited too"), and parallel edges are
//! collapsed into one link before searching, so two events between the same
//! pair never make two copies of a path. Each step then lists every relation
//! on its link.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use crate::graph::EventGraph;
use crate::model::Relation;

use super::index::{bfs, Csr, Index};
use super::{ActorRef, Filter, QueryError};

/// `--max-hops` when `--all` is given without it.
pub const DEFAULT_MAX_HOPS: usize = 4;
/// The most hops `--all` accepts: the number of simple paths grows
/// exponentially with length, so longer searches would not finish.
pub const MAX_ALL_HOPS: usize = 8;
/// Node expansions after which an `--all` search gives up and reports the
/// answer as truncated, whatever the limit on paths.
const WORK_BUDGET: usize = 5_000_000;

/// What to search for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PathOptions {
    /// Every simple path up to `max_hops`, not just one shortest path.
    pub all: bool,
    /// The longest path wanted; `None` is unbounded for a shortest path and
    /// [`DEFAULT_MAX_HOPS`] with `all`.
    pub max_hops: Option<usize>,
    /// The most paths returned with `all`; 0 for no limit.
    pub limit: usize,
}

impl Default for PathOptions {
    fn default() -> Self {
        PathOptions {
            all: false,
            max_hops: None,
            limit: 100,
        }
    }
}

/// The answer to `path`: see the schema in [the module documentation](super).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Paths {
    pub from: ActorRef,
    pub to: ActorRef,
    pub max_hops: Option<usize>,
    /// More paths exist than were returned (`--limit`, or the search budget).
    pub truncated: bool,
    /// Shortest first, then by the ids along the path. Empty when the two
    /// are not connected within the bounds.
    pub paths: Vec<Chain>,
}

/// One path from `from` to `to`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Chain {
    pub hops: usize,
    /// `hops + 1` actors, from first to last.
    pub actors: Vec<ActorRef>,
    pub steps: Vec<Step>,
}

/// One link of a path and the relations on it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    pub from: String,
    pub to: String,
    pub links: Vec<Link>,
}

/// The events of one relation and direction on a step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Link {
    pub relation: Relation,
    pub direction: LinkDirection,
    pub events: usize,
    pub reports: usize,
}

/// A link's direction relative to the path's direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkDirection {
    /// From the step's `from` to its `to`.
    Forward,
    /// From the step's `to` to its `from`.
    Backward,
    /// A symmetric relation.
    Mutual,
}

/// Finds one shortest path (the one whose ids come first, so the answer is
/// stable) or, with `opts.all`, every simple path up to `max_hops`.
///
/// The shortest path is a breadth-first search from `to` followed by a
/// greedy walk from `from`: linear in the graph. `all` enumerates by
/// increasing length with the distance to `to` pruning every branch that
/// cannot arrive in time, so the work is proportional to the paths found
/// (and bounded by a budget).
pub fn paths(
    g: &EventGraph,
    from: &str,
    to: &str,
    filter: &Filter,
    opts: PathOptions,
) -> Result<Paths, QueryError> {
    let max_hops = match (opts.all, opts.max_hops) {
        (true, Some(h)) if h > MAX_ALL_HOPS => {
            return Err(QueryError::BadOption(format!(
                "--max-hops {h} is too many for --all: the number of paths grows \
                 exponentially with length; use at most {MAX_ALL_HOPS}, or drop --all \
                 for the shortest path"
            )))
        }
        (true, Some(0)) | (false, Some(0)) if from != to => {
            return Err(QueryError::BadOption(
                "--max-hops must be at least 1".to_string(),
            ))
        }
        (true, h) => Some(h.unwrap_or(DEFAULT_MAX_HOPS)),
        (false, h) => h,
    };
    let ix = Index::build(g, filter, &[from, to]);
    let mut answer = Paths {
        from: ActorRef::lookup(g, from),
        to: ActorRef::lookup(g, to),
        max_hops,
        truncated: false,
        paths: Vec::new(),
    };
    let (Some(a), Some(b)) = (ix.node(from), ix.node(to)) else {
        return Ok(answer);
    };
    let adj = ix.undirected();
    let limit_hops = max_hops.map_or(u32::MAX, |h| h as u32);
    let dist = bfs(&adj, b, limit_hops);
    if dist[a as usize] == u32::MAX {
        return Ok(answer);
    }
    let found: Vec<Vec<u32>> = if opts.all {
        let max = limit_hops as usize;
        let cap = if opts.limit == 0 {
            usize::MAX
        } else {
            opts.limit
        };
        let mut search = AllPaths {
            adj: &adj,
            dist: &dist,
            target: b,
            on_path: vec![false; ix.len()],
            path: vec![a],
            out: Vec::new(),
            // One more than asked, to know whether there were more.
            cap: cap.saturating_add(1),
            budget: WORK_BUDGET,
        };
        search.on_path[a as usize] = true;
        for h in dist[a as usize] as usize..=max {
            if search.exhausted() {
                break;
            }
            search.run(a, h);
        }
        answer.truncated = search.exhausted();
        let mut out = search.out;
        out.truncate(cap);
        out
    } else {
        let mut path = vec![a];
        let mut cur = a;
        while cur != b {
            let want = dist[cur as usize] - 1;
            // Rows are in id order: the first closer neighbour has the
            // smallest id.
            match adj
                .neighbors(cur)
                .iter()
                .find(|&&v| dist[v as usize] == want)
            {
                Some(&v) => {
                    path.push(v);
                    cur = v;
                }
                None => break,
            }
        }
        vec![path]
    };
    answer.paths = describe(&ix, &found);
    Ok(answer)
}

struct AllPaths<'a> {
    adj: &'a Csr,
    dist: &'a [u32],
    target: u32,
    on_path: Vec<bool>,
    path: Vec<u32>,
    out: Vec<Vec<u32>>,
    cap: usize,
    budget: usize,
}

impl AllPaths<'_> {
    fn exhausted(&self) -> bool {
        self.out.len() >= self.cap || self.budget == 0
    }

    /// Appends every simple path of exactly `hops` hops from `node` (the
    /// end of `self.path`) to the target, in id order.
    fn run(&mut self, node: u32, hops: usize) {
        let depth = self.path.len() - 1;
        if node == self.target {
            if depth == hops {
                self.out.push(self.path.clone());
            }
            return;
        }
        for &v in self.adj.neighbors(node) {
            if self.exhausted() {
                return;
            }
            let d = self.dist[v as usize];
            if self.on_path[v as usize] || d == u32::MAX || depth + 1 + d as usize > hops {
                continue;
            }
            self.budget -= 1;
            self.on_path[v as usize] = true;
            self.path.push(v);
            self.run(v, hops);
            self.path.pop();
            self.on_path[v as usize] = false;
        }
    }
}

/// An event on a link: its source node, relation and number of reports.
type LinkEvent = (u32, Relation, usize);

/// Turns node paths into answers, listing the relations on every step. One
/// pass over the filtered events, for the pairs the paths use.
fn describe(ix: &Index, found: &[Vec<u32>]) -> Vec<Chain> {
    let pair = |u: u32, v: u32| (u.min(v), u.max(v));
    let mut on_links: HashMap<(u32, u32), Vec<LinkEvent>> = HashMap::new();
    for p in found {
        for w in p.windows(2) {
            on_links.entry(pair(w[0], w[1])).or_default();
        }
    }
    for e in &ix.edges {
        if let Some(list) = on_links.get_mut(&pair(e.s, e.t)) {
            list.push((e.s, e.relation, e.reports as usize));
        }
    }
    found
        .iter()
        .map(|p| {
            let steps = p
                .windows(2)
                .map(|w| {
                    let (u, v) = (w[0], w[1]);
                    let mut links: BTreeMap<(Relation, LinkDirection), (usize, usize)> =
                        BTreeMap::new();
                    for &(s, r, reports) in on_links.get(&pair(u, v)).into_iter().flatten() {
                        let dir = if r.is_symmetric() {
                            LinkDirection::Mutual
                        } else if s == u {
                            LinkDirection::Forward
                        } else {
                            LinkDirection::Backward
                        };
                        let slot = links.entry((r, dir)).or_insert((0, 0));
                        slot.0 += 1;
                        slot.1 += reports;
                    }
                    Step {
                        from: ix.actors[u as usize].id.clone(),
                        to: ix.actors[v as usize].id.clone(),
                        links: links
                            .into_iter()
                            .map(|((relation, direction), (events, reports))| Link {
                                relation,
                                direction,
                                events,
                                reports,
                            })
                            .collect(),
                    }
                })
                .collect();
            Chain {
                hops: p.len() - 1,
                actors: p
                    .iter()
                    .map(|&n| ActorRef::from(ix.actors[n as usize]))
                    .collect(),
                steps,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Relation;
    use crate::query::tests::{ev, sample};
    use crate::query::FilterSpec;

    fn ids(p: &Paths) -> Vec<String> {
        p.paths
            .iter()
            .map(|c| {
                c.actors
                    .iter()
                    .map(|a| a.id.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    fn all(max: usize) -> PathOptions {
        PathOptions {
            all: true,
            max_hops: Some(max),
            limit: 100,
        }
    }

    #[test]
    fn shortest_path_ignores_direction_and_lists_relations() {
        let g = sample();
        let p = paths(
            &g,
            "joe-biden",
            "chn",
            &Filter::default(),
            PathOptions::default(),
        )
        .unwrap();
        assert_eq!(ids(&p), ["joe-biden xi-jinping emmanuel-macron chn"]);
        let steps = &p.paths[0].steps;
        assert_eq!(p.paths[0].hops, 3);
        assert_eq!(
            steps[1].links,
            [
                Link {
                    relation: Relation::Meet,
                    direction: LinkDirection::Mutual,
                    events: 1,
                    reports: 2
                },
                Link {
                    relation: Relation::Praise,
                    direction: LinkDirection::Forward,
                    events: 1,
                    reports: 1
                },
            ]
        );
        assert_eq!(steps[2].links[0].direction, LinkDirection::Forward);
    }

    #[test]
    fn ties_go_to_the_smallest_ids() {
        let mut g = sample();
        g.add_event(ev("chn", "xi-jinping", Relation::Say, None, 1));
        // Scholz reaches Xi in two hops through China or through Macron:
        // "chn" comes first.
        let p = paths(
            &g,
            "olaf-scholz",
            "xi-jinping",
            &Filter::default(),
            PathOptions::default(),
        )
        .unwrap();
        assert_eq!(ids(&p), ["olaf-scholz chn xi-jinping"]);
        let p = paths(&g, "olaf-scholz", "xi-jinping", &Filter::default(), all(2)).unwrap();
        assert_eq!(
            ids(&p),
            [
                "olaf-scholz chn xi-jinping",
                "olaf-scholz emmanuel-macron xi-jinping"
            ]
        );
    }

    #[test]
    fn all_paths_do_not_repeat_over_parallel_edges() {
        let mut g = sample();
        // More parallel edges on the macron-xi link.
        g.add_event(ev(
            "emmanuel-macron",
            "xi-jinping",
            Relation::Urge,
            Some("2023-05-01"),
            1,
        ));
        let p = paths(&g, "xi-jinping", "chn", &Filter::default(), all(4)).unwrap();
        assert_eq!(
            ids(&p),
            [
                "xi-jinping emmanuel-macron chn",
                "xi-jinping emmanuel-macron olaf-scholz chn",
            ]
        );
        assert!(!p.truncated);
        let links: Vec<String> = p.paths[0].steps[0]
            .links
            .iter()
            .map(|l| format!("{}:{:?}", l.relation, l.direction))
            .collect();
        assert_eq!(links, ["urge:Backward", "meet:Mutual", "praise:Forward"]);
    }

    #[test]
    fn bounds_limits_and_filters() {
        let g = sample();
        let p = paths(&g, "xi-jinping", "chn", &Filter::default(), all(2)).unwrap();
        assert_eq!(ids(&p), ["xi-jinping emmanuel-macron chn"]);
        let p = paths(
            &g,
            "xi-jinping",
            "chn",
            &Filter::default(),
            PathOptions { limit: 1, ..all(4) },
        )
        .unwrap();
        assert_eq!(ids(&p), ["xi-jinping emmanuel-macron chn"]);
        assert!(p.truncated);
        // Without visits, China is reached only through von der Leyen, who
        // is linked to nobody else.
        let f = FilterSpec {
            relations: vec!["meet,praise,urge".into()],
            ..FilterSpec::default()
        }
        .parse()
        .unwrap();
        let p = paths(&g, "xi-jinping", "chn", &f, PathOptions::default()).unwrap();
        assert!(p.paths.is_empty());
        // A shortest path longer than --max-hops is no answer.
        let p = paths(
            &g,
            "joe-biden",
            "chn",
            &Filter::default(),
            PathOptions {
                max_hops: Some(2),
                ..PathOptions::default()
            },
        )
        .unwrap();
        assert!(p.paths.is_empty());
        let err = paths(&g, "joe-biden", "chn", &Filter::default(), all(20)).unwrap_err();
        assert!(err.to_string().contains("at most 8"), "{err}");
    }

    #[test]
    fn a_path_to_oneself_has_no_hops() {
        let g = sample();
        let p = paths(&g, "fra", "fra", &Filter::default(), PathOptions::default()).unwrap();
        assert_eq!(ids(&p), ["fra"]);
        assert_eq!(p.paths[0].hops, 0);
    }
}
