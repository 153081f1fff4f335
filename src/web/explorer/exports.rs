//! Downloads: the chart's CSV, PNG and SVG framed with the attribution,
//! all from the view's description, and the table view's CSV files.

use crate::core::export::{areas_csv, series_csv, PngSize};
use crate::core::model::Dataset;
use crate::core::params::Params;
use crate::core::stats::year_range;
use crate::core::strings::strings;
use crate::core::text::Lang;
use crate::core::theme::Palette;
use crate::core::view::Description;
use crate::web::dom::{el, El};
use crate::web::export::{download_png, download_text, png_data_url};
use gloo_events::EventListener;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// The width the chart has on screen, so exports match what is seen.
fn current_chart_width() -> f64 {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".view canvas[role=img]").ok().flatten())
        .map(|c| c.get_bounding_client_rect().width())
        .filter(|w| *w > 0.0)
        .unwrap_or(720.0)
}

fn report(result: Result<(), wasm_bindgen::JsValue>) {
    if let Err(e) = result {
        web_sys::console::error_2(&"Pantau: the download failed".into(), &e);
    }
}

/// A toolbar button that downloads the file `key` names.
fn download_button(key: &str, label: &str) -> El {
    el("button")
        .attr("type", "button")
        .class("button")
        .attr("data-export", key)
        .text(label)
}

/// A download toolbar: `label` and its buttons.
fn toolbar(label: &str, buttons: impl IntoIterator<Item = El>) -> El {
    el("div")
        .class("toolbar")
        .attr("role", "group")
        .attr("aria-label", label)
        .child(el("span").class("toolbar-label").text(label).text(":"))
        .children(buttons)
}

/// CSV, PNG and SVG of the view's chart, and the PNG's size (`size`,
/// kept across the bars made for the view).
pub fn chart_bar(
    d: &Rc<Description>,
    palette: &Rc<Palette>,
    link: &str,
    size: &Rc<Cell<PngSize>>,
    listeners: &mut Vec<EventListener>,
) -> El {
    let t = strings(d.lang);
    let stem = d.file_stem();
    let csv = {
        let (d, link, stem) = (d.clone(), link.to_owned(), stem.clone());
        download_button("csv", t.csv).on(listeners, "click", move |_| {
            report(download_text(
                &format!("{stem}.csv"),
                "text/csv;charset=utf-8",
                &d.csv(Some(&link)),
            ))
        })
    };
    let png = {
        let (d, palette, link, stem, size) = (
            d.clone(),
            palette.clone(),
            link.to_owned(),
            stem.clone(),
            size.clone(),
        );
        download_button("png", t.png).on(listeners, "click", move |_| {
            let (image, scale) = size.get().target(current_chart_width());
            if let Some((chart, frame)) = d.framed(image, Some(&link)) {
                let png = png_data_url(&chart, &frame, &palette, image, scale);
                report(png.and_then(|url| download_png(&format!("{stem}.png"), &url)));
            }
        })
    };
    let svg = {
        let (d, palette, link) = (d.clone(), palette.clone(), link.to_owned());
        download_button("svg", t.svg).on(listeners, "click", move |_| {
            match d.svg(current_chart_width(), &palette, Some(&link)) {
                Some(Ok(text)) => report(download_text(
                    &format!("{stem}.svg"),
                    "image/svg+xml",
                    &text,
                )),
                Some(Err(e)) => web_sys::console::error_1(&e.to_string().into()),
                None => {}
            }
        })
    };
    let chosen = size.get();
    let sizes = el("select")
        .attr("data-export-size", "png")
        .children(PngSize::ALL.iter().map(|&s| {
            el("option")
                .attr("value", s.key())
                .attr_if("selected", (s == chosen).then_some(""))
                .text(t.png_size_name(s))
        }));
    let sizes = {
        let size = size.clone();
        sizes.on(listeners, "change", move |e| {
            if let Some(select) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            {
                size.set(PngSize::from_key(&select.value()));
            }
        })
    };
    toolbar(t.download, [csv, png, svg]).child(
        el("label")
            .class("png-size")
            .text(t.png_size)
            .text(" ")
            .child(sizes),
    )
}

/// The table view's CSV downloads: the series and the areas, as shown;
/// none for a dataset with neither.
pub fn csv_bar(
    ds: &Rc<Dataset>,
    params: &Params,
    lang: Lang,
    link: &str,
    listeners: &mut Vec<EventListener>,
) -> Option<El> {
    let t = strings(lang);
    let download =
        |name: String, csv: String| report(download_text(&name, "text/csv;charset=utf-8", &csv));
    let series = (!ds.series().is_empty()).then(|| {
        let (ds, params, link) = (ds.clone(), params.clone(), link.to_owned());
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
        let (ds, group, link) = (ds.clone(), params.group.clone(), link.to_owned());
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
    // A dataset with neither has nothing to download, and no bar says so.
    let buttons: Vec<El> = series.into_iter().chain(areas).collect();
    (!buttons.is_empty()).then(|| toolbar(t.download, buttons))
}
