//! Property tests: no input makes the validator panic, whether arbitrary
//! bytes or a valid dataset mutated at random.
#![cfg(not(target_arch = "wasm32"))]

use pantau::core::text::Lang;
use pantau::core::validate::{check, check_bytes};
use proptest::prelude::*;
use serde_json::Value;

const DEFAULT: &str = include_str!("../static/data/tanjungpinang.json");

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        ".{0,12}".prop_map(Value::String),
        Just(Value::String("pantau/1".into())),
        (1890i64..2110).prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every node of `v` by path of keys/indices, so a mutation can pick one.
fn paths(v: &Value, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(prefix.clone());
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                prefix.push(k.clone());
                paths(child, prefix, out);
                prefix.pop();
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                prefix.push(i.to_string());
                paths(child, prefix, out);
                prefix.pop();
            }
        }
        _ => {}
    }
}

fn node<'a>(v: &'a mut Value, path: &[String]) -> &'a mut Value {
    path.iter().fold(v, |cur, key| match cur {
        Value::Array(items) => &mut items[key.parse::<usize>().unwrap_or(0)],
        other => &mut other[key.as_str()],
    })
}

fn assert_sane(text: &str) {
    let report = check(text);
    for e in report.errors() {
        assert!(!e.message(Lang::En).is_empty());
        assert!(!e.message(Lang::Id).is_empty());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let report = check_bytes(&bytes);
        prop_assert!(report.result.as_ref().err().is_none_or(|e| !e.is_empty()));
    }

    #[test]
    fn arbitrary_json_never_panics(doc in any_json()) {
        assert_sane(&doc.to_string());
    }

    #[test]
    fn mutated_datasets_never_panic(
        picks in prop::collection::vec((any::<prop::sample::Index>(), any_json(), any::<bool>()), 1..6)
    ) {
        let mut doc: Value = serde_json::from_str(DEFAULT).expect("default parses");
        for (pick, replacement, delete) in picks {
            let mut all = Vec::new();
            paths(&doc, &mut Vec::new(), &mut all);
            let path = pick.get(&all).clone();
            if path.is_empty() {
                continue;
            }
            let (last, parent_path) = path.split_last().expect("non-empty");
            let parent = node(&mut doc, parent_path);
            match (parent, delete) {
                (Value::Object(map), true) => { map.shift_remove(last); }
                (Value::Array(items), true) => {
                    let i = last.parse::<usize>().unwrap_or(0);
                    if i < items.len() { items.remove(i); }
                }
                (parent, _) => *node(parent, std::slice::from_ref(last)) = replacement,
            }
        }
        assert_sane(&doc.to_string());
    }

    #[test]
    fn truncated_datasets_never_panic(cut in 0usize..DEFAULT.len()) {
        let mut end = cut;
        while !DEFAULT.is_char_boundary(end) { end -= 1; }
        assert_sane(&DEFAULT[..end]);
    }
}
