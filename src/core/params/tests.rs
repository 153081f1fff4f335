use super::*;

fn parse(q: &[(&str, &str)]) -> (Params, Vec<ParamWarning>) {
    Params::parse(q.iter().copied())
}

#[test]
fn no_parameters_is_the_default_view() {
    let (p, w) = parse(&[]);
    assert_eq!(p, Params::default());
    assert!(w.is_empty());
    assert!(p.to_pairs().is_empty());
    assert_eq!(p.data_url(), DEFAULT_DATA);
}

#[test]
fn every_parameter_round_trips() {
    let q = [
        ("data", "https://example.org/d.json"),
        ("view", "map"),
        ("lang", "en"),
        ("series", "a,b"),
        ("from", "2015"),
        ("to", "2016"),
        ("group", "Bukit Bestari"),
        ("theme", "dark"),
        ("accent", "aa0000"),
        ("embed", "1"),
        ("frame", "chart-1"),
    ];
    let (p, w) = parse(&q);
    assert!(w.is_empty(), "{w:?}");
    let pairs = p.to_pairs();
    let back: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(back, q.to_vec());
}

#[test]
fn invalid_values_are_ignored_with_a_warning() {
    let (p, w) = parse(&[
        ("view", "pie"),
        ("lang", "fr"),
        ("from", "abc"),
        ("to", "3000"),
        ("theme", "neon"),
        ("accent", "red"),
        ("embed", "yes"),
        ("data", "javascript:alert(1)"),
    ]);
    assert_eq!(p, Params::default());
    let names: Vec<&str> = w.iter().map(|w| w.name.as_str()).collect();
    assert_eq!(
        names,
        ["view", "lang", "from", "to", "theme", "accent", "embed", "data"]
    );
    assert!(w[0].to_string().contains("view=\"pie\""));
}

#[test]
fn unknown_parameters_are_left_alone() {
    let (p, w) = parse(&[("utm_source", "x"), ("view", "table")]);
    assert_eq!(p.view, View::Table);
    assert!(w.is_empty());
}

#[test]
fn the_first_of_repeated_parameters_counts() {
    let (p, w) = parse(&[("view", "map"), ("view", "table")]);
    assert_eq!(p.view, View::Map);
    assert_eq!(w.len(), 1);
}

#[test]
fn an_empty_series_list_hides_every_series_and_round_trips() {
    let (p, w) = parse(&[("series", "")]);
    assert!(w.is_empty());
    assert_eq!(p.series, Some(vec![]));
    assert_eq!(p.to_pairs(), vec![("series", String::new())]);
    let mut p = p;
    p.reconcile(&two_series());
    assert_eq!(p.series, Some(vec![]));
    assert!(p.shown_series(&two_series()).is_empty());
}

#[test]
fn a_reversed_range_is_dropped() {
    let (p, w) = parse(&[("from", "2017"), ("to", "2015")]);
    assert_eq!((p.from, p.to), (None, None));
    assert_eq!(w.len(), 1);
}

#[test]
fn defaults_given_explicitly_are_not_written_back() {
    let (p, _) = parse(&[
        ("view", "trend"),
        ("theme", "auto"),
        ("embed", "0"),
        ("data", DEFAULT_DATA),
    ]);
    assert!(p.to_pairs().is_empty());
}

#[test]
fn relative_and_http_data_urls_are_accepted() {
    for url in [
        "other.json",
        "/data/x.json",
        "http://a.example/x.json",
        "../d.json?v=2",
        // A path, as the browser reads it: a scheme starts with a letter.
        "2019:data.json",
    ] {
        let (p, w) = parse(&[("data", url)]);
        assert_eq!(p.data.as_deref(), Some(url), "{w:?}");
    }
    for url in [
        "data:application/json,{}",
        "file:///etc/passwd",
        "JavaScript:alert(1)",
        "web+pantau:x",
    ] {
        let (p, w) = parse(&[("data", url)]);
        assert_eq!(p.data, None);
        assert_eq!(w.len(), 1);
    }
}

fn two_series() -> Dataset {
    crate::core::validate::parse(
        r#"{"format":"pantau/1","id":"t","title":"T","place":{"name":"P"},"published":"2020-01-01",
        "sources":[{"id":"s","name":"S"}],
        "series":[
          {"id":"a","label":"A","unit":"u","source":"s","points":[{"year":2010,"value":1},{"year":2012,"value":2}]},
          {"id":"b","label":"B","unit":"u","source":"s","points":[{"year":2011,"value":3}]}
        ],
        "areas":{"level":"L","group_level":"G","items":[{"id":"x","name":"X","group":"G1"}]}}"#,
    )
    .expect("valid")
}

