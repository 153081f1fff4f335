//! What the tooltip says for a data point: the series or area, the year,
//! the formatted value, and on the trend the change from the year before.

use super::format::NumberFormat;
use super::hit::TrendHit;
use super::layout::coverage::CoverageLayout;
use super::layout::map::MapLayout;
use super::layout::trend::TrendLayout;
use super::model::{Dataset, Status, Year};
use super::stats::change_from_previous;
use super::text::{shorten, Lang};

/// The tooltip's content: a heading and lines under it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tip {
    pub title: String,
    pub lines: Vec<String>,
}

impl Tip {
    /// All of it on one line, for screen readers and tests.
    pub fn text(&self) -> String {
        std::iter::once(self.title.as_str())
            .chain(self.lines.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join(" · ")
    }
}

/// The tooltip of an event marker: what happened, when, and its source.
pub fn event(ds: &Dataset, event: usize, lang: Lang) -> Option<Tip> {
    let event = ds.events().get(event)?;
    let mut lines = vec![match event.date() {
        Some(date) => super::credits::long_date(date, lang),
        None => event.year().to_string(),
    }];
    if let Some(source) = event.source().and_then(|i| ds.sources().get(i)) {
        let name = shorten(source.name(), 120);
        lines.push(match lang {
            Lang::En => format!("Source: {name}"),
            Lang::Id => format!("Sumber: {name}"),
        });
    }
    Some(Tip {
        title: shorten(event.label().get(lang), 200).into_owned(),
        lines,
    })
}

/// The tip for a point of the trend chart.
pub fn trend(
    ds: &Dataset,
    layout: &TrendLayout,
    hit: TrendHit,
    lang: Lang,
    fmt: &dyn NumberFormat,
) -> Option<Tip> {
    let geom = layout.series.get(hit.series)?;
    let point = geom.points.get(hit.point)?;
    let series = ds.series().get(geom.series)?;
    let unit = series.unit().get(lang);
    let mut lines = vec![format!(
        "{}: {} {unit}",
        point.year,
        fmt.number(point.value)
    )];
    if let Some(change) = change_from_previous(series, point.year) {
        let previous =
            Year::new(i64::from(point.year.get()) - 1).map_or_else(String::new, |y| y.to_string());
        lines.push(match lang {
            Lang::En => format!("{} from {previous}", fmt.change(change)),
            Lang::Id => format!("{} dari {previous}", fmt.change(change)),
        });
    }
    // A value with a source or note of its own says so where it is read.
    if let Some(own) = series.point_in(point.year) {
        if let Some(note) = &own.note {
            lines.push(shorten(note.get(lang), 200).into_owned());
        }
        if let Some(source) = own.source.and_then(|i| ds.sources().get(i)) {
            let name = shorten(source.name(), 120);
            lines.push(match lang {
                Lang::En => format!("Source: {name}"),
                Lang::Id => format!("Sumber: {name}"),
            });
        }
    }
    Some(Tip {
        title: shorten(series.label().get(lang), 120).into_owned(),
        lines,
    })
}

/// A program's status in words: "formed 2017", "planned 2018", "none".
pub fn status_words(status: Status, lang: Lang) -> String {
    match (status, lang) {
        (Status::Formed(y), Lang::En) => format!("formed {y}"),
        (Status::Formed(y), Lang::Id) => format!("terbentuk {y}"),
        (Status::Planned(y), Lang::En) => format!("planned for {y}"),
        (Status::Planned(y), Lang::Id) => format!("direncanakan {y}"),
        (Status::None, Lang::En) => "none yet".into(),
        (Status::None, Lang::Id) => "belum ada".into(),
    }
}

/// The tip for a year of the coverage chart.
pub fn coverage(
    ds: &Dataset,
    layout: &CoverageLayout,
    program: usize,
    hit: usize,
    lang: Lang,
    fmt: &dyn NumberFormat,
) -> Option<Tip> {
    let step = layout.steps.get(hit)?;
    let label = shorten(ds.programs().get(program)?.label().get(lang), 120);
    let total = fmt.number(layout.total as f64);
    let share = |n: usize| {
        if layout.total == 0 {
            fmt.percent(0.0)
        } else {
            fmt.percent(n as f64 / layout.total as f64)
        }
    };
    let en = lang == Lang::En;
    let mut lines = vec![if en {
        format!(
            "formed: {} of {total} ({})",
            fmt.number(step.formed as f64),
            share(step.formed)
        )
    } else {
        format!(
            "terbentuk: {} dari {total} ({})",
            fmt.number(step.formed as f64),
            share(step.formed)
        )
    }];
    if step.with_planned != step.formed {
        lines.push(if en {
            format!(
                "with planned: {} of {total} ({})",
                fmt.number(step.with_planned as f64),
                share(step.with_planned)
            )
        } else {
            format!(
                "termasuk rencana: {} dari {total} ({})",
                fmt.number(step.with_planned as f64),
                share(step.with_planned)
            )
        });
    }
    Some(Tip {
        title: format!("{label}, {}", step.year),
        lines,
    })
}

/// The tip for an area of the map.
pub fn map(
    ds: &Dataset,
    layout: &MapLayout,
    program: Option<usize>,
    hit: usize,
    lang: Lang,
) -> Option<Tip> {
    let placed = layout.areas.get(hit)?;
    let areas = ds.areas()?;
    let area = areas.items().get(placed.area)?;
    let mut lines = vec![format!(
        "{} {}",
        areas.group_level().get(lang),
        area.group()
    )];
    if let Some(p) = program.and_then(|p| ds.programs().get(p)) {
        lines.push(format!(
            "{}: {}",
            p.label().get(lang),
            status_words(placed.status, lang)
        ));
    }
    if let Some(code) = area.code() {
        lines.push(code.to_owned());
    }
    Some(Tip {
        title: format!("{} {}", areas.level().get(lang), area.name()),
        lines,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::format::PlainFormat;
    use crate::core::layout::trend::{layout, TrendInput};

    #[test]
    fn the_2016_tip_names_series_year_value_and_change() {
        let ds = crate::core::validate::parse(include_str!("../../static/data/tanjungpinang.json"))
            .unwrap();
        let fmt = PlainFormat(Lang::En);
        let l = layout(&TrendInput {
            dataset: &ds,
            shown: &[0],
            range: crate::core::stats::year_range(&ds, None, None).unwrap(),
            size: (500.0, 300.0),
            bars: true,
            lang: Lang::En,
            format: &fmt,
        });
        let tip = trend(
            &ds,
            &l,
            TrendHit {
                series: 0,
                point: 1,
            },
            Lang::En,
            &fmt,
        )
        .unwrap();
        assert_eq!(tip.title, "Cases reported to P2TP2A");
        assert_eq!(
            tip.lines,
            vec!["2016: 150 cases".to_string(), "+100% from 2015".to_string()]
        );
        let first = trend(
            &ds,
            &l,
            TrendHit {
                series: 0,
                point: 0,
            },
            Lang::Id,
            &PlainFormat(Lang::Id),
        )
        .unwrap();
        assert_eq!(first.lines, vec!["2015: 75 kasus".to_string()]);
        assert!(trend(
            &ds,
            &l,
            TrendHit {
                series: 0,
                point: 9
            },
            Lang::En,
            &fmt
        )
        .is_none());
    }

    #[test]
    fn coverage_and_map_tips_keep_formed_and_planned_apart() {
        let ds = crate::core::validate::parse(include_str!("../../static/data/tanjungpinang.json"))
            .unwrap();
        let fmt = PlainFormat(Lang::En);
        let cl =
            crate::core::layout::coverage::layout(&crate::core::layout::coverage::CoverageInput {
                dataset: &ds,
                program: 0,
                group: None,
                size: (500.0, 300.0),
                lang: Lang::En,
                format: &fmt,
            })
            .unwrap();
        let tip = coverage(&ds, &cl, 0, 2, Lang::En, &fmt).unwrap();
        assert_eq!(tip.title, "PATBM team, 2018");
        assert_eq!(
            tip.lines,
            vec![
                "formed: 5 of 18 (28%)".to_string(),
                "with planned: 9 of 18 (50%)".to_string()
            ]
        );
        let ml = crate::core::layout::map::layout(&crate::core::layout::map::MapInput {
            dataset: &ds,
            program: Some(0),
            group: None,
            width: 500.0,
            shapes: None,
        })
        .unwrap();
        let sei_jang = ml
            .areas
            .iter()
            .position(|a| ds.areas().unwrap().items()[a.area].name() == "Sei Jang")
            .unwrap();
        let tip = map(&ds, &ml, Some(0), sei_jang, Lang::En).unwrap();
        assert_eq!(tip.title, "Kelurahan Sei Jang");
        assert!(
            tip.lines.contains(&"PATBM team: formed 2017".to_string()),
            "{tip:?}"
        );
        assert!(
            tip.lines.contains(&"Kecamatan Bukit Bestari".to_string()),
            "{tip:?}"
        );
    }
}
