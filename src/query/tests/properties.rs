//! Property tests: random text never panics the parser (nor the error
//! rendering), and random syntax trees print as text that parses back to
//! the same tree.

use crate::query::ast::*;
use crate::query::parser::parse;
use proptest::prelude::*;

fn span() -> Span {
    Span::default()
}

fn ident(name: String) -> Ident {
    Ident { name, span: span() }
}

/// Any name: plain, reserved, or needing backticks.
fn any_name() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-zA-Z_][a-zA-Z0-9_]{0,6}",
        1 => Just("match".to_string()),
        1 => Just("Count".to_string()),
        1 => "\\PC{0,6}",
        1 => "[a-z`]{1,4}",
    ]
}

/// A function name: plain and not reserved.
fn function_name() -> impl Strategy<Value = String> {
    "[a-zA-Z_][a-zA-Z0-9_]{0,6}".prop_filter("not reserved", |n| !is_reserved(n))
}

fn literal() -> impl Strategy<Value = Literal> {
    prop_oneof![
        Just(Literal::Null),
        any::<bool>().prop_map(Literal::Bool),
        (0i64..i64::MAX).prop_map(Literal::Int),
        prop_oneof![Just(0.0), Just(1.5), Just(1e20), Just(2.5e-8), (0.0f64..1e12)].prop_map(Literal::Float),
        "\\PC{0,8}|[\\x00-\\x1f\"'\\\\]{0,4}".prop_map(Literal::String),
    ]
}

fn leaf() -> impl Strategy<Value = Expr> {
    prop_oneof![
        literal().prop_map(ExprKind::Literal),
        prop_oneof!["[a-z][a-z0-9]{0,4}", "[0-9]{1,3}", "\\PC{1,4}"].prop_map(ExprKind::Param),
        any_name().prop_map(ExprKind::Var),
        Just(ExprKind::CountStar),
    ]
    .prop_map(|k| Expr::new(k, span()))
}

fn chain_ops() -> impl Strategy<Value = Vec<BinOp>> {
    prop_oneof![
        Just(vec![BinOp::Or]),
        Just(vec![BinOp::Xor]),
        Just(vec![BinOp::And]),
        Just(vec![BinOp::Add, BinOp::Sub]),
        Just(vec![BinOp::Mul, BinOp::Div, BinOp::Mod]),
    ]
}

fn expr() -> impl Strategy<Value = Expr> {
    leaf().prop_recursive(5, 48, 4, |inner| {
        let boxed = inner.clone().prop_map(Box::new);
        let kind = prop_oneof![
            (boxed.clone(), any_name()).prop_map(|(b, k)| ExprKind::Property(b, ident(k))),
            (boxed.clone(), boxed.clone()).prop_map(|(b, i)| ExprKind::Index(b, i)),
            prop::collection::vec(inner.clone(), 0..4).prop_map(ExprKind::List),
            prop::collection::vec((any_name().prop_map(ident), inner.clone()), 0..3).prop_map(ExprKind::Map),
            (function_name(), any::<bool>(), prop::collection::vec(inner.clone(), 0..3))
                .prop_map(|(n, distinct, args)| ExprKind::Call { name: ident(n), distinct, args }),
            boxed.clone().prop_map(ExprKind::Not),
            boxed.clone().prop_map(ExprKind::Neg),
            (boxed.clone(), chain_ops(), prop::collection::vec((any::<prop::sample::Index>(), inner.clone()), 1..4)).prop_map(
                |(first, ops, rest)| ExprKind::Chain(first, rest.into_iter().map(|(i, e)| (*i.get(&ops), e)).collect())
            ),
            (
                boxed.clone(),
                prop_oneof![Just(CompOp::Eq), Just(CompOp::Ne), Just(CompOp::Lt), Just(CompOp::Le), Just(CompOp::Gt), Just(CompOp::Ge)],
                boxed.clone()
            )
                .prop_map(|(a, op, b)| ExprKind::Compare(a, op, b)),
            (boxed.clone(), predicate(boxed)).prop_map(|(e, p)| ExprKind::Predicate(e, p)),
        ];
        kind.prop_map(|k| Expr::new(k, span()))
    })
}

