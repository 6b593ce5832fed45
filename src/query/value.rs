//! The values a query returns: typed, in rows with column names.

use crate::model::{Edge, Node};
use std::collections::BTreeMap;
use std::sync::Arc;

/// A path: nodes and the relationships between them (`nodes.len() ==
/// relationships.len() + 1`).
#[derive(Clone, Debug, PartialEq)]
pub struct Path {
    /// The nodes in order.
    pub nodes: Vec<Node>,
    /// The relationships in order.
    pub relationships: Vec<Edge>,
}

/// A value in a query result or a parameter.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// No value.
    Null,
    /// A boolean.
    Bool(bool),
    /// An integer.
    Int(i64),
    /// A floating-point number.
    Float(f64),
    /// A string.
    String(String),
    /// A list.
    List(Vec<Value>),
    /// A map with string keys.
    Map(BTreeMap<String, Value>),
    /// A node. Shared: a row that binds a node many times over (a
    /// grouping key, an expansion's start) clones a pointer, not its
    /// property map.
    Node(Arc<Node>),
    /// A relationship. Shared, like a node: it also keeps every value
    /// small (a row's values are moved and copied per match).
    Relationship(Arc<Edge>),
    /// A path.
    Path(Arc<Path>),
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::String(s.to_string())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::String(s)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

/// Query parameters by name (without the `$`).
pub type Params = BTreeMap<String, Value>;

use crate::model::PropValue;
use std::cmp::Ordering;
use std::fmt;

impl From<f64> for Value {
    fn from(x: f64) -> Value {
        Value::Float(x)
    }
}

impl From<&PropValue> for Value {
    fn from(p: &PropValue) -> Value {
        match p {
            PropValue::Str(s) => Value::String(s.clone()),
            PropValue::Int(i) => Value::Int(*i),
            PropValue::Bool(b) => Value::Bool(*b),
            PropValue::List(items) => Value::List(items.iter().map(|s| Value::String(s.clone())).collect()),
        }
    }
}

/// A hashable, comparable stand-in for a value: what DISTINCT and grouping
/// compare (nodes and relationships by id).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum ValueKey {
    Null,
    Bool(bool),
    Int(i64),
    Float(u64),
    String(String),
    List(Vec<ValueKey>),
    Map(Vec<(String, ValueKey)>),
    Node(u64),
    Relationship(u64),
    Path(Vec<u64>, Vec<u64>),
}

