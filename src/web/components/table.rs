//! Every number of the dataset as semantic tables: caption, header cells,
//! and "not reported" written out where a value is missing.

use crate::core::credits::long_date;
use crate::core::format::NumberFormat;
use crate::core::model::{Dataset, Status, Year};
use crate::core::text::Lang;
use crate::web::clip;
use crate::web::i18n::strings;
use yew::prelude::*;

/// The yearly values of `shown` series from `from` to `to`.
pub fn trend_table(
    ds: &Dataset,
    shown: &[usize],
    range: Option<(Year, Year)>,
    lang: Lang,
    fmt: &dyn NumberFormat,
) -> Html {
    let t = strings(lang);
    let Some((from, to)) = range else {
        return html! {};
    };
    let series: Vec<_> = shown.iter().filter_map(|&i| ds.series().get(i)).collect();
    let years: Vec<Year> = (from.get()..=to.get())
        .filter_map(|y| Year::new(i64::from(y)))
        .filter(|y| {
            series
                .iter()
                .any(|s| s.points().iter().any(|p| p.year == *y))
        })
        .collect();
    // The years listed, not the chart's span (which events may widen).
    let caption_years = match (years.first(), years.last()) {
        (Some(a), Some(b)) if a != b => format!(" ({a}–{b})"),
        (Some(a), _) => format!(" ({a})"),
        _ => format!(" ({from}–{to})"),
    };
    let units: Vec<String> = series
        .iter()
        .map(|s| clip(s.unit().get(lang), 60))
        .collect();
    html! {
        <table class="data-table">
            <caption>{ clip(ds.title().get(lang), 200) }{ caption_years }</caption>
            <thead>
                <tr>
                    <th scope="col">{ t.year }</th>
                    { for series.iter().zip(&units).map(|(s, unit)| html! {
                        <th scope="col">{ clip(s.label().get(lang), 120) }<span class="unit">{ format!(" ({unit})") }</span></th>
                    }) }
                </tr>
            </thead>
            <tbody>
                { for years.iter().map(|year| html! {
                    <tr>
                        <th scope="row">{ year.to_string() }</th>
                        { for series.iter().map(|s| match s.value_in(*year) {
                            Some(v) => html! { <td class="num">{ fmt.number(v) }</td> },
                            None => html! { <td class="num missing">{ t.not_reported }</td> },
                        }) }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

/// The status word of a program in an area, with its year.
pub fn status_text(status: Status, lang: Lang) -> String {
    let t = strings(lang);
    match status {
        Status::Formed(y) => format!("{} {y}", t.formed),
        Status::Planned(y) => format!("{} {y}", t.planned),
        Status::None => t.none.to_owned(),
    }
}

/// Every area with each program's status, grouped.
pub fn coverage_table(ds: &Dataset, group: Option<&str>, lang: Lang) -> Html {
    let t = strings(lang);
    let Some(areas) = ds.areas() else {
        return html! {};
    };
    let groups: Vec<&str> = areas
        .groups()
        .into_iter()
        .filter(|g| group.is_none_or(|x| x == *g))
        .collect();
    html! {
        <table class="data-table">
            <caption>{ clip(areas.level().get(lang), 60) }{ " — " }{ clip(&ds.programs().iter().map(|p| p.label().get(lang)).collect::<Vec<_>>().join(", "), 200) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ clip(areas.level().get(lang), 60) }</th>
                    <th scope="col" class="code">{ t.code }</th>
                    { for ds.programs().iter().map(|p| html! { <th scope="col">{ clip(p.label().get(lang), 120) }</th> }) }
                </tr>
            </thead>
            { for groups.iter().map(|g| html! {
                // One row group per kecamatan, headed by its name: narrow
                // screens keep the status column in view.
                <tbody>
                    <tr class="group-row">
                        <th scope="rowgroup" colspan={(2 + ds.programs().len()).to_string()}>
                            { clip(areas.group_level().get(lang), 40) }{ " " }{ clip(g, 80) }
                        </th>
                    </tr>
                    { for areas.items().iter().enumerate().filter(|(_, a)| a.group() == *g).map(|(i, a)| html! {
                        <tr>
                            <th scope="row">{ clip(a.name(), 80) }</th>
                            <td class="code">{ a.code().unwrap_or("") }</td>
                            { for ds.programs().iter().map(|p| {
                                let status = p.status().get(i).copied().unwrap_or(Status::None);
                                html! { <td class={classes!("status", status.key())}>{ status_text(status, lang) }</td> }
                            }) }
                        </tr>
                    }) }
                </tbody>
            }) }
        </table>
    }
}

/// The numbers of the coverage step chart: areas with the program by
/// year, formed and with the planned, against the total.
pub fn cumulative_table(
    ds: &Dataset,
    program: usize,
    group: Option<&str>,
    lang: Lang,
    fmt: &dyn NumberFormat,
) -> Html {
    let t = strings(lang);
    let (Some(areas), Some(prog)) = (ds.areas(), ds.programs().get(program)) else {
        return html! {};
    };
    let include = |i: usize| group.is_none_or(|g| areas.items()[i].group() == g);
    let total = (0..areas.items().len()).filter(|&i| include(i)).count();
    let rows = crate::core::stats::cumulative_from_zero(prog, include);
    html! {
        <table class="data-table">
            <caption>{ t.cumulative }{ ": " }{ clip(prog.label().get(lang), 120) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ t.year }</th>
                    <th scope="col" class="num">{ t.formed }</th>
                    <th scope="col" class="num">{ t.formed }{ " + " }{ t.planned }</th>
                    <th scope="col" class="num">{ t.total }</th>
                </tr>
            </thead>
            <tbody>
                { for rows.iter().map(|(year, formed, with_planned)| html! {
                    <tr>
                        <th scope="row">{ year.to_string() }</th>
                        <td class="num">{ fmt.number(*formed as f64) }</td>
                        <td class="num">{ fmt.number(*with_planned as f64) }</td>
                        <td class="num">{ fmt.number(total as f64) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

/// The events and the sources.
pub fn events_and_sources(ds: &Dataset, lang: Lang) -> Html {
    let t = strings(lang);
    html! {
        <>
            if !ds.events().is_empty() {
                <table class="data-table">
                    <caption>{ t.events }</caption>
                    <thead><tr><th scope="col">{ t.year }</th><th scope="col">{ t.date }</th><th scope="col">{ t.event }</th></tr></thead>
                    <tbody>
                        { for ds.events().iter().map(|e| html! {
                            <tr>
                                <th scope="row">{ e.year().to_string() }</th>
                                <td>{ e.date().map(|d| long_date(d, lang)).unwrap_or_default() }</td>
                                <td>{ clip(e.label().get(lang), 300) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
            <table class="data-table">
                <caption>{ t.source }</caption>
                <thead><tr><th scope="col">{ t.source }</th><th scope="col">{ t.date }</th></tr></thead>
                <tbody>
                    { for ds.sources().iter().map(|s| html! {
                        <tr>
                            <th scope="row">
                                { clip(s.name(), 160) }
                                if let Some(title) = s.title() { <br/><span class="muted">{ clip(title.get(lang), 300) }</span> }
                                if let Some(url) = s.url() { <br/><a href={url.to_owned()} rel="noopener noreferrer" target="_blank">{ url }</a> }
                            </th>
                            <td>{ s.date().map(|d| long_date(d, lang)).unwrap_or_default() }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </>
    }
}

/// The table view: every number of the dataset, and its CSV files.
#[function_component]
pub fn TablesView(props: &super::ViewProps) -> Html {
    use crate::core::export::{areas_csv, series_csv};
    let ds = &props.dataset;
    let lang = props.lang;
    let t = strings(lang);
    let shown = props.params.shown_series(ds);
    let range = crate::core::stats::year_range(ds, props.params.from, props.params.to);
    {
        let on_drawn = props.on_drawn.clone();
        use_effect(move || on_drawn.emit(()));
    }
    let download = |name: String, csv: String| {
        Callback::from(move |_: MouseEvent| {
            if let Err(e) = crate::web::export::download_text(&name, "text/csv;charset=utf-8", &csv)
            {
                web_sys::console::error_1(&e);
            }
        })
    };
    let on_series = {
        let (ds, shown, link) = (ds.clone(), shown.clone(), props.link.clone());
        Callback::from(move |e: MouseEvent| {
            download(
                format!("{}-series.csv", ds.id()),
                series_csv(&ds, &shown, range, lang, Some(&link)),
            )
            .emit(e)
        })
    };
    let on_areas = {
        let (ds, group, link) = (ds.clone(), props.params.group.clone(), props.link.clone());
        Callback::from(move |e: MouseEvent| {
            download(
                format!("{}-areas.csv", ds.id()),
                areas_csv(&ds, group.as_deref(), lang, Some(&link)),
            )
            .emit(e)
        })
    };
    html! {
        <section class="view tables" aria-labelledby="view-heading">
            <h2 id="view-heading">{ t.table }</h2>
            { trend_table(ds, &shown, range, lang, &*props.format) }
            { coverage_table(ds, props.params.group.as_deref(), lang) }
            { for (0..ds.programs().len()).map(|p| cumulative_table(ds, p, props.params.group.as_deref(), lang, &*props.format)) }
            { events_and_sources(ds, lang) }
            if !props.params.embed {
                <div class="toolbar" role="group" aria-label={t.download}>
                    <span class="toolbar-label">{ t.download }{ ":" }</span>
                    if !ds.series().is_empty() {
                        <button type="button" class="button" data-export="csv-series" onclick={on_series}>{ t.csv }{ " · " }{ t.trend }</button>
                    }
                    if ds.areas().is_some() {
                        <button type="button" class="button" data-export="csv-areas" onclick={on_areas}>{ t.csv }{ " · " }{ t.coverage }</button>
                    }
                </div>
            }
        </section>
    }
}
