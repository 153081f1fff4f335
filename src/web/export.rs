//! Downloads and the clipboard: files made in the page, saved through a
//! temporary link, so nothing goes through a server.

use crate::core::export::ImageBox;
use crate::core::render::frame::Frame;
use crate::core::render::RenderError;
use crate::core::theme::Palette;
use crate::core::view::Chart;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, Url};

fn save(href: &str, filename: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(href);
    a.set_download(filename);
    a.set_rel("noopener");
    let body = document.body().ok_or("no body")?;
    body.append_child(&a)?;
    a.click();
    a.remove();
    Ok(())
}

/// Saves `text` as a file.
pub fn download_text(filename: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let saved = save(&url, filename);
    // The click has started the download; the URL is no longer needed.
    let _ = Url::revoke_object_url(&url);
    saved
}

/// The chart framed with its attribution as a PNG, `scale` device pixels
/// to the CSS px, drawn by the same code as the screen. With an exact box
/// the image has that size, the framed chart centred in it.
pub fn png_data_url(
    chart: &Chart,
    frame: &Frame,
    palette: &Palette,
    image: ImageBox,
    scale: f64,
) -> Result<String, JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let canvas: HtmlCanvasElement = document.create_element("canvas")?.dyn_into()?;
    let framed = frame.size();
    let size = match image {
        ImageBox::Exact(w, h) => (w, h),
        ImageBox::Width(_) => framed,
    };
    crate::web::canvas::paint(&canvas, size, scale, |p| {
        p.background(size, palette.background)?;
        p.translate(((size.0 - framed.0) / 2.0).max(0.0).floor(), 0.0);
        frame.draw(p, palette, |p| chart.draw(p, palette, None))
    })
    .map_err(|e: RenderError| JsValue::from_str(&e.to_string()))?;
    canvas.to_data_url_with_type("image/png")
}

/// Saves a PNG.
pub fn download_png(filename: &str, data_url: &str) -> Result<(), JsValue> {
    save(data_url, filename)
}

/// Writes `text` to the clipboard; `false` when the browser refuses.
pub async fn copy(text: &str) -> bool {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}
