//! The table view, every number of the dataset as semantic tables, and
//! the parts each view shows under its chart: its numbers folded away and
//! its credits.

use super::{use_description, use_part, ViewProps};
use crate::core::export::{areas_csv, series_csv};
use crate::core::stats::year_range;
use crate::core::strings::strings;
use crate::core::view::Description;
use crate::web::{parts, Shared};
use yew::prelude::*;

/// The view's numbers folded under "show the numbers", made again only
/// when the description changes.
#[hook]
pub fn use_folded_numbers(d: &Shared<Description>) -> Html {
    use_part(d.clone(), |d, _| {
        vec![parts::folded_numbers(&d.tables, strings(d.lang))]
    })
}

/// The view's credits, citing `link`.
#[hook]
pub fn use_credits(d: &Shared<Description>, link: &str) -> Html {
    use_part((d.clone(), link.to_owned()), |(d, link), _| {
        vec![parts::full_credits(d, link)]
    })
}

/// The table view: every number of the dataset, and its CSV files.
#[function_component]
pub fn TablesView(props: &ViewProps) -> Html {
    let d = use_description(props, None);
    let tables = use_part(d.clone(), |d, _| {
        d.tables.iter().map(parts::data_table).collect()
    });
    let credits = use_credits(&d, &props.link);
    {
        let on_drawn = props.on_drawn.clone();
        use_effect(move || on_drawn.emit(()));
    }
    html! {
        <>
        <section class="view tables" aria-labelledby="view-heading">
            <h2 id="view-heading">{ &d.heading }</h2>
            { tables }
            { csv_downloads(props) }
        </section>
        { credits }
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
