//! A compact, filtered view of a graph for the queries that walk it (path,
//! top, ego): actors as dense `u32` nodes in id order, the filtered events
//! as node pairs, and adjacency in compressed sparse rows.
//!
//! petgraph's `DiGraph` would do, but the queries need the filter applied,
//! parallel edges collapsed and neighbours in id order (for deterministic
//! answers); building those arrays directly is one pass over the events and
//! a sort per node, which keeps a million-event graph within milliseconds.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::graph::EventGraph;
use crate::model::{Actor, Event, Relation};

use super::Filter;

/// The filtered graph as dense nodes and edges.
pub(crate) struct Index<'g> {
    /// Node `i` is `actors[i]`; actors are in id order, so comparing node
    /// numbers compares ids.
    pub actors: Vec<&'g Actor>,
    /// The events that pass the filter, in `events()` order.
    pub edges: Vec<Edge<'g>>,
    lookup: HashMap<&'g str, u32, BuildHasherDefault<FxHasher>>,
}

/// One filtered event, with what the walks need copied inline so that
/// passes over the edges read one contiguous array instead of chasing a
/// pointer per event.
#[derive(Clone, Copy)]
pub(crate) struct Edge<'g> {
    pub s: u32,
    pub t: u32,
    pub relation: Relation,
    pub reports: u32,
    pub event: &'g Event,
}

/// Compressed sparse rows: the neighbours of node `i` are
/// `targets[offsets[i]..offsets[i + 1]]`, with weights alongside (empty
/// for unweighted rows).
pub(crate) struct Csr {
    pub offsets: Vec<usize>,
    pub targets: Vec<u32>,
    pub weights: Vec<f64>,
}

impl Csr {
    pub fn neighbors(&self, i: u32) -> &[u32] {
        let i = i as usize;
        &self.targets[self.offsets[i]..self.offsets[i + 1]]
    }

    /// Builds unweighted rows from (from, to) arcs, each row sorted and
    /// without repeats (parallel edges collapse). Four bytes per arc keeps
    /// the scatter into rows cache-friendly on large graphs.
    fn from_pairs(nodes: usize, arcs: impl Iterator<Item = (u32, u32)> + Clone) -> Csr {
        let mut counts = vec![0usize; nodes + 1];
        for (s, _) in arcs.clone() {
            counts[s as usize + 1] += 1;
        }
        for i in 0..nodes {
            counts[i + 1] += counts[i];
        }
        let mut fill = counts.clone();
        let mut row = vec![0u32; counts[nodes]];
        for (s, t) in arcs {
            row[fill[s as usize]] = t;
            fill[s as usize] += 1;
        }
        let mut offsets = Vec::with_capacity(nodes + 1);
        let mut targets = Vec::with_capacity(row.len());
        offsets.push(0);
        for i in 0..nodes {
            let slice = &mut row[counts[i]..counts[i + 1]];
            slice.sort_unstable();
            let start = targets.len();
            for &t in slice.iter() {
                if targets.len() == start || targets.last() != Some(&t) {
                    targets.push(t);
                }
            }
            offsets.push(targets.len());
        }
        Csr {
            offsets,
            targets,
            weights: Vec::new(),
        }
    }

    /// Builds rows from (from, to, weight) arcs, sorting each row by target
    /// and summing the weights of repeated arcs (parallel edges collapse).
    fn from_arcs(nodes: usize, arcs: impl Iterator<Item = (u32, u32, f64)> + Clone) -> Csr {
        let mut counts = vec![0usize; nodes + 1];
        for (s, _, _) in arcs.clone() {
            counts[s as usize + 1] += 1;
        }
        for i in 0..nodes {
            counts[i + 1] += counts[i];
        }
        let mut fill = counts.clone();
        let mut row: Vec<(u32, f64)> = vec![(0, 0.0); counts[nodes]];
        for (s, t, w) in arcs {
            row[fill[s as usize]] = (t, w);
            fill[s as usize] += 1;
        }
        let mut offsets = Vec::with_capacity(nodes + 1);
        let mut targets = Vec::with_capacity(row.len());
        let mut weights = Vec::with_capacity(row.len());
        offsets.push(0);
        for i in 0..nodes {
            let slice = &mut row[counts[i]..counts[i + 1]];
            slice.sort_unstable_by_key(|&(t, _)| t);
            for &(t, w) in slice.iter() {
                if targets.len() > offsets[i] && targets.last() == Some(&t) {
                    if let Some(last) = weights.last_mut() {
                        *last += w;
                    }
                } else {
                    targets.push(t);
                    weights.push(w);
                }
            }
            offsets.push(targets.len());
        }
        Csr {
            offsets,
            targets,
            weights,
        }
    }
}

