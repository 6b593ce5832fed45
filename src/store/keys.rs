//! The key layout. One ordered keyspace; the first byte names the "tree".
//! Numbers are big-endian so that byte order is value order, and every
//! variable-length text field ends in 0xFF, a byte UTF-8 never contains, so
//! that a text's keys never interleave with a longer text's.
//!
//! | tag | key                                   | value              |
//! |-----|---------------------------------------|--------------------|
//! | `M` | meta name                             | meta value         |
//! | `N` | node id                               | node record        |
//! | `E` | edge id                               | edge record        |
//! | `O` | from, rel, to, edge                   | (empty)            |
//! | `I` | to, rel, from, edge                   | (empty)            |
//! | `L` | label, node id                        | (empty)            |
//! | `P` | prop, 0x00, normalised value, 0xFF, id| (empty)            |
//! | `U` | label, identity, 0xFF                 | node id            |
//! | `D` | from, rel, to, discriminator, 0xFF    | edge id            |
//! | `A` | content hash                          | article node id    |
//! | `F` | article node id                       | article record     |
//! | `C` | 0 label / 1 rel type                  | count              |

use crate::model::{EdgeId, Label, NodeId, RelType};

pub(crate) const META: u8 = b'M';
pub(crate) const NODE: u8 = b'N';
pub(crate) const EDGE: u8 = b'E';
pub(crate) const OUT: u8 = b'O';
pub(crate) const IN: u8 = b'I';
pub(crate) const LABEL: u8 = b'L';
pub(crate) const PROP: u8 = b'P';
pub(crate) const IDENTITY: u8 = b'U';
pub(crate) const EDGE_IDENTITY: u8 = b'D';
pub(crate) const ARTICLE_HASH: u8 = b'A';
pub(crate) const ARTICLE_FACTS: u8 = b'F';
pub(crate) const COUNT: u8 = b'C';

/// Ends a text field inside a key; never occurs in UTF-8.
pub(crate) const TEXT_END: u8 = 0xFF;

pub(crate) fn meta(name: &str) -> Vec<u8> {
    let mut k = vec![META];
    k.extend_from_slice(name.as_bytes());
    k
}

pub(crate) fn node(id: NodeId) -> Vec<u8> {
    let mut k = Vec::with_capacity(9);
    k.push(NODE);
    k.extend_from_slice(&id.0.to_be_bytes());
    k
}

pub(crate) fn edge(id: EdgeId) -> Vec<u8> {
    let mut k = Vec::with_capacity(9);
    k.push(EDGE);
    k.extend_from_slice(&id.0.to_be_bytes());
    k
}

/// An adjacency key: `tag, near, rel, far, edge` (26 bytes).
pub(crate) fn adjacency(tag: u8, near: NodeId, rel: RelType, far: NodeId, edge: EdgeId) -> Vec<u8> {
    let mut k = Vec::with_capacity(26);
    k.push(tag);
    k.extend_from_slice(&near.0.to_be_bytes());
    k.push(rel.code());
    k.extend_from_slice(&far.0.to_be_bytes());
    k.extend_from_slice(&edge.0.to_be_bytes());
    k
}

/// The prefix of every adjacency key of `near` (any type) or of one type.
pub(crate) fn adjacency_prefix(tag: u8, near: NodeId, rel: Option<RelType>) -> Vec<u8> {
    let mut k = Vec::with_capacity(10);
    k.push(tag);
    k.extend_from_slice(&near.0.to_be_bytes());
    if let Some(rel) = rel {
        k.push(rel.code());
    }
    k
}

/// Decodes an adjacency key into `(near, rel, far, edge)`.
pub(crate) fn parse_adjacency(key: &[u8]) -> Option<(NodeId, RelType, NodeId, EdgeId)> {
    if key.len() != 26 {
        return None;
    }
    let near = NodeId(u64::from_be_bytes(key[1..9].try_into().ok()?));
    let rel = RelType::from_code(key[9])?;
    let far = NodeId(u64::from_be_bytes(key[10..18].try_into().ok()?));
    let edge = EdgeId(u64::from_be_bytes(key[18..26].try_into().ok()?));
    Some((near, rel, far, edge))
}

pub(crate) fn label(label: Label, id: NodeId) -> Vec<u8> {
    let mut k = label_prefix(label);
    k.extend_from_slice(&id.0.to_be_bytes());
    k
}

pub(crate) fn label_prefix(label: Label) -> Vec<u8> {
    vec![LABEL, label.code()]
}

