//! Downloads of the current chart: CSV of its numbers, PNG and SVG framed
//! with the attribution, all from the view's description.

use super::chart::ChartCanvas;
use super::ViewProps;
use crate::core::export::PngSize;
use crate::core::strings::strings;
use crate::core::theme::Palette;
use crate::core::view::Description;
use crate::web::export::{download_png, download_text, png_data_url};
use crate::web::Shared;
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

fn report(result: Result<(), wasm_bindgen::JsValue>) {
    if let Err(e) = result {
        web_sys::console::error_2(&"Pantau: the download failed".into(), &e);
    }
}

#[derive(Properties, PartialEq)]
pub struct ExportProps {
    pub description: Shared<Description>,
    pub palette: Shared<Palette>,
    /// The link that reopens this view, cited in the files.
    pub link: String,
}

/// CSV, PNG and SVG of the view's chart.
#[function_component]
pub fn ExportBar(props: &ExportProps) -> Html {
    let t = strings(props.description.lang);
    let stem = props.description.file_stem();
    let on_csv = {
        let (d, link, stem) = (props.description.clone(), props.link.clone(), stem.clone());
        Callback::from(move |_: MouseEvent| {
            report(download_text(
                &format!("{stem}.csv"),
                "text/csv;charset=utf-8",
                &d.csv(Some(&link)),
            ))
        })
    };
    let size = use_state(|| PngSize::Screen);
    let on_size = {
        let size = size.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                size.set(PngSize::from_key(&select.value()));
            }
        })
    };
    let on_png = {
        let (d, palette, stem, link, size) = (
            props.description.clone(),
            props.palette.clone(),
            stem.clone(),
            props.link.clone(),
            *size,
        );
        Callback::from(move |_: MouseEvent| {
            let (image, scale) = size.target(current_chart_width());
            if let Some((chart, frame)) = d.framed(image, Some(&link)) {
                let png = png_data_url(&chart, &frame, &palette, image, scale);
                report(png.and_then(|url| download_png(&format!("{stem}.png"), &url)));
            }
        })
    };
    let on_svg = {
        let (d, palette, link) = (
            props.description.clone(),
            props.palette.clone(),
            props.link.clone(),
        );
        Callback::from(move |_: MouseEvent| {
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
    html! {
        <div class="toolbar" role="group" aria-label={t.download}>
            <span class="toolbar-label">{ t.download }{ ":" }</span>
            <button type="button" class="button" data-export="csv" onclick={on_csv}>{ t.csv }</button>
            <button type="button" class="button" data-export="png" onclick={on_png}>{ t.png }</button>
            <button type="button" class="button" data-export="svg" onclick={on_svg}>{ t.svg }</button>
            <label class="png-size">{ t.png_size }{ " " }
                <select data-export-size="png" onchange={on_size}>
                    { for PngSize::ALL.iter().map(|&s| html! {
                        <option value={s.key()} selected={s == *size}>{ t.png_size_name(s) }</option>
                    }) }
                </select>
            </label>
        </div>
    }
}

/// The view's chart with its downloads under it.
pub fn chart_with_exports(description: &Shared<Description>, props: &ViewProps) -> Html {
    html! {
        <>
            <ChartCanvas description={description.clone()} palette={props.palette.clone()}
                on_drawn={props.on_drawn.clone()} />
            <ExportBar description={description.clone()} palette={props.palette.clone()} link={props.link.clone()} />
        </>
    }
}
