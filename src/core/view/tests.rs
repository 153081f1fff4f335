use super::*;
use crate::core::format::PlainFormat;
use crate::core::testing::default_dataset;
use crate::core::theme::Mode;

fn context(ds: Dataset, lang: Lang) -> Context {
    Context {
        dataset: Rc::new(ds),
        lang,
        format: Rc::new(PlainFormat(lang)),
        shapes: None,
    }
}

fn params(query: &str) -> Params {
    let pairs = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| p.split_once('=').unwrap_or((p, "")));
    Params::parse(pairs).0
}

/// Three series: the first and the third cite one source, the second
/// another; two programs citing different sources.
fn mixed_sources() -> Dataset {
    let mut value: serde_json::Value =
        serde_json::from_str(include_str!("../../../static/data/tanjungpinang.json")).unwrap();
    value["sources"] = serde_json::json!([
        {"id": "a", "name": "Source A"},
        {"id": "b", "name": "Source B"},
        {"id": "c", "name": "Source C"}
    ]);
    let series = |id: &str, source: &str| {
        serde_json::json!({"id": id, "label": id, "unit": "cases", "source": source,
            "points": [{"year": 2015, "value": 1}, {"year": 2016, "value": 2}]})
    };
    value["series"] = serde_json::json!([series("s1", "a"), series("s2", "b"), series("s3", "a")]);
    let mut second = value["programs"][0].clone();
    second["id"] = "other".into();
    second["label"] = "Other".into();
    second["source"] = "c".into();
    value["programs"][0]["source"] = "b".into();
    value["programs"].as_array_mut().unwrap().push(second);
    value["events"] = serde_json::json!([]);
    crate::core::validate::parse(&value.to_string()).unwrap()
}

#[test]
fn a_source_cited_by_series_that_are_not_adjacent_is_credited_once() {
    let ctx = context(mixed_sources(), Lang::En);
    let d = describe(&ctx, &params(""));
    assert_eq!(d.sources, vec![0, 1]);
    let frame_text = d.frame((600.0, 200.0), None).footer.join(" ");
    assert_eq!(frame_text.matches("Source A").count(), 1, "{frame_text}");
}

#[test]
fn the_coverage_credits_and_its_image_cite_the_chosen_programs_source() {
    let ctx = context(mixed_sources(), Lang::En);
    for (query, source) in [
        ("view=coverage", "Source B"),
        ("view=coverage&program=other", "Source C"),
    ] {
        let d = describe(&ctx, &params(query));
        let cited: Vec<&str> = d
            .sources
            .iter()
            .map(|&i| ctx.dataset.sources()[i].name())
            .collect();
        assert_eq!(cited, [source], "{query}");
        let svg = d
            .svg(600.0, &Palette::new(Mode::Light, None), None)
            .unwrap()
            .unwrap();
        assert!(svg.contains(source), "{query}: the image cites {source}");
        for other in ["Source A", "Source B", "Source C"]
            .iter()
            .filter(|s| **s != source)
        {
            assert!(
                !svg.contains(other),
                "{query}: the image does not cite {other}"
            );
        }
    }
}

#[test]
fn the_state_of_a_link_reaches_every_view() {
    let ctx = context(mixed_sources(), Lang::En);
    let d = describe(
        &ctx,
        &params("view=coverage&program=other&group=Bukit%20Bestari"),
    );
    let Detail::Coverage(detail) = &d.detail else {
        panic!("a coverage description")
    };
    assert_eq!(detail.program, 1);
    assert!(
        detail.chart_heading.ends_with("Other"),
        "{}",
        detail.chart_heading
    );
    let trend = describe(&ctx, &params("series=s2&from=2016"));
    let Detail::Trend(detail) = &trend.detail else {
        panic!("a trend description")
    };
    assert_eq!(detail.range.0.get(), 2016);
    assert_eq!(trend.heading, "s2");
    let Some(Chart::Trend(layout)) = trend.chart(600.0) else {
        panic!("a trend chart")
    };
    assert_eq!(layout.series.len(), 1);
}

#[test]
fn every_view_of_the_default_dataset_is_described() {
    let ctx = context(default_dataset(), Lang::En);
    for view in View::ALL {
        let d = describe(&ctx, &Params::of_view(view));
        assert!(d.empty.is_none(), "{view:?}");
        assert!(!d.tables.is_empty(), "{view:?} has its numbers");
        assert_eq!(d.has_chart(), view != View::Table, "{view:?}");
        if let Some(chart) = d.chart(720.0) {
            assert!(!d.summary.is_empty());
            let hit = chart.step(None, crate::core::hit::Key::Home).unwrap();
            let tip = d.tip(&chart, hit).expect("the first point has a tip");
            assert!(!tip.title.is_empty());
        }
    }
    let coverage = describe(&ctx, &Params::of_view(View::Coverage));
    assert_eq!(
        coverage.heading,
        "5 of 18 kelurahan have a PATBM team (28%); with the 4 planned for 2018, 9 of 18 (50%)"
    );
    let Detail::Coverage(detail) = &coverage.detail else {
        panic!("a coverage description")
    };
    let named: usize = detail.groups.iter().map(|g| g.areas.len()).sum();
    assert_eq!(named, 18);
}