fn predicate(arg: impl Strategy<Value = Box<Expr>> + Clone) -> impl Strategy<Value = Predicate> {
    prop_oneof![
        Just(Predicate::IsNull),
        Just(Predicate::IsNotNull),
        arg.clone().prop_map(Predicate::In),
        arg.clone().prop_map(Predicate::StartsWith),
        arg.clone().prop_map(Predicate::EndsWith),
        arg.clone().prop_map(Predicate::Contains),
        arg.clone().prop_map(Predicate::Regex),
        arg.prop_map(Predicate::NameMatch),
    ]
}

fn small_expr() -> impl Strategy<Value = Expr> {
    leaf().prop_recursive(2, 6, 2, |inner| {
        (inner.clone(), any_name()).prop_map(|(b, k)| Expr::new(ExprKind::Property(Box::new(b), ident(k)), span()))
    })
}

fn props() -> impl Strategy<Value = Vec<(Ident, Expr)>> {
    prop::collection::vec((any_name().prop_map(ident), small_expr()), 0..2)
}

fn bounds() -> impl Strategy<Value = Bounds> {
    (prop::option::of(0u64..20), prop::option::of(0u64..20)).prop_map(|(min, max)| Bounds { min, max })
}

fn node() -> impl Strategy<Value = NodePattern> {
    (prop::option::of(any_name().prop_map(ident)), prop::collection::vec(any_name().prop_map(ident), 0..3), props())
        .prop_map(|(var, labels, props)| NodePattern { var, labels, props, span: span() })
}

fn rel() -> impl Strategy<Value = RelPattern> {
    (
        prop::option::of(any_name().prop_map(ident)),
        prop::collection::vec(any_name().prop_map(ident), 0..3),
        prop_oneof![Just(RelDirection::Left), Just(RelDirection::Right), Just(RelDirection::Both)],
        prop::option::of(bounds()),
        prop::option::of(bounds()),
        props(),
    )
        .prop_map(|(var, types, direction, star, quantifier, props)| {
            // `*` with no bounds prints as `*`, which reads back as no bounds:
            // the same tree. Both are allowed by the grammar.
            RelPattern { var, types, direction, star, quantifier, props, span: span() }
        })
}

fn pattern() -> impl Strategy<Value = Pattern> {
    (
        prop::option::of(any_name().prop_map(ident)),
        prop_oneof![
            4 => Just(PathSelector::All),
            1 => Just(PathSelector::ShortestPathFn),
            1 => Just(PathSelector::AllShortestPathsFn),
            1 => Just(PathSelector::AnyShortest),
            1 => Just(PathSelector::AllShortest),
            1 => (0u64..100).prop_map(PathSelector::ShortestK),
        ],
        node(),
        prop::collection::vec((rel(), node()), 0..3),
    )
        .prop_map(|(var, selector, start, steps)| Pattern { var, selector, start, steps, span: span() })
}

fn projection() -> impl Strategy<Value = Projection> {
    (
        any::<bool>(),
        prop::option::weighted(
            0.9,
            prop::collection::vec(
                (expr(), prop::option::of(any_name().prop_map(ident))).prop_map(|(expr, alias)| ProjectionItem { expr, alias }),
                1..3,
            ),
        ),
        prop::collection::vec((small_expr(), any::<bool>()).prop_map(|(expr, descending)| SortItem { expr, descending }), 0..2),
        prop::option::of(small_expr()),
        prop::option::of(small_expr()),
    )
        .prop_map(|(distinct, items, order_by, skip, limit)| Projection { distinct, items, order_by, skip, limit, span: span() })
}

