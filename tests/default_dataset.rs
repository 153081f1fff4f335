//! The default dataset against the facts of FACTS.md and kelurahan.csv:
//! every number, code and status, through the validator.
#![cfg(not(target_arch = "wasm32"))]

use pantau::core::format::PlainFormat;
use pantau::core::model::{Dataset, Status};
use pantau::core::sentences::{coverage_summary, trend_summary};
use pantau::core::stats::{cumulative_from_zero, year_range, Coverage};
use pantau::core::text::Lang;
use pantau::core::validate::check;

fn dataset() -> Dataset {
    let report = check(include_str!("../static/data/tanjungpinang.json"));
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    report.result.expect("valid")
}

/// kecamatan, kelurahan, Kemendagri code, lat, lon, status, year.
type Row = (
    &'static str,
    &'static str,
    &'static str,
    f64,
    f64,
    &'static str,
    Option<i32>,
);

const KELURAHAN: [Row; 18] = [
    (
        "Tanjungpinang Barat",
        "Tanjungpinang Barat",
        "21.72.01.1001",
        0.9158,
        104.4421,
        "formed",
        Some(2017),
    ),
    (
        "Tanjungpinang Barat",
        "Kemboja",
        "21.72.01.1002",
        0.9269,
        104.4498,
        "none",
        None,
    ),
    (
        "Tanjungpinang Barat",
        "Kampung Baru",
        "21.72.01.1003",
        0.9082,
        104.4493,
        "planned",
        Some(2018),
    ),
    (
        "Tanjungpinang Barat",
        "Bukit Cermin",
        "21.72.01.1004",
        0.9211,
        104.4481,
        "none",
        None,
    ),
    (
        "Tanjungpinang Timur",
        "Melayu Kota Piring",
        "21.72.02.1001",
        0.9176,
        104.4847,
        "none",
        None,
    ),
    (
        "Tanjungpinang Timur",
        "Kampung Bulang",
        "21.72.02.1002",
        0.9201,
        104.4718,
        "planned",
        Some(2018),
    ),
    (
        "Tanjungpinang Timur",
        "Air Raja",
        "21.72.02.1003",
        0.9518,
        104.5015,
        "none",
        None,
    ),
    (
        "Tanjungpinang Timur",
        "Batu IX",
        "21.72.02.1004",
        0.8987,
        104.5121,
        "none",
        None,
    ),
    (
        "Tanjungpinang Timur",
        "Pinang Kencana",
        "21.72.02.1005",
        0.9287,
        104.5294,
        "formed",
        Some(2017),
    ),
    (
        "Tanjungpinang Kota",
        "Tanjungpinang Kota",
        "21.72.03.1001",
        0.9299,
        104.4423,
        "none",
        None,
    ),
    (
        "Tanjungpinang Kota",
        "Senggarang",
        "21.72.03.1003",
        0.9644,
        104.4313,
        "planned",
        Some(2018),
    ),
    (
        "Tanjungpinang Kota",
        "Penyengat",
        "21.72.03.1004",
        0.9280,
        104.4177,
        "none",
        None,
    ),
    (
        "Tanjungpinang Kota",
        "Kampung Bugis",
        "21.72.03.1005",
        0.9571,
        104.4716,
        "formed",
        Some(2017),
    ),
    (
        "Bukit Bestari",
        "Tanjungpinang Timur",
        "21.72.04.1001",
        0.9152,
        104.4581,
        "none",
        None,
    ),
    (
        "Bukit Bestari",
        "Dompak",
        "21.72.04.1002",
        0.8678,
        104.4870,
        "none",
        None,
    ),
    (
        "Bukit Bestari",
        "Tanjung Ayun Sakti",
        "21.72.04.1003",
        0.9032,
        104.4610,
        "planned",
        Some(2018),
    ),
    (
        "Bukit Bestari",
        "Sei Jang",
        "21.72.04.1004",
        0.9015,
        104.4754,
        "formed",
        Some(2017),
    ),
    (
        "Bukit Bestari",
        "Tanjung Unggat",
        "21.72.04.1005",
        0.9242,
        104.4623,
        "formed",
        Some(2017),
    ),
];

#[test]
fn the_reported_cases_are_75_150_and_87() {
    let ds = dataset();
    assert_eq!(ds.series().len(), 1, "the release does not split the count");
    let s = &ds.series()[0];
    let points: Vec<(i32, Option<f64>)> =
        s.points().iter().map(|p| (p.year.get(), p.value)).collect();
    assert_eq!(
        points,
        vec![(2015, Some(75.0)), (2016, Some(150.0)), (2017, Some(87.0))]
    );
    assert_eq!(s.unit().get(Lang::Id), "kasus");
    assert_eq!(s.unit().get(Lang::En), "cases");
    assert!(s.definition().is_some());
    assert_eq!(ds.sources()[s.source()].name(), "Humas Pemko Tanjungpinang");
    assert_eq!(
        ds.sources()[s.source()]
            .date()
            .map(|d| d.to_string())
            .as_deref(),
        Some("2018-08-13")
    );
    assert_eq!(ds.published().to_string(), "2018-08-13");
}

