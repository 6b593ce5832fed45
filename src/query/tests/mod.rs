//! Tests of the query language that need its insides: the parser corpus
//! with golden errors, conformance with the pest grammar, round trips and
//! property tests.

mod parser_corpus;