#[test]
fn toggling_series_keeps_dataset_order_and_shortens_to_all() {
    let ds = two_series();
    let mut p = Params::default();
    p.toggle_series(&ds, "a");
    assert_eq!(p.series, Some(vec!["b".to_string()]));
    assert_eq!(p.shown_series(&ds), vec![1]);
    p.toggle_series(&ds, "a");
    assert_eq!(p.series, None);
    p.toggle_series(&ds, "zzz");
    assert_eq!(p.series, None);
    p.toggle_series(&ds, "a");
    p.toggle_series(&ds, "b");
    assert_eq!(p.series, Some(vec![]));
    assert!(p.shown_series(&ds).is_empty());
}

#[test]
fn reconcile_drops_what_the_dataset_lacks() {
    let ds = two_series();
    let (mut p, _) = parse(&[
        ("series", "b,nope"),
        ("group", "Nowhere"),
        ("from", "1990"),
        ("to", "2011"),
    ]);
    let w = p.reconcile(&ds);
    assert_eq!(p.series, Some(vec!["b".to_string()]));
    assert_eq!(p.group, None);
    assert_eq!(p.from, None);
    assert_eq!(p.to, Some(2011));
    assert_eq!(w.len(), 3);
}

#[test]
fn ranges_are_clamped_and_ends_stored_as_none() {
    let ds = two_series();
    let mut p = Params::default();
    p.set_range(&ds, 2012, 2009);
    assert_eq!((p.from, p.to), (None, None));
    p.set_range(&ds, 2011, 2011);
    assert_eq!((p.from, p.to), (Some(2011), Some(2011)));
}

#[test]
fn a_shared_link_keeps_only_the_filters_its_view_uses() {
    let (all, _) = parse(&[
        ("series", "a,b"),
        ("from", "2016"),
        ("to", "2017"),
        ("group", "Bukit Bestari"),
        ("program", "patbm"),
        ("lang", "en"),
    ]);
    let of = |view| {
        Params {
            view,
            ..all.clone()
        }
        .shared()
    };
    let trend = of(View::Trend);
    assert_eq!((trend.from, trend.to), (Some(2016), Some(2017)));
    assert!(trend.series.is_some());
    assert_eq!((trend.group, trend.program), (None, None));
    for view in [View::Coverage, View::Map] {
        let shared = of(view);
        assert_eq!((shared.series, shared.from, shared.to), (None, None, None));
        assert_eq!(shared.group.as_deref(), Some("Bukit Bestari"));
        assert_eq!(shared.program.as_deref(), Some("patbm"));
    }
    let table = of(View::Table);
    assert_eq!(table.from, Some(2016));
    assert_eq!(table.group.as_deref(), Some("Bukit Bestari"));
    assert_eq!(table.program, None, "the table shows every program");
    assert_eq!(
        table.lang,
        Some(crate::core::text::Lang::En),
        "the rest is kept"
    );
}

#[test]
fn bg_and_show_round_trip_and_bad_values_warn() {
    let (p, w) = parse(&[("bg", "transparent"), ("show", "notes,data")]);
    assert!(w.is_empty(), "{w:?}");
    assert!(p.transparent);
    assert_eq!(
        p.shown(),
        Shown {
            title: false,
            notes: true,
            data: true
        }
    );
    let pairs = p.to_pairs();
    assert!(pairs.contains(&("bg", "transparent".to_owned())));
    assert!(pairs.contains(&("show", "notes,data".to_owned())));
    let (none, _) = parse(&[("show", "none")]);
    assert_eq!(
        none.shown(),
        Shown {
            title: false,
            notes: false,
            data: false
        }
    );
    assert!(none.to_pairs().contains(&("show", "none".to_owned())));
    let (default, _) = parse(&[("show", "data,title")]);
    assert_eq!(default.show, None, "the default is not written back");
    let (bad, w) = parse(&[("bg", "red"), ("show", "title,sidebar")]);
    assert_eq!((bad.transparent, bad.show), (false, None));
    assert_eq!(w.len(), 2);
}