#[test]
fn a_view_that_cannot_be_drawn_says_why() {
    let mut value: serde_json::Value =
        serde_json::from_str(include_str!("../../../static/data/tanjungpinang.json")).unwrap();
    value.as_object_mut().unwrap().remove("programs");
    let ctx = context(
        crate::core::validate::parse(&value.to_string()).unwrap(),
        Lang::Id,
    );
    let d = describe(&ctx, &Params::of_view(View::Coverage));
    assert_eq!(d.empty, Some(strings(Lang::Id).no_programs));
    assert!(d.chart(600.0).is_none());
}

#[test]
fn a_value_with_a_source_of_its_own_is_credited_and_explained() {
    let mut value: serde_json::Value =
        serde_json::from_str(include_str!("../../../static/data/tanjungpinang.json")).unwrap();
    value["sources"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({"id": "later", "name": "Later report"}));
    value["series"][0]["points"][2]["source"] = "later".into();
    value["series"][0]["points"][2]["note"] =
        serde_json::json!({"en": "Revised", "id": "Direvisi"});
    let ctx = context(
        crate::core::validate::parse(&value.to_string()).unwrap(),
        Lang::En,
    );
    let d = describe(&ctx, &params(""));
    let cited: Vec<&str> = d
        .sources
        .iter()
        .map(|&i| ctx.dataset.sources()[i].name())
        .collect();
    assert_eq!(cited, ["Humas Pemko Tanjungpinang", "Later report"]);
    // Not when the years shown leave that value out.
    let early = describe(&ctx, &params("to=2016"));
    assert_eq!(early.sources.len(), 1);
    let chart = d.chart(600.0).unwrap();
    let last = Hit::Trend(crate::core::hit::TrendHit {
        series: 0,
        point: 2,
    });
    let tip = d.tip(&chart, last).unwrap().text();
    assert!(
        tip.contains("Revised") && tip.contains("Source: Later report"),
        "{tip}"
    );
    let row = &d.tables[0].groups[0].rows[2];
    assert_eq!(
        row.cells.last().unwrap().text,
        "Revised. Source: Later report"
    );
    let csv = d.csv(None);
    assert!(
        csv.contains("kasus-p2tp2a,2017,87,cases,Cases reported to P2TP2A,later,Revised"),
        "{csv}"
    );
}

#[test]
fn the_status_key_counts_every_area_once() {
    let ctx = context(default_dataset(), Lang::En);
    let d = describe(&ctx, &Params::of_view(View::Coverage));
    let Detail::Coverage(detail) = &d.detail else {
        panic!("a coverage description")
    };
    let items: Vec<(String, usize)> = detail
        .counts
        .key_items(Lang::En)
        .into_iter()
        .map(|(_, words, n)| (words, n))
        .collect();
    assert_eq!(
        items,
        [
            ("formed".to_owned(), 5),
            ("planned 2018".to_owned(), 4),
            ("none".to_owned(), 9)
        ]
    );
}

#[test]
fn the_map_credits_its_boundaries_wherever_it_goes() {
    let credit = "Boundaries: BPS / OCHA, via HDX (licence CC-BY-IGO-3.0)";
    let ctx = context(default_dataset(), Lang::En);
    let map = describe(&ctx, &Params::of_view(View::Map));
    assert_eq!(
        map.boundaries.as_deref(),
        Some(credit),
        "the credits under the map"
    );
    let svg = map
        .svg(720.0, &Palette::new(Mode::Light, None), None)
        .expect("a chart")
        .expect("drawn");
    assert!(svg.contains(credit), "the exported image");
    let csv = crate::core::export::areas_csv(&ctx.dataset, None, Lang::En, None);
    assert!(csv.lines().any(|l| l == format!("\"# {credit}\"")), "{csv}");
    let id = describe(
        &context(default_dataset(), Lang::Id),
        &Params::of_view(View::Map),
    );
    assert_eq!(
        id.boundaries.as_deref(),
        Some("Batas wilayah: BPS / OCHA, via HDX (lisensi CC-BY-IGO-3.0)")
    );
    // The trend draws no boundaries, so it does not credit them.
    let trend = describe(&ctx, &Params::of_view(View::Trend));
    assert_eq!(trend.boundaries, None);
    let trend_svg = trend
        .svg(720.0, &Palette::new(Mode::Light, None), None)
        .expect("a chart")
        .expect("drawn");
    assert!(!trend_svg.contains("BPS / OCHA"));
}

