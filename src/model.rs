//! The graph model: node labels, relationship types, property values, nodes,
//! relationships and their provenance. Everything above the store speaks in
//! these types; nothing here knows how they are laid out on disk.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// A node's identity inside one database. Ids are dense and never reused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct NodeId(pub u64);

/// A relationship's identity inside one database.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct EdgeId(pub u64);

impl fmt::Display for NodeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl fmt::Display for EdgeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

macro_rules! closed_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $code:literal => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name { $(#[doc = concat!("`", $text, "`")] $variant),+ }

        impl $name {
            /// Every value, in code order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The one-byte code used in storage keys. Codes are part of the
            /// on-disk format: never renumber them.
            pub fn code(self) -> u8 {
                match self { $($name::$variant => $code),+ }
            }

            /// The value with this storage code.
            pub fn from_code(code: u8) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }

            /// The name queries use.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// Parses the name queries use (exact spelling).
            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

closed_enum! {
    /// The kind of a node.
    Label {
        Article = 1 => "Article",
        Person = 2 => "Person",
        Party = 3 => "Party",
        Branch = 4 => "Branch",
        Organization = 5 => "Organization",
        Office = 6 => "Office",
        Event = 7 => "Event",
        Place = 8 => "Place",
    }
}

closed_enum! {
    /// The kind of a relationship.
    RelType {
        Holds = 1 => "HOLDS",
        Of = 2 => "OF",
        PartOf = 3 => "PART_OF",
        ElectedTo = 4 => "ELECTED_TO",
        Participated = 5 => "PARTICIPATED",
        In = 6 => "IN",
        Authored = 7 => "AUTHORED",
        MentionedIn = 8 => "MENTIONED_IN",
    }
}

/// Which way a relationship is followed from a node.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// From the node to the other end (`(n)-[]->()`).
    Outgoing,
    /// From the other end to the node (`(n)<-[]-()`).
    Incoming,
    /// Either way (`(n)-[]-()`).
    Both,
}

/// A property value as stored on nodes and relationships.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum PropValue {
    /// A string.
    Str(String),
    /// A 64-bit integer.
    Int(i64),
    /// A boolean.
    Bool(bool),
    /// A list of strings (aliases).
    List(Vec<String>),
}

impl PropValue {
    /// The string inside, when this is a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            PropValue::Str(s) => Some(s),
            _ => None,
        }
    }
}

impl fmt::Display for PropValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PropValue::Str(s) => write!(f, "{s:?}"),
            PropValue::Int(i) => write!(f, "{i}"),
            PropValue::Bool(b) => write!(f, "{b}"),
            PropValue::List(items) => {
                f.write_str("[")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{item:?}")?;
                }
                f.write_str("]")
            }
        }
    }
}

/// Properties by name, in name order.
pub type Props = BTreeMap<String, PropValue>;

/// A byte range `[start, end)` in an article's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl Span {
    /// A span from byte offsets (saturating at `u32::MAX`, far beyond the
    /// article size limit).
    pub fn new(start: usize, end: usize) -> Span {
        let clamp = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        Span { start: clamp(start), end: clamp(end) }
    }

    /// The text this span covers, if it lies on character boundaries of `text`.
    pub fn slice<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start as usize..self.end as usize)
    }
}

/// Where a relationship was read: the article node and the sentence's bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Provenance {
    /// The article the relationship came from.
    pub article: NodeId,
    /// The sentence, as a byte span of the article's text.
    pub span: Span,
}

/// A node with its label and properties.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Node {
    /// Its id.
    pub id: NodeId,
    /// Its label.
    pub label: Label,
    /// Its properties.
    pub props: Props,
}

impl Node {
    /// A string property.
    pub fn str_prop(&self, name: &str) -> Option<&str> {
        self.props.get(name).and_then(PropValue::as_str)
    }

    /// The text that names this node for people: a person's or
    /// organisation's name, else a key, else an article's title.
    pub fn display_name(&self) -> String {
        for prop in ["name", "key", "title", "id"] {
            if let Some(s) = self.str_prop(prop) {
                return s.to_string();
            }
        }
        format!("#{}", self.id)
    }
}

/// A relationship between two nodes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Edge {
    /// Its id.
    pub id: EdgeId,
    /// Its type.
    pub rel: RelType,
    /// The start node.
    pub from: NodeId,
    /// The end node.
    pub to: NodeId,
    /// Its properties (`status` of HOLDS, `role` of PARTICIPATED).
    pub props: Props,
    /// Every article sentence that states it.
    pub provenance: Vec<Provenance>,
}

impl Edge {
    /// A string property.
    pub fn str_prop(&self, name: &str) -> Option<&str> {
        self.props.get(name).and_then(PropValue::as_str)
    }

    /// The other end, seen from `node`.
    pub fn other(&self, node: NodeId) -> NodeId {
        if self.from == node {
            self.to
        } else {
            self.from
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_are_distinct() {
        for l in Label::ALL {
            assert_eq!(Label::from_code(l.code()), Some(*l));
            assert_eq!(Label::parse(l.as_str()), Some(*l));
        }
        for r in RelType::ALL {
            assert_eq!(RelType::from_code(r.code()), Some(*r));
            assert_eq!(RelType::parse(r.as_str()), Some(*r));
        }
        assert_eq!(Label::from_code(0), None);
        assert_eq!(RelType::parse("holds"), None);
    }

    #[test]
    fn span_slices_only_on_boundaries() {
        let text = "Қуат";
        assert_eq!(Span::new(0, 2).slice(text), Some("Қ"));
        assert_eq!(Span::new(0, 1).slice(text), None);
    }
}