impl<'g> Index<'g> {
    /// Indexes every actor and the events that pass `filter`, with the
    /// actors in `focus` exempt from `--kind` (see [`Filter`]).
    pub fn build(g: &'g EventGraph, filter: &Filter, focus: &[&str]) -> Index<'g> {
        let actors: Vec<&Actor> = g.actors().collect();
        let mut lookup = HashMap::with_capacity_and_hasher(actors.len(), Default::default());
        for (i, a) in actors.iter().enumerate() {
            lookup.insert(a.id.as_str(), i as u32);
        }
        let country_ok: Vec<bool> = actors.iter().map(|a| filter.actor_country_ok(a)).collect();
        let kind_ok: Vec<bool> = actors
            .iter()
            .map(|a| focus.contains(&a.id.as_str()) || filter.actor_kind_ok(a))
            .collect();
        let mut edges = Vec::with_capacity(g.event_count());
        // Events come sorted by source, so the source lookup is cached.
        let mut last_source: Option<(&str, Option<u32>)> = None;
        let mut last_target: Option<(&str, Option<u32>)> = None;
        for e in g.events() {
            if !filter.matches_event(e) {
                continue;
            }
            let s = match last_source {
                Some((id, n)) if id == e.source => n,
                _ => {
                    let n = lookup.get(e.source.as_str()).copied();
                    last_source = Some((e.source.as_str(), n));
                    n
                }
            };
            // Parallel events of one pair are adjacent too.
            let t = match last_target {
                Some((id, n)) if id == e.target => n,
                _ => {
                    let n = lookup.get(e.target.as_str()).copied();
                    last_target = Some((e.target.as_str(), n));
                    n
                }
            };
            let (Some(s), Some(t)) = (s, t) else {
                continue;
            };
            let (su, tu) = (s as usize, t as usize);
            if !(country_ok[su] || country_ok[tu]) || !(kind_ok[su] && kind_ok[tu]) {
                continue;
            }
            edges.push(Edge {
                s,
                t,
                relation: e.relation,
                reports: u32::try_from(e.evidence.len()).unwrap_or(u32::MAX),
                event: e,
            });
        }
        Index {
            actors,
            edges,
            lookup,
        }
    }

    pub fn node(&self, id: &str) -> Option<u32> {
        self.lookup.get(id).copied()
    }

    pub fn len(&self) -> usize {
        self.actors.len()
    }

    /// Undirected, collapsed adjacency without self-loops, each row in id
    /// order; unweighted.
    pub fn undirected(&self) -> Csr {
        let arcs = self
            .edges
            .iter()
            .filter(|e| e.s != e.t)
            .flat_map(|e| [(e.s, e.t), (e.t, e.s)]);
        Csr::from_pairs(self.len(), arcs)
    }

    /// Directed adjacency weighted by number of reports, parallel edges
    /// summed, self-loops dropped; symmetric relations point both ways.
    pub fn directed_by_reports(&self) -> Csr {
        let arcs = self.edges.iter().filter(|e| e.s != e.t).flat_map(|e| {
            let w = e.reports.max(1) as f64;
            let back = e.relation.is_symmetric().then_some((e.t, e.s, w));
            std::iter::once((e.s, e.t, w)).chain(back)
        });
        Csr::from_arcs(self.len(), arcs)
    }
}

/// Breadth-first distances from `start` over `adj`, `u32::MAX` where
/// unreachable; stops expanding past `limit` hops.
pub(crate) fn bfs(adj: &Csr, start: u32, limit: u32) -> Vec<u32> {
    let mut dist = vec![u32::MAX; adj.offsets.len() - 1];
    let mut queue = std::collections::VecDeque::new();
    dist[start as usize] = 0;
    queue.push_back(start);
    while let Some(u) = queue.pop_front() {
        let d = dist[u as usize];
        if d >= limit {
            continue;
        }
        for &v in adj.neighbors(u) {
            if dist[v as usize] == u32::MAX {
                dist[v as usize] = d + 1;
                queue.push_back(v);
            }
        }
    }
    dist
}

/// The Fx hash (as in rustc): actor ids are short trusted strings from our
/// own graph, so a fast non-cryptographic hash is safe, and it is several
/// times quicker than SipHash over a million lookups.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w));
        }
    }
    fn write_u8(&mut self, b: u8) {
        self.add(b as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::tests::sample;

    #[test]
    fn parallel_edges_collapse_and_rows_are_sorted() {
        let g = sample();
        let ix = Index::build(&g, &Filter::default(), &[]);
        assert_eq!(ix.edges.len(), 8);
        let und = ix.undirected();
        let macron = ix.node("emmanuel-macron").unwrap();
        let names: Vec<&str> = und
            .neighbors(macron)
            .iter()
            .map(|&n| ix.actors[n as usize].id.as_str())
            .collect();
        assert_eq!(names, ["chn", "olaf-scholz", "xi-jinping"]);
        // Macron -> Xi: the meet (2 reports, symmetric, so both ways); the
        // praise points the other way. Xi -> Macron sums meet and praise.
        let xi = ix.node("xi-jinping").unwrap();
        let dir = ix.directed_by_reports();
        let weight = |u: u32, v: u32| {
            let at = dir.neighbors(u).iter().position(|&n| n == v).unwrap();
            dir.weights[dir.offsets[u as usize] + at]
        };
        assert_eq!(weight(macron, xi), 2.0);
        assert_eq!(weight(xi, macron), 3.0);
    }
}