fn clause() -> impl Strategy<Value = Clause> {
    prop_oneof![
        (any::<bool>(), prop::collection::vec(pattern(), 1..3), prop::option::of(expr()))
            .prop_map(|(optional, patterns, where_)| Clause::Match(MatchClause { optional, patterns, where_, span: span() })),
        (projection(), prop::option::of(expr())).prop_map(|(projection, where_)| Clause::With(WithClause { projection, where_ })),
    ]
}

fn query() -> impl Strategy<Value = Query> {
    (any::<bool>(), prop::collection::vec(clause(), 0..3), projection()).prop_map(|(explain, mut clauses, ret)| {
        clauses.push(Clause::Return(ret));
        Query { explain, clauses }
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn random_trees_print_and_parse_back(q in query()) {
        let printed = q.to_string();
        match parse(&printed) {
            Ok(again) => prop_assert_eq!(&again, &q, "printed as {}", printed),
            Err(e) => prop_assert!(false, "{}\ndoes not parse:\n{}", printed, e.render()),
        }
    }

    #[test]
    fn random_text_never_panics(text in "\\PC{0,80}") {
        if let Err(e) = parse(&text) {
            let _ = e.render();
        }
    }

    #[test]
    fn random_query_like_text_never_panics(
        parts in prop::collection::vec(prop_oneof![
            Just("MATCH "), Just("("), Just(")"), Just("-["), Just("]->"), Just("<-"), Just(":Person"), Just("{"),
            Just("}"), Just("RETURN "), Just("WHERE "), Just(" n"), Just("."), Just("name"), Just(" = "), Just("\""),
            Just("*1..3"), Just(","), Just("count(*)"), Just("~"), Just("$p"), Just("[ "), Just("NOT "), Just("-"),
            Just("1"), Just("e"), Just("'"), Just("\\"), Just("/*"), Just("//"), Just("\n"), Just("Қ"), Just("`"),
        ], 0..30)
    ) {
        let text: String = parts.concat();
        if let Err(e) = parse(&text) {
            let _ = e.render();
        } else {
            crate::query::fuzz_round_trip(&text);
        }
    }
}

/// A tiny graph for evaluating random queries.
fn small_db() -> crate::Db {
    use crate::extract::{ArticleFacts, Fact, SourcedFact};
    let db = crate::Db::open_in_memory().unwrap();
    let lines = [
        "person\tҚуат Байғоджаев",
        "alias\tҚаныбек Айтжанов\tҚаныбек Құлжабайұлы",
        "parent\tAMANAT/district/Қарасай\tAMANAT/oblast/Алматы",
        "parent\tAMANAT/oblast/Алматы\tAMANAT/central",
        "holds\tҚуат Байғоджаев\tchairman\tAMANAT/oblast/Алматы\tcurrent",
        "holds\tҚаныбек Айтжанов\tchairman\tAMANAT/district/Қарасай\tcurrent",
        "event_attr\tconference@AMANAT/district/Қарасай\tordinal\t37",
        "participant\tҚуат Байғоджаев\tspeaker\tconference@AMANAT/district/Қарасай",
        "participant\tҚаныбек Айтжанов\tguest\tconference@AMANAT/district/Қарасай",
    ];
    let facts = lines
        .iter()
        .map(|l| SourcedFact { fact: Fact::parse_line(l).unwrap().unwrap(), span: crate::model::Span::new(0, 4) })
        .collect();
    db.ingest_facts("text", "t.txt", ArticleFacts { title: "t".into(), facts }).unwrap();
    db
}

fn eval_var() -> impl Strategy<Value = String> {
    prop_oneof![Just("a".to_string()), Just("b".to_string()), Just("c".to_string())]
}

fn eval_expr() -> impl Strategy<Value = Expr> {
    let leaf = prop_oneof![
        literal().prop_map(ExprKind::Literal),
        eval_var().prop_map(ExprKind::Var),
        (eval_var(), prop_oneof![Just("name"), Just("key"), Just("ordinal"), Just("aliases"), Just("status")])
            .prop_map(|(v, k)| ExprKind::Property(Box::new(Expr::new(ExprKind::Var(v), span())), ident(k.to_string()))),
    ]
    .prop_map(|k| Expr::new(k, span()));
    leaf.prop_recursive(3, 16, 3, |inner| {
        let boxed = inner.clone().prop_map(Box::new);
        prop_oneof![
            (prop_oneof![Just("size"), Just("labels"), Just("toLower"), Just("coalesce"), Just("id"), Just("length"), Just("head"), Just("type"), Just("abs"), Just("toInteger")], prop::collection::vec(inner.clone(), 1..3))
                .prop_map(|(n, args)| ExprKind::Call { name: ident(n.to_string()), distinct: false, args }),
            (boxed.clone(), chain_ops(), prop::collection::vec((any::<prop::sample::Index>(), inner.clone()), 1..3)).prop_map(
                |(first, ops, rest)| ExprKind::Chain(first, rest.into_iter().map(|(i, e)| (*i.get(&ops), e)).collect())
            ),
            (boxed.clone(), prop_oneof![Just(CompOp::Eq), Just(CompOp::Lt), Just(CompOp::Ge)], boxed.clone())
                .prop_map(|(a, op, b)| ExprKind::Compare(a, op, b)),
            (boxed.clone(), predicate(boxed.clone())).prop_map(|(e, p)| ExprKind::Predicate(e, p)),
            (boxed.clone(), boxed.clone()).prop_map(|(b, i)| ExprKind::Index(b, i)),
            prop::collection::vec(inner.clone(), 0..3).prop_map(ExprKind::List),
            boxed.clone().prop_map(ExprKind::Not),
            boxed.prop_map(ExprKind::Neg),
        ]
        .prop_map(|k| Expr::new(k, span()))
    })
}

fn eval_query_text() -> impl Strategy<Value = String> {
    let label = prop_oneof![Just(""), Just(":Person"), Just(":Branch"), Just(":Office"), Just(":Event"), Just(":Party")];
    let rel = prop_oneof![
        Just("-->"), Just("<--"), Just("--"), Just("-[:HOLDS]->"), Just("-[:PART_OF*]->"), Just("-[r:PART_OF*0..2]-"),
        Just("-[:OF]-{1,2}"), Just("-[:PARTICIPATED {role: \"speaker\"}]->"),
    ];
    let head = prop_oneof![Just(""), Just("p = "), Just("p = shortestPath("), Just("p = ALL SHORTEST "), Just("p = SHORTEST 2 ")];
    (head, label.clone(), rel, label, prop::option::of(eval_expr()), eval_expr(), any::<bool>(), any::<bool>(), any::<bool>())
        .prop_map(|(head, la, rel, lb, cond, item, optional, aggregate, then_match)| {
            let close = if head.contains('(') { ")" } else { "" };
            let rel = if head.is_empty() { rel.to_string() } else { rel.replace("r:", ":") };
            let mut q = format!("MATCH {head}(a{la}){rel}(b{lb}){close}");
            if let Some(c) = cond {
                q += &format!(" WHERE {c}");
            }
            if optional {
                q += " OPTIONAL MATCH (b)-->(c)";
            } else {
                q += " MATCH (c)";
            }
            if aggregate {
                q += &format!(" WITH a, b, c, count(*) AS n, collect({item}) AS items");
                if then_match {
                    q += " MATCH (a)--(x)";
                }
                q += " RETURN a, b, n, items ORDER BY n DESC LIMIT 5";
            } else {
                q += &format!(" RETURN DISTINCT {item} AS v, a, b ORDER BY v SKIP 1 LIMIT 20");
            }
            q
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn random_queries_never_panic_the_evaluator(q in eval_query_text()) {
        thread_local! {
            static DB: crate::Db = small_db();
        }
        DB.with(|db| {
            let options = crate::QueryOptions { timeout: Some(std::time::Duration::from_millis(500)), ..Default::default() };
            if let Ok(result) = db.query_with(&q, &crate::Params::new(), options) {
                for row in result {
                    if row.is_err() {
                        break;
                    }
                }
            }
        });
    }
}
