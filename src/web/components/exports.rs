//! Downloads of the current chart: CSV of its numbers, PNG and SVG framed
//! with the attribution, all from the view's description.

use super::chart::ChartCanvas;
use super::{use_part, ViewProps};
use crate::core::export::PngSize;
use crate::core::strings::strings;
use crate::core::theme::Palette;
use crate::core::view::Description;
use crate::web::dom::{el, El};
use crate::web::export::{download_png, download_text, png_data_url};
use crate::web::Shared;
use gloo_events::EventListener;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The width the chart has on screen, so exports match what is seen.
fn current_chart_width() -> f64 {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".view canvas[role=img]").ok().flatten())
        .map(|c| c.get_bounding_client_rect().width())
        .filter(|w| *w > 0.0)
        .unwrap_or(720.0)
}

pub fn report(result: Result<(), wasm_bindgen::JsValue>) {
    if let Err(e) = result {
        web_sys::console::error_2(&"Pantau: the download failed".into(), &e);
    }
}

/// A toolbar button that downloads the file `key` names.
pub fn download_button(key: &str, label: &str) -> El {
    el("button")
        .attr("type", "button")
        .class("button")
        .attr("data-export", key)
        .text(label)
}

/// A download toolbar: `label` and its buttons.
pub fn toolbar(label: &str, buttons: impl IntoIterator<Item = El>) -> El {
    el("div")
        .class("toolbar")
        .attr("role", "group")
        .attr("aria-label", label)
        .child(el("span").class("toolbar-label").text(label).text(":"))
        .children(buttons)
}

/// CSV, PNG and SVG of the view's chart, made again when the view, its
/// colours or its link change. The PNG size chosen is kept across them.
#[hook]
pub fn use_exports(d: &Shared<Description>, palette: &Shared<Palette>, link: &str) -> Html {
    let size = use_memo((), |_| Cell::new(PngSize::Screen));
    use_part(
        (d.clone(), palette.clone(), link.to_owned()),
        |(d, palette, link), listeners| vec![export_bar(d, palette, link, &size, listeners)],
    )
}

fn export_bar(
    d: &Shared<Description>,
    palette: &Shared<Palette>,
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

/// The view's chart with its downloads (from [`use_exports`]) under it.
pub fn chart_with_exports(
    description: &Shared<Description>,
    props: &ViewProps,
    exports: Html,
) -> Html {
    html! {
        <>
            <ChartCanvas description={description.clone()} palette={props.palette.clone()}
                on_drawn={props.on_drawn.clone()} />
            { exports }
        </>
    }
}