#[test]
fn an_exact_image_box_is_filled_and_never_overflowed() {
    use crate::core::export::ImageBox;
    for view in [View::Trend, View::Coverage, View::Map] {
        for lang in [Lang::Id, Lang::En] {
            let d = describe(
                &context(default_dataset(), lang),
                &params(&format!("view={}", view.key())),
            );
            let (chart, frame) = d
                .framed(
                    ImageBox::Exact(1200.0, 675.0),
                    Some("https://city.example/pantau/?view=map"),
                )
                .expect("a chart");
            let (w, h) = frame.size();
            assert!(w <= 1200.5 && h <= 675.5, "{view:?} {lang:?}: {w}×{h}");
            assert!(
                h >= 600.0,
                "{view:?} {lang:?}: the chart fills the box ({h})"
            );
            assert_eq!(frame.chart, chart.size());
            assert_eq!(
                frame.footer.last().map(String::as_str),
                Some("https://city.example/pantau/?view=map")
            );
        }
    }
}

#[test]
fn the_coverage_image_lists_every_area_with_its_status_by_group() {
    let d = describe(
        &context(default_dataset(), Lang::En),
        &params("view=coverage"),
    );
    let footer = d.frame((720.0, 300.0), None).footer.join(" ");
    assert_eq!(d.export_list.len(), 4, "one line per kecamatan");
    for area in [
        "Senggarang (planned for 2018)",
        "Sei Jang (formed 2017)",
        "Dompak (none yet)",
    ] {
        assert!(footer.contains(area), "{area} in {footer}");
    }
    let grouped = describe(
        &context(default_dataset(), Lang::En),
        &params("view=coverage&group=Bukit Bestari"),
    );
    assert_eq!(grouped.export_list.len(), 1, "only the kecamatan shown");
}

/// The default dataset with events in 2015, 2016 and 2018 (listed out of
/// order: the dataset keeps them by year); 2015 and 2016 also have points.
fn events_among_points() -> Dataset {
    let mut value: serde_json::Value =
        serde_json::from_str(include_str!("../../../static/data/tanjungpinang.json")).unwrap();
    let award = value["events"][0].clone();
    let event = |year: i64, date: &str| {
        let mut e = award.clone();
        e["year"] = year.into();
        e["date"] = date.into();
        e
    };
    value["events"] =
        serde_json::json!([award, event(2016, "2016-05-01"), event(2015, "2015-05-01")]);
    crate::core::validate::parse(&value.to_string()).unwrap()
}

/// Where the trend chart's focus goes on `presses` presses of the right
/// arrow key, from none.
fn right_arrow_walk(ds: Dataset, presses: usize) -> Vec<Option<Hit>> {
    let d = describe(&context(ds, Lang::En), &params(""));
    let chart = d.chart(720.0).expect("a trend");
    let mut at = None;
    (0..presses)
        .map(|_| {
            at = chart.step(at, crate::core::hit::Key::Right);
            at
        })
        .collect()
}

/// The first series' point `point` of the trend chart.
fn point(point: usize) -> Hit {
    Hit::Trend(crate::core::hit::TrendHit { series: 0, point })
}

#[test]
fn the_arrow_keys_walk_a_year_s_point_before_its_event() {
    assert_eq!(
        right_arrow_walk(events_among_points(), 7),
        [
            Some(point(0)),
            Some(Hit::Event(0)),
            Some(point(1)),
            Some(Hit::Event(1)),
            Some(point(2)),
            Some(Hit::Event(2)),
            Some(Hit::Event(2))
        ],
        "by year, and a year's point before its event"
    );
}

#[test]
fn the_arrow_keys_reach_the_event_markers_in_year_order() {
    use crate::core::hit::Key;
    let d = describe(&context(default_dataset(), Lang::En), &params(""));
    let chart = d.chart(720.0).expect("a trend");
    assert_eq!(
        right_arrow_walk(default_dataset(), 5),
        [
            Some(point(0)),
            Some(point(1)),
            Some(point(2)),
            Some(Hit::Event(0)),
            Some(Hit::Event(0))
        ],
        "2015, 2016, 2017, then the 2018 award, and no further"
    );
    assert_eq!(chart.step(Some(Hit::Event(0)), Key::Left), Some(point(2)));
    assert_eq!(chart.step(Some(point(0)), Key::End), Some(Hit::Event(0)));
    assert_eq!(chart.step(Some(Hit::Event(0)), Key::Home), Some(point(0)));
    assert_eq!(
        chart.step(Some(Hit::Event(0)), Key::Up),
        Some(point(2)),
        "the nearest point"
    );
    let tip = d.tip(&chart, Hit::Event(0)).expect("a tooltip").text();
    assert!(tip.contains("Child-Friendly City award (Madya)"), "{tip}");
    assert!(
        tip.contains("23 July 2018") && tip.contains("Source: Humas Pemko Tanjungpinang"),
        "{tip}"
    );
    assert!(chart.anchor(Hit::Event(0)).is_some());
}
