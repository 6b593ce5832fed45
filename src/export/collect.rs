//! The nodes and relationships inside query result values: what
//! `export --query` exports. Walks nodes, relationships and paths, and lists
//! and maps of them, to any depth; each node and relationship counts once.

use crate::model::{Edge, EdgeId, Node, NodeId};
use crate::query::Value;
use std::collections::BTreeMap;

/// Every node and relationship in `values`, by id.
pub(crate) fn collect<'v>(values: impl IntoIterator<Item = &'v Value>) -> (BTreeMap<NodeId, Node>, BTreeMap<EdgeId, Edge>) {
    let mut nodes = BTreeMap::new();
    let mut edges = BTreeMap::new();
    // An explicit stack: a value nested very deep must not overflow the
    // call stack.
    let mut stack: Vec<&Value> = values.into_iter().collect();
    while let Some(value) = stack.pop() {
        match value {
            Value::Node(n) => {
                nodes.entry(n.id).or_insert_with(|| Node::clone(n));
            }
            Value::Relationship(e) => {
                edges.entry(e.id).or_insert_with(|| Edge::clone(e));
            }
            Value::Path(p) => {
                for n in &p.nodes {
                    nodes.entry(n.id).or_insert_with(|| n.clone());
                }
                for e in &p.relationships {
                    edges.entry(e.id).or_insert_with(|| e.clone());
                }
            }
            Value::List(items) => stack.extend(items.iter()),
            Value::Map(map) => stack.extend(map.values()),
            Value::Null | Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::String(_) => {}
        }
    }
    (nodes, edges)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Label, PropValue, Props, RelType};
    use crate::query::Path;

    fn node(id: u64, label: Label, name: &str) -> Node {
        let mut props = Props::new();
        props.insert("name".into(), PropValue::Str(name.into()));
        Node { id: NodeId(id), label, props }
    }

    fn edge(id: u64, rel: RelType, from: u64, to: u64) -> Edge {
        Edge { id: EdgeId(id), rel, from: NodeId(from), to: NodeId(to), props: Props::new(), provenance: Vec::new() }
    }

    #[test]
    fn nodes_relationships_and_paths_are_collected_once_from_any_depth() {
        let person = node(1, Label::Person, "Қуат Байғоджаев");
        let office = node(2, Label::Office, "chairman@AMANAT/oblast/Алматы");
        let branch = node(3, Label::Branch, "AMANAT/oblast/Алматы");
        let holds = edge(10, RelType::Holds, 1, 2);
        let of = edge(11, RelType::Of, 2, 3);
        let path = Path { nodes: vec![person.clone(), office.clone(), branch.clone()], relationships: vec![holds.clone(), of.clone()] };
        let mut map = std::collections::BTreeMap::new();
        map.insert("who".to_string(), Value::Node(person.clone().into()));
        map.insert("deep".to_string(), Value::List(vec![Value::List(vec![Value::Relationship(holds.clone().into())])]));
        let rows = [
            vec![Value::Path(path.into()), Value::String("ignored".into()), Value::Int(3)],
            vec![Value::Node(person.clone().into()), Value::Null, Value::Map(map)],
            vec![Value::Relationship(edge(12, RelType::PartOf, 3, 4).into()), Value::Float(1.5), Value::Bool(true)],
        ];
        let (nodes, edges) = collect(rows.iter().flatten());
        assert_eq!(nodes.keys().map(|id| id.0).collect::<Vec<_>>(), vec![1, 2, 3]);
        assert_eq!(edges.keys().map(|id| id.0).collect::<Vec<_>>(), vec![10, 11, 12]);
        assert_eq!(nodes[&NodeId(1)], person);
        assert_eq!(edges[&EdgeId(11)], of);
    }

    #[test]
    fn plain_values_and_empty_rows_give_nothing() {
        let rows: Vec<Vec<Value>> = vec![vec![], vec![Value::from("Астана"), Value::from(7i64)]];
        let (nodes, edges) = collect(rows.iter().flatten());
        assert!(nodes.is_empty() && edges.is_empty());
    }

    #[test]
    fn a_deeply_nested_value_does_not_overflow_the_stack() {
        let mut value = Value::Node(node(5, Label::Person, "x").into());
        for _ in 0..100_000 {
            value = Value::List(vec![value]);
        }
        let (nodes, _) = collect([&value]);
        assert_eq!(nodes.len(), 1);
        // Dropping a 100 000-deep value recursively would itself overflow:
        // take it apart iteratively.
        let mut current = value;
        while let Value::List(mut items) = current {
            current = items.pop().unwrap_or(Value::Null);
        }
    }
}
