//! The values a query returns: typed, in rows with column names.

use crate::model::{Edge, Node};
use std::collections::BTreeMap;

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
    /// A node.
    Node(Node),
    /// A relationship.
    Relationship(Edge),
    /// A path.
    Path(Path),
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
