//! The table view, every number of the dataset as semantic tables, and
//! the parts each view shows under its chart: its numbers folded away and
//! its credits.

use super::exports::{download_button, report, toolbar};
use super::{use_description, use_part, ViewProps};
use crate::core::export::{areas_csv, series_csv};
use crate::core::stats::year_range;
use crate::core::strings::strings;
use crate::core::view::Description;
use crate::web::export::download_text;
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
    let downloads = use_csv_downloads(props);
    {
        let on_drawn = props.on_drawn.clone();
        use_effect(move || on_drawn.emit(()));
    }
    html! {
        <>
        <section class="view tables" aria-labelledby="view-heading">
            <h2 id="view-heading">{ &d.heading }</h2>
            { tables }
            { downloads }
        </section>
        { credits }
        </>
    }
}

/// The table view's CSV downloads: the series and the areas, as shown.
#[hook]
fn use_csv_downloads(props: &ViewProps) -> Html {
    let deps = (
        props.dataset.clone(),
        props.params.clone(),
        props.lang,
        props.link.clone(),
    );
    use_part(deps, |(ds, params, lang, link), listeners| {
        let (t, lang) = (strings(*lang), *lang);
        let download = |name: String, csv: String| {
            report(download_text(&name, "text/csv;charset=utf-8", &csv))
        };
        let series = (!ds.series().is_empty()).then(|| {
            let (ds, params, link) = (ds.clone(), params.clone(), link.clone());
            download_button("csv-series", t.csv)
                .text(" · ")
                .text(t.trend)
                .on(listeners, "click", move |_| {
                    let range = year_range(&ds, params.from, params.to);
                    download(
                        format!("{}-series.csv", ds.id()),
                        series_csv(&ds, &params.shown_series(&ds), range, lang, Some(&link)),
                    )
                })
        });
        let areas = ds.areas().is_some().then(|| {
            let (ds, group, link) = (ds.clone(), params.group.clone(), link.clone());
            download_button("csv-areas", t.csv)
                .text(" · ")
                .text(t.coverage)
                .on(listeners, "click", move |_| {
                    download(
                        format!("{}-areas.csv", ds.id()),
                        areas_csv(&ds, group.as_deref(), lang, Some(&link)),
                    )
                })
        });
        vec![toolbar(t.download, series.into_iter().chain(areas))]
    })
}