impl Value {
    /// The name of the value's type, for messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Int(_) => "integer",
            Value::Float(_) => "float",
            Value::String(_) => "string",
            Value::List(_) => "list",
            Value::Map(_) => "map",
            Value::Node(_) => "node",
            Value::Relationship(_) => "relationship",
            Value::Path(_) => "path",
        }
    }

    /// Whether this is `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    pub(crate) fn key(&self) -> ValueKey {
        match self {
            Value::Null => ValueKey::Null,
            Value::Bool(b) => ValueKey::Bool(*b),
            Value::Int(i) => ValueKey::Int(*i),
            Value::Float(x) => {
                let x = if *x == 0.0 { 0.0 } else if x.is_nan() { f64::NAN } else { *x };
                ValueKey::Float(x.to_bits())
            }
            Value::String(s) => ValueKey::String(s.clone()),
            Value::List(items) => ValueKey::List(items.iter().map(Value::key).collect()),
            Value::Map(m) => ValueKey::Map(m.iter().map(|(k, v)| (k.clone(), v.key())).collect()),
            Value::Node(n) => ValueKey::Node(n.id.0),
            Value::Relationship(e) => ValueKey::Relationship(e.id.0),
            Value::Path(p) => {
                ValueKey::Path(p.nodes.iter().map(|n| n.id.0).collect(), p.relationships.iter().map(|e| e.id.0).collect())
            }
        }
    }

    /// Cypher's orderability: a total order over all values, used by ORDER
    /// BY, min and max. Maps < nodes < relationships < lists < paths <
    /// strings < booleans < numbers < null.
    pub fn order(&self, other: &Value) -> Ordering {
        fn rank(v: &Value) -> u8 {
            match v {
                Value::Map(_) => 0,
                Value::Node(_) => 1,
                Value::Relationship(_) => 2,
                Value::List(_) => 3,
                Value::Path(_) => 4,
                Value::String(_) => 5,
                Value::Bool(_) => 6,
                Value::Int(_) | Value::Float(_) => 7,
                Value::Null => 8,
            }
        }
        match (self, other) {
            (Value::Int(a), Value::Int(b)) => a.cmp(b),
            (Value::Int(a), Value::Float(b)) => (*a as f64).total_cmp(b),
            (Value::Float(a), Value::Int(b)) => a.total_cmp(&(*b as f64)),
            (Value::Float(a), Value::Float(b)) => a.total_cmp(b),
            (Value::String(a), Value::String(b)) => a.cmp(b),
            (Value::Bool(a), Value::Bool(b)) => a.cmp(b),
            (Value::List(a), Value::List(b)) => {
                for (x, y) in a.iter().zip(b) {
                    let o = x.order(y);
                    if o != Ordering::Equal {
                        return o;
                    }
                }
                a.len().cmp(&b.len())
            }
            (Value::Node(a), Value::Node(b)) => a.id.cmp(&b.id),
            (Value::Relationship(a), Value::Relationship(b)) => a.id.cmp(&b.id),
            _ => match rank(self).cmp(&rank(other)) {
                Ordering::Equal => self.key().cmp(&other.key()),
                o => o,
            },
        }
    }

    /// The value as JSON: nodes as `{"id", "labels", "properties"}`,
    /// relationships as `{"id", "type", "start", "end", "properties"}`,
    /// paths as `{"nodes", "relationships"}`.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::{json, Value as J};
        let props = |p: &crate::model::Props| -> J {
            J::Object(p.iter().map(|(k, v)| (k.clone(), Value::from(v).to_json())).collect())
        };
        match self {
            Value::Null => J::Null,
            Value::Bool(b) => J::Bool(*b),
            Value::Int(i) => J::from(*i),
            Value::Float(x) => serde_json::Number::from_f64(*x).map_or(J::Null, J::Number),
            Value::String(s) => J::String(s.clone()),
            Value::List(items) => J::Array(items.iter().map(Value::to_json).collect()),
            Value::Map(m) => J::Object(m.iter().map(|(k, v)| (k.clone(), v.to_json())).collect()),
            Value::Node(n) => json!({"id": n.id.0, "labels": [n.label.as_str()], "properties": props(&n.props)}),
            Value::Relationship(e) => json!({
                "id": e.id.0, "type": e.rel.as_str(), "start": e.from.0, "end": e.to.0, "properties": props(&e.props)
            }),
            Value::Path(p) => json!({
                "nodes": p.nodes.iter().map(|n| Value::Node(Arc::new(n.clone())).to_json()).collect::<Vec<_>>(),
                "relationships": p.relationships.iter().map(|e| Value::Relationship(Arc::new(e.clone())).to_json()).collect::<Vec<_>>(),
            }),
        }
    }

    /// The value as a table cell: strings bare, everything else as [`Display`](fmt::Display).
    pub fn to_cell(&self) -> String {
        match self {
            Value::String(s) => s.clone(),
            Value::Null => String::new(),
            other => other.to_string(),
        }
    }
}

fn write_props(f: &mut fmt::Formatter<'_>, props: &crate::model::Props) -> fmt::Result {
    let shown: Vec<_> = props.iter().filter(|(_, v)| !matches!(v, PropValue::List(l) if l.is_empty())).collect();
    if shown.is_empty() {
        return Ok(());
    }
    f.write_str(" {")?;
    for (i, (k, v)) in shown.into_iter().enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        write!(f, "{k}: {}", Value::from(v))?;
    }
    f.write_str("}")
}

fn write_node(f: &mut fmt::Formatter<'_>, n: &Node) -> fmt::Result {
    write!(f, "(:{}", n.label)?;
    write_props(f, &n.props)?;
    f.write_str(")")
}

fn write_edge(f: &mut fmt::Formatter<'_>, e: &Edge) -> fmt::Result {
    write!(f, "[:{}", e.rel)?;
    write_props(f, &e.props)?;
    f.write_str("]")
}

impl fmt::Display for Value {
    /// Cypher-like text: strings quoted, nodes as `(:Person {name: "…"})`,
    /// relationships as `[:HOLDS {status: "current"}]`, paths as chains.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => f.write_str("null"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::String(s) => super::ast::write_string_literal(f, s),
            Value::List(items) => {
                f.write_str("[")?;
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{v}")?;
                }
                f.write_str("]")
            }
            Value::Map(m) => {
                f.write_str("{")?;
                for (i, (k, v)) in m.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{k}: {v}")?;
                }
                f.write_str("}")
            }
            Value::Node(n) => write_node(f, n),
            Value::Relationship(e) => write_edge(f, e),
            Value::Path(p) => {
                let Some(first) = p.nodes.first() else { return f.write_str("<>") };
                write_node(f, first)?;
                for (e, pair) in p.relationships.iter().zip(p.nodes.windows(2)) {
                    let forward = e.from == pair[0].id;
                    f.write_str(if forward { "-" } else { "<-" })?;
                    write_edge(f, e)?;
                    f.write_str(if forward { "->" } else { "-" })?;
                    write_node(f, &pair[1])?;
                }
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_stays_four_words() {
        // Rows and bindings move values per match; a variant held inline
        // that grows this (an edge, a path) slows every query.
        assert_eq!(std::mem::size_of::<Value>(), 32);
    }
}