#[test]
fn all_18_kelurahan_with_kecamatan_code_centroid_and_status() {
    let ds = dataset();
    let areas = ds.areas().expect("areas");
    assert_eq!(areas.items().len(), 18);
    assert_eq!(areas.level().get(Lang::Id), "Kelurahan");
    assert_eq!(areas.group_level().get(Lang::Id), "Kecamatan");
    let program = &ds.programs()[0];
    for (kecamatan, name, code, lat, lon, status, year) in KELURAHAN {
        let i = areas
            .items()
            .iter()
            .position(|a| a.name() == name)
            .unwrap_or_else(|| panic!("{name} missing"));
        let area = &areas.items()[i];
        assert_eq!(area.group(), kecamatan, "{name}");
        assert_eq!(area.code(), Some(code), "{name}");
        let c = area.centroid().expect("centroid");
        assert!(
            (c.lat - lat).abs() < 1e-9 && (c.lon - lon).abs() < 1e-9,
            "{name}"
        );
        let got = program.status()[i];
        assert_eq!(got.key(), status, "{name}");
        assert_eq!(got.year().map(|y| y.get()), year, "{name}");
    }
    assert!(
        areas
            .items()
            .iter()
            .all(|a| a.code() != Some("21.72.03.1002")),
        "that code is unused"
    );
}

#[test]
fn patbm_coverage_is_5_formed_4_planned_9_none() {
    let ds = dataset();
    let areas = ds.areas().expect("areas");
    let program = &ds.programs()[0];
    let c = Coverage::count(program, areas, |_| true);
    assert_eq!((c.total, c.formed, c.planned), (18, 5, 4));
    assert_eq!(
        program
            .status()
            .iter()
            .filter(|s| **s == Status::None)
            .count(),
        9
    );
    let fmt = PlainFormat(Lang::En);
    assert_eq!(
        c.headline(program, areas, Lang::En, &fmt),
        "5 of 18 kelurahan have a PATBM team (28%); with the 4 planned for 2018, 9 of 18 (50%)"
    );
    assert_eq!(
        c.headline(program, areas, Lang::Id, &PlainFormat(Lang::Id)),
        "5 dari 18 kelurahan memiliki Tim PATBM (28%); dengan 4 yang direncanakan pada 2018, 9 dari 18 (50%)"
    );
    assert!(coverage_summary(&ds, 0, None, Lang::En, &fmt)
        .contains("5 formed and 9 with planned by 2018"));
}

#[test]
fn the_award_is_an_event_and_the_ministry_claim_only_a_note() {
    let ds = dataset();
    assert_eq!(ds.events().len(), 1);
    let award = &ds.events()[0];
    assert_eq!(award.year().get(), 2018);
    assert_eq!(
        award.date().map(|d| d.to_string()).as_deref(),
        Some("2018-07-23")
    );
    assert!(award.label().get(Lang::Id).contains("Kota Layak Anak"));
    assert!(award.label().get(Lang::Id).contains("Madya"));
    // "0% TPPO" is a quoted claim: never a series, only a note.
    assert!(ds
        .series()
        .iter()
        .all(|s| !s.label().get(Lang::Id).contains("TPPO di Kepri")));
    assert!(ds.notes().iter().any(|n| n
        .get(Lang::Id)
        .contains("\"TPPO di Kepri 0% selama 3 tahun\"")));
}

#[test]
fn titles_and_labels_exist_in_indonesian_and_english() {
    let ds = dataset();
    let bilingual = |t: &pantau::core::text::Text| {
        let tags: Vec<&str> = t.entries().iter().map(|(tag, _)| tag.as_str()).collect();
        tags.contains(&"id") && tags.contains(&"en")
    };
    assert!(bilingual(ds.title()));
    assert!(ds
        .series()
        .iter()
        .all(|s| bilingual(s.label()) && bilingual(s.unit())));
    assert!(ds.programs().iter().all(|p| bilingual(p.label())));
    assert!(ds.events().iter().all(|e| bilingual(e.label())));
    assert!(ds.notes().iter().all(bilingual));
}

#[test]
fn the_trend_summary_says_what_the_chart_shows() {
    let ds = dataset();
    let range = year_range(&ds, None, None);
    assert_eq!(
        trend_summary(&ds, &[0], range, Lang::En, &PlainFormat(Lang::En)),
        "Cases reported to P2TP2A rose from 75 in 2015 to 150 in 2016, then fell to 87 in 2017. \
         Marked on the chart: Child-Friendly City award (Madya) (2018)."
    );
    assert!(trend_summary(&ds, &[0], range, Lang::Id, &PlainFormat(Lang::Id))
        .starts_with("Kasus dilaporkan ke P2TP2A naik dari 75 pada 2015 menjadi 150 pada 2016, lalu turun menjadi 87 pada 2017."));
}

#[test]
fn with_every_series_hidden_the_summary_says_so_without_pointing_at_a_legend() {
    // Embedded charts have no legend, so the sentence must not send the
    // reader to one.
    let ds = dataset();
    let range = year_range(&ds, None, None);
    assert_eq!(
        trend_summary(&ds, &[], range, Lang::En, &PlainFormat(Lang::En)),
        "No series selected."
    );
    assert_eq!(
        trend_summary(&ds, &[], range, Lang::Id, &PlainFormat(Lang::Id)),
        "Tidak ada seri yang dipilih."
    );
}

#[test]
fn the_step_chart_and_its_table_start_at_zero_the_year_before_the_first_team() {
    let ds = dataset();
    let rows: Vec<(i32, usize, usize)> = cumulative_from_zero(&ds.programs()[0], |_| true)
        .into_iter()
        .map(|(y, formed, with_planned)| (y.get(), formed, with_planned))
        .collect();
    assert_eq!(rows, [(2016, 0, 0), (2017, 5, 5), (2018, 5, 9)]);
}
