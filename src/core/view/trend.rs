//! The trend view: yearly values of the shown series, with a legend that
//! toggles them and a year range.

use super::{cited, series_definitions, tables, Context, Description, Detail, LegendItem, Plan};
use super::{TrendDetail, View};
use crate::core::params::Params;
use crate::core::sentences::trend_summary;
use crate::core::stats::year_range;
use crate::core::strings::strings;
use crate::core::text::shorten;

pub(super) fn describe(ctx: &Context, params: &Params) -> Description {
    let ds = &*ctx.dataset;
    let (lang, format) = (ctx.lang, &*ctx.format);
    let t = strings(lang);
    let mut d = Description::new(ctx, View::Trend);
    let shown = params.shown_series(ds);
    let range = year_range(ds, params.from, params.to);
    // Each value is credited to its own source: a series' source, and the
    // sources of its values in the years shown that have one of their own.
    d.sources = cited(
        ds,
        shown
            .iter()
            .filter_map(|&i| ds.series().get(i))
            .flat_map(|s| {
                let own = s
                    .points()
                    .iter()
                    .filter(|p| range.is_some_and(|(from, to)| p.year >= from && p.year <= to));
                std::iter::once(s.source()).chain(own.filter_map(|p| p.source))
            })
            .collect(),
    );
    d.definitions = series_definitions(ds, &shown, lang);
    let (Some(years), Some(range)) = (year_range(ds, None, None), range) else {
        d.heading = t.trend.to_owned();
        d.empty = Some(t.no_series);
        return d;
    };
    d.heading = match shown.as_slice() {
        [one] => shorten(ds.series()[*one].label().get(lang), 160).into_owned(),
        _ => format!(
            "{} ({})",
            t.trend,
            ds.series()
                .first()
                .map(|s| s.unit().get(lang))
                .unwrap_or_default()
        ),
    };
    d.chart_title = shown
        .iter()
        .map(|&i| ds.series()[i].label().get(lang))
        .collect::<Vec<_>>()
        .join(", ");
    d.summary = trend_summary(ds, &shown, Some(range), lang, format);
    d.tables = vec![tables::trend(ds, &shown, range, lang, format)];
    d.detail = Detail::Trend(TrendDetail {
        legend: ds
            .series()
            .iter()
            .enumerate()
            .map(|(i, s)| LegendItem {
                series: i,
                id: s.id().to_owned(),
                label: shorten(s.label().get(lang), 120).into_owned(),
                lang: s.label().other_lang(lang).map(str::to_owned),
                shown: shown.contains(&i),
            })
            .collect(),
        years,
        range,
    });
    d.plan = Plan::Trend { shown, range };
    d
}
