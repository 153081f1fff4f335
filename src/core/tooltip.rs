//! What the tooltip says for a data point: the series or area, the year,
//! the formatted value, and on the trend the change from the year before.

use super::format::NumberFormat;
use super::hit::TrendHit;
use super::layout::trend::TrendLayout;
use super::model::{Dataset, Year};
use super::stats::change_from_previous;
use super::text::Lang;

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
    Some(Tip {
        title: series.label().get(lang).to_owned(),
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
}
