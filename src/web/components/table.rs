//! Every number as semantic tables, rendered from the view's description:
//! caption, header cells, a row group per kecamatan, and "not reported"
//! written out where a value is missing.

use super::credits::credits;
use super::{use_description, ViewProps};
use crate::core::export::{areas_csv, series_csv};
use crate::core::stats::year_range;
use crate::core::strings::strings;
use crate::core::view::tables::{Row, Table};
use yew::prelude::*;

fn row(row: &Row) -> Html {
    html! {
        <tr>
            <th scope="row">
                { &row.heading }
                if let Some(detail) = &row.detail { <br/><span class="muted">{ detail }</span> }
                if let Some(url) = &row.link { <br/><a href={url.clone()} rel="noopener noreferrer" target="_blank">{ url }</a> }
            </th>
            { for row.cells.iter().map(|c| html! { <td class={(!c.class.is_empty()).then(|| c.class.clone())}>{ &c.text }</td> }) }
        </tr>
    }
}

/// One table.
pub fn data_table(table: &Table) -> Html {
    let span = table.columns.len().to_string();
    html! {
        <table class="data-table">
            <caption>{ &table.caption }</caption>
            <thead>
                <tr>
                    { for table.columns.iter().map(|c| html! {
                        <th scope="col" class={(!c.class.is_empty()).then_some(c.class)}>
                            { &c.label }
                            if let Some(unit) = &c.unit { <span class="unit">{ unit }</span> }
                        </th>
                    }) }
                </tr>
            </thead>
            { for table.groups.iter().map(|g| html! {
                <tbody>
                    if let Some(heading) = &g.heading {
                        <tr class="group-row"><th scope="rowgroup" colspan={span.clone()}>{ heading }</th></tr>
                    }
                    { for g.rows.iter().map(row) }
                </tbody>
            }) }
        </table>
    }
}

/// The view's numbers, folded under "show the numbers".
pub fn folded_numbers(tables: &[Table], lang: crate::core::text::Lang) -> Html {
    html! {
        <details class="numbers">
            <summary>{ strings(lang).show_numbers }</summary>
            { data_tables(tables) }
        </details>
    }
}

/// The tables of a view, in order.
pub fn data_tables(tables: &[Table]) -> Html {
    tables.iter().map(data_table).collect::<Html>()
}

/// The table view: every number of the dataset, and its CSV files.
#[function_component]
pub fn TablesView(props: &ViewProps) -> Html {
    let d = use_description(props, None);
    {
        let on_drawn = props.on_drawn.clone();
        use_effect(move || on_drawn.emit(()));
    }
    html! {
        <>
        <section class="view tables" aria-labelledby="view-heading">
            <h2 id="view-heading">{ &d.heading }</h2>
            { data_tables(&d.tables) }
            { csv_downloads(props) }
        </section>
        { credits(&d, &props.link) }
        </>
    }
}

/// The table view's CSV downloads.
fn csv_downloads(props: &ViewProps) -> Html {
    let (ds, lang) = (&props.dataset, props.lang);
    let t = strings(lang);
    let download = |name: String, csv: String| {
        if let Err(e) = crate::web::export::download_text(&name, "text/csv;charset=utf-8", &csv) {
            web_sys::console::error_1(&e);
        }
    };
    let on_series = {
        let (ds, params, link) = (ds.clone(), props.params.clone(), props.link.clone());
        Callback::from(move |_: MouseEvent| {
            let range = year_range(&ds, params.from, params.to);
            download(
                format!("{}-series.csv", ds.id()),
                series_csv(&ds, &params.shown_series(&ds), range, lang, Some(&link)),
            )
        })
    };
    let on_areas = {
        let (ds, group, link) = (ds.clone(), props.params.group.clone(), props.link.clone());
        Callback::from(move |_: MouseEvent| {
            download(
                format!("{}-areas.csv", ds.id()),
                areas_csv(&ds, group.as_deref(), lang, Some(&link)),
            )
        })
    };
    html! {
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
}