/// The node id at the end of a label or property index key.
pub(crate) fn trailing_id(key: &[u8]) -> Option<NodeId> {
    let tail = key.len().checked_sub(8).map(|at| &key[at..])?;
    Some(NodeId(u64::from_be_bytes(tail.try_into().ok()?)))
}

/// A property-index key. `value` is already normalised.
pub(crate) fn prop(prop: &str, value: &str, id: NodeId) -> Vec<u8> {
    let mut k = prop_value_prefix(prop, value);
    k.extend_from_slice(&id.0.to_be_bytes());
    k
}

/// Every index key of one exact (normalised) value.
pub(crate) fn prop_value_prefix(prop: &str, value: &str) -> Vec<u8> {
    let mut k = prop_prefix(prop);
    k.extend_from_slice(value.as_bytes());
    k.push(TEXT_END);
    k
}

/// Every index key of one property (for prefix and full-index scans).
pub(crate) fn prop_prefix(prop: &str) -> Vec<u8> {
    let mut k = Vec::with_capacity(prop.len() + 2);
    k.push(PROP);
    k.extend_from_slice(prop.as_bytes());
    k.push(0);
    k
}

/// The (normalised) value inside a property-index key.
pub(crate) fn prop_key_value<'k>(prop: &str, key: &'k [u8]) -> Option<&'k str> {
    let body = key.get(prop.len() + 2..key.len().checked_sub(9)?)?;
    std::str::from_utf8(body).ok()
}

pub(crate) fn identity(label: Label, identity: &str) -> Vec<u8> {
    let mut k = Vec::with_capacity(identity.len() + 3);
    k.push(IDENTITY);
    k.push(label.code());
    k.extend_from_slice(identity.as_bytes());
    k.push(TEXT_END);
    k
}

pub(crate) fn edge_identity(from: NodeId, rel: RelType, to: NodeId, discriminator: &str) -> Vec<u8> {
    let mut k = Vec::with_capacity(discriminator.len() + 20);
    k.push(EDGE_IDENTITY);
    k.extend_from_slice(&from.0.to_be_bytes());
    k.push(rel.code());
    k.extend_from_slice(&to.0.to_be_bytes());
    k.extend_from_slice(discriminator.as_bytes());
    k.push(TEXT_END);
    k
}

pub(crate) fn article_hash(hash: &[u8; 32]) -> Vec<u8> {
    let mut k = Vec::with_capacity(33);
    k.push(ARTICLE_HASH);
    k.extend_from_slice(hash);
    k
}

pub(crate) fn article_facts(article: NodeId) -> Vec<u8> {
    let mut k = vec![ARTICLE_FACTS];
    k.extend_from_slice(&article.0.to_be_bytes());
    k
}

pub(crate) fn label_count(label: Label) -> Vec<u8> {
    vec![COUNT, 0, label.code()]
}

pub(crate) fn rel_count(rel: RelType) -> Vec<u8> {
    vec![COUNT, 1, rel.code()]
}

pub(crate) fn id_after_tag(key: &[u8]) -> Option<u64> {
    Some(u64::from_be_bytes(key.get(1..9)?.try_into().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn node_keys_sort_like_ids(a in any::<u64>(), b in any::<u64>()) {
            prop_assert_eq!(node(NodeId(a)).cmp(&node(NodeId(b))), a.cmp(&b));
        }

        #[test]
        fn prop_keys_of_one_value_never_interleave_with_longer_values(
            a in "[а-яәғқңөұүһі]{1,6}", b in "[а-яәғқңөұүһі]{1,6}", id in any::<u64>()
        ) {
            let joined = format!("{a}{b}");
            let key = prop("name", &joined, NodeId(id));
            prop_assert!(!key.starts_with(&prop_value_prefix("name", &a)));
            prop_assert_eq!(prop_key_value("name", &key), Some(joined.as_str()));
            prop_assert_eq!(trailing_id(&key), Some(NodeId(id)));
        }

        #[test]
        fn adjacency_keys_round_trip(n in any::<u64>(), f in any::<u64>(), e in any::<u64>(), r in 0usize..8) {
            let rel = RelType::ALL[r];
            let key = adjacency(OUT, NodeId(n), rel, NodeId(f), EdgeId(e));
            prop_assert!(key.starts_with(&adjacency_prefix(OUT, NodeId(n), Some(rel))));
            prop_assert_eq!(parse_adjacency(&key), Some((NodeId(n), rel, NodeId(f), EdgeId(e))));
        }
    }
}
