//! Browser glue, tested in headless Chromium with wasm-bindgen-test: the
//! app mounts and draws, a bad dataset shows the alert, numbers read as
//! `Intl` writes them, canvases are sized for the devicePixelRatio, and the URL
//! carries the view.
#![cfg(target_arch = "wasm32")]

use gloo_timers::future::TimeoutFuture;
use pantau::core::format::NumberFormat;
use pantau::core::format::PlainFormat;
use pantau::core::params::Params;
use pantau::core::text::Lang;
use pantau::web::dataset::fetch_dataset;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Blob, BlobPropertyBag, CanvasRenderingContext2d, HtmlCanvasElement, Url};

wasm_bindgen_test_configure!(run_in_browser);

const DEFAULT: &str = include_str!("../static/data/tanjungpinang.json");

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// A `blob:` URL serving `json`, so the app fetches it like any dataset.
fn blob_url(json: &str) -> String {
    let parts = js_sys::Array::of1(&json.into());
    let options = BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).expect("blob");
    Url::create_object_url_with_blob(&blob).expect("object URL")
}

/// The app mounted in a fresh element; unmounted and removed on drop so
/// tests do not see each other's pages.
struct Mounted {
    root: web_sys::Element,
    explorer: Option<pantau::web::explorer::Explorer>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.explorer.take();
        self.root.remove();
    }
}

/// Fetches `data` as the app's start does, then mounts the app into a
/// fresh element with it.
async fn mount(data: String, lang: Lang) -> Mounted {
    mount_view(data, lang, Default::default()).await
}

/// As [`mount`], showing `view`.
async fn mount_view(data: String, lang: Lang, view: pantau::core::params::View) -> Mounted {
    let body = document().body().expect("body");
    // A state left by an earlier test must not count for this one.
    body.dataset().set("state", "").expect("reset state");
    let root = document().create_element("div").expect("div");
    body.append_child(&root).expect("append");
    let first_load = fetch_dataset(&data).await;
    let params = Params {
        data: Some(data),
        lang: Some(lang),
        view,
        ..Params::default()
    };
    let explorer = pantau::web::explorer::start(root.clone(), params, first_load, false);
    Mounted {
        root,
        explorer: Some(explorer),
    }
}

/// Waits (up to 10 s) until `body[data-state]` is `state`.
async fn wait_for_state(state: &str) {
    for _ in 0..200 {
        let body = document().body().expect("body");
        if body.dataset().get("state").as_deref() == Some(state) {
            return;
        }
        TimeoutFuture::new(50).await;
    }
    panic!("body[data-state] never became {state}");
}

#[wasm_bindgen_test]
async fn the_app_mounts_and_draws_a_chart_that_is_not_blank() {
    let mounted = mount(blob_url(DEFAULT), Lang::En).await;
    wait_for_state("ready").await;
    let root = &mounted.root;
    let canvas: HtmlCanvasElement = root
        .query_selector("canvas[role=img]")
        .expect("query")
        .expect("a chart canvas")
        .dyn_into()
        .expect("a canvas");
    let label = canvas.get_attribute("aria-label").unwrap_or_default();
    assert!(
        label.contains("75") && label.contains("150") && label.contains("87"),
        "{label}"
    );
    let ctx: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .expect("context")
        .expect("2d")
        .dyn_into()
        .expect("2d context");
    let (w, h) = (canvas.width(), canvas.height());
    assert!(w > 100 && h > 100, "{w}x{h}");
    let pixels = ctx
        .get_image_data(0.0, 0.0, f64::from(w), f64::from(h))
        .expect("pixels")
        .data();
    let first = [pixels[0], pixels[1], pixels[2]];
    let differing = pixels
        .chunks(4)
        .filter(|p| [p[0], p[1], p[2]] != first)
        .count();
    assert!(
        differing > (w * h / 50) as usize,
        "only {differing} pixels differ from the background"
    );
}

#[wasm_bindgen_test]
async fn a_bad_dataset_shows_the_alert_with_the_path() {
    let bad = DEFAULT.replacen("\"value\": 150", "\"value\": -3", 1);
    let mounted = mount(blob_url(&bad), Lang::En).await;
    wait_for_state("error").await;
    let root = &mounted.root;
    let alert = root
        .query_selector("[role=alert]")
        .expect("query")
        .expect("an alert");
    let text = alert.text_content().unwrap_or_default();
    // The series by its label and the year, then the path for the technical.
    assert!(
        text.contains("Series 1 \u{201c}Cases reported to P2TP2A\u{201d}, year 2016: must be a number >= 0 or null, got -3\nseries[0].points[1].value"),
        "{text}"
    );
    assert!(
        root.query_selector("canvas").expect("query").is_none(),
        "a broken dataset is never drawn"
    );
}

#[wasm_bindgen_test]
async fn the_alert_speaks_the_page_language() {
    let mounted = mount(blob_url("{\"format\": \"pantau/1\""), Lang::Id).await;
    wait_for_state("error").await;
    let text = mounted
        .root
        .query_selector("[role=alert]")
        .expect("q")
        .expect("alert")
        .text_content()
        .unwrap_or_default();
    assert!(
        text.contains("kesalahan sintaks JSON pada baris 1"),
        "{text}"
    );
}

/// `Intl.NumberFormat` for `lang` with `options` (`[key, value]` pairs).
fn intl(lang: Lang, options: &[(&str, wasm_bindgen::JsValue)]) -> js_sys::Function {
    let opts = js_sys::Object::new();
    for (key, value) in options {
        js_sys::Reflect::set(&opts, &(*key).into(), value).expect("option");
    }
    let locales = js_sys::Array::of1(&lang.tag().into());
    js_sys::Intl::NumberFormat::new(&locales, &opts).format()
}

#[wasm_bindgen_test]
fn numbers_read_as_intl_writes_them() {
    // The app writes numbers itself (the first Intl of a page costs tens of
    // milliseconds); the reader must not see a difference.
    let mut values = vec![
        0.0,
        -0.0,
        1.0,
        75.0,
        150.0,
        1234.0,
        1234.5,
        1234567.891,
        0.5,
        0.005,
        0.015,
        0.125,
        0.145,
        1.005,
        2.345,
        9.999,
        999.996,
        -0.001,
        -0.005,
        -0.42,
        5.0 / 18.0,
        1e-7,
        5e-324,
        1e15,
        1e17,
        1e21,
        2f64.powi(53) + 2.0,
        2f64.powi(70),
        1.7976931348623157e308,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
    ];
    // And a spread of ordinary values: counts, shares and changes.
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    for _ in 0..400 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let unit = (seed >> 11) as f64 / (1u64 << 53) as f64;
        let scale = 10f64.powi((seed % 9) as i32 - 3);
        values.push((unit - 0.2) * scale);
    }
    let percent = ("style", "percent".into());
    let whole = ("maximumFractionDigits", 0.into());
    for lang in [Lang::Id, Lang::En] {
        let ours = PlainFormat(lang);
        let number = intl(lang, &[("maximumFractionDigits", 2.into())]);
        let share = intl(lang, &[percent.clone(), whole.clone()]);
        let change = intl(
            lang,
            &[
                percent.clone(),
                whole.clone(),
                ("signDisplay", "exceptZero".into()),
            ],
        );
        let theirs = |f: &js_sys::Function, v: f64| {
            f.call1(&wasm_bindgen::JsValue::NULL, &v.into())
                .expect("format")
                .as_string()
                .expect("text")
        };
        for &v in &values {
            assert_eq!(ours.number(v), theirs(&number, v), "number {v} in {lang:?}");
            assert_eq!(
                ours.percent(v),
                theirs(&share, v),
                "percent {v} in {lang:?}"
            );
            assert_eq!(ours.change(v), theirs(&change, v), "change {v} in {lang:?}");
        }
    }
}

#[wasm_bindgen_test]
fn canvases_get_device_pixels_for_their_css_size() {
    let canvas: HtmlCanvasElement = document()
        .create_element("canvas")
        .expect("c")
        .dyn_into()
        .expect("canvas");
    let drawn = pantau::web::canvas::paint(&canvas, (300.0, 200.0), 2.0, |p| {
        p.fill_rect(
            pantau::core::layout::Rect {
                x: 0.0,
                y: 0.0,
                w: 300.0,
                h: 200.0,
            },
            pantau::core::theme::Rgb(1, 2, 3),
            1.0,
        )
    });
    assert!(drawn.is_ok());
    assert_eq!((canvas.width(), canvas.height()), (600, 400));
}

#[wasm_bindgen_test]
fn the_url_carries_the_view_and_nothing_else() {
    let (params, _) = Params::parse([("view", "table"), ("lang", "en")]);
    let history = web_sys::window().expect("w").history().expect("history");
    let entries = history.length().expect("length");
    // Another view is a new history entry; the rest is written in place.
    pantau::web::url::write(&params, true);
    assert_eq!(history.length().expect("length"), entries + 1);
    let search = web_sys::window()
        .expect("w")
        .location()
        .search()
        .expect("search");
    assert!(
        search.contains("view=table") && search.contains("lang=en"),
        "{search}"
    );
    let (read, warnings) = pantau::web::url::read();
    assert_eq!(read, params);
    assert!(warnings.is_empty());
    pantau::web::url::write(&Params::default(), false);
    assert_eq!(history.length().expect("length"), entries + 1);
    let search = web_sys::window()
        .expect("w")
        .location()
        .search()
        .expect("search");
    assert!(!search.contains("view="), "{search}");
}

#[wasm_bindgen_test]
fn a_crash_switches_the_page_to_the_error_state_with_a_message() {
    let root = document().document_element().expect("html");
    root.set_attribute("lang", "id").expect("lang");
    pantau::web::crash::show();
    let body = document().body().expect("body");
    assert_eq!(body.dataset().get("state").as_deref(), Some("error"));
    let alert = document()
        .get_element_by_id("pantau-crash")
        .expect("the crash message");
    assert_eq!(alert.get_attribute("role").as_deref(), Some("alert"));
    let text = alert.text_content().unwrap_or_default();
    assert!(text.contains("Terjadi kesalahan tak terduga"), "{text}");
    assert!(
        alert.query_selector("a[href]").expect("q").is_some(),
        "a reload link"
    );
    alert.remove();
}

#[wasm_bindgen_test]
fn resize_messages_have_the_three_forms() {
    let [own, amp, embedly] = pantau::web::embed::resize_messages(Some("f1"), 321.0);
    let get =
        |v: &wasm_bindgen::JsValue, k: &str| js_sys::Reflect::get(v, &k.into()).expect("field");
    assert_eq!(
        get(&own, "type").as_string().as_deref(),
        Some("pantau:resize")
    );
    assert_eq!(get(&own, "frame").as_string().as_deref(), Some("f1"));
    assert_eq!(get(&own, "height").as_f64(), Some(321.0));
    assert_eq!(get(&amp, "sentinel").as_string().as_deref(), Some("amp"));
    assert_eq!(get(&amp, "type").as_string().as_deref(), Some("embed-size"));
    assert_eq!(
        get(&embedly, "context").as_string().as_deref(),
        Some("iframe.resize")
    );
    let [none, _, _] = pantau::web::embed::resize_messages(None, 10.0);
    assert!(get(&none, "frame").is_null());
}

#[wasm_bindgen_test]
async fn a_view_with_nothing_to_draw_is_drawn_once_its_words_are_on_the_page() {
    let mut without_areas: serde_json::Value =
        serde_json::from_str(DEFAULT).expect("the default dataset");
    for part in ["areas", "programs"] {
        without_areas
            .as_object_mut()
            .and_then(|o| o.remove(part))
            .expect("the default dataset has areas and programs");
    }
    let data = blob_url(&without_areas.to_string());
    let mounted = mount_view(data, Lang::En, pantau::core::params::View::Coverage).await;
    // Drawn in the same turn as the words, so no "ready" without them.
    let state = document().body().expect("body").dataset().get("state");
    let words = mounted.root.query_selector("main p.empty").ok().flatten();
    assert_eq!(state.as_deref(), Some("ready"));
    assert!(
        words
            .and_then(|w| w.text_content())
            .is_some_and(|t| !t.is_empty()),
        "the page says why there is nothing to draw"
    );
}

/// Draws the embed (the embed build's page, without yew) into a fresh
/// element, as its start-up does, then puts the test page's address back:
/// the embed writes its parameters into it.
async fn mount_embed(
    data: String,
    lang: Lang,
    view: pantau::core::params::View,
) -> web_sys::Element {
    let body = document().body().expect("body");
    body.dataset().set("state", "").expect("reset state");
    let root = document().create_element("div").expect("div");
    body.append_child(&root).expect("append");
    let address = web_sys::window()
        .expect("window")
        .location()
        .href()
        .expect("href");
    let first_load = fetch_dataset(&data).await;
    let params = Params {
        data: Some(data),
        lang: Some(lang),
        view,
        embed: true,
        ..Params::default()
    };
    pantau::web::compact::start(root.clone(), params, first_load);
    web_sys::window()
        .expect("window")
        .history()
        .expect("history")
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address))
        .expect("address back");
    root
}

#[wasm_bindgen_test]
async fn the_embed_draws_its_view_and_the_keyboard_shows_a_point() {
    use pantau::core::params::View;
    let root = mount_embed(blob_url(DEFAULT), Lang::En, View::Coverage).await;
    wait_for_state("ready").await;
    let text = |selector: &str| {
        root.query_selector(selector)
            .expect("query")
            .unwrap_or_else(|| panic!("no {selector}"))
            .text_content()
            .unwrap_or_default()
    };
    assert!(root
        .query_selector(".pantau.embed > header.masthead > h1")
        .expect("q")
        .is_some());
    assert_eq!(
        root.query_selector_all("section.view.coverage .group-card li.area")
            .expect("q")
            .length(),
        18,
        "every kelurahan, by kecamatan"
    );
    assert!(
        text(".status-key").starts_with("formed: "),
        "{}",
        text(".status-key")
    );
    assert!(text("footer.credits.compact .source-line").starts_with("Source: "));
    assert!(text("p.full-view").contains("Open full view"));
    assert!(
        root.query_selector(".tabs, .share, .toolbar")
            .expect("q")
            .is_none(),
        "an embed has none of the explorer's chrome"
    );

    let canvas: web_sys::HtmlElement = root
        .query_selector("section.view canvas[role=img]")
        .expect("q")
        .expect("the chart")
        .dyn_into()
        .expect("an element");
    assert!(canvas.client_width() > 100);
    assert_eq!(
        canvas.get_attribute("aria-describedby").as_deref(),
        Some("pantau-chart-keys")
    );
    let key = |name: &str| {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(name);
        init.set_bubbles(true);
        let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
            .expect("event");
        canvas.dispatch_event(&event).expect("dispatch");
    };
    key("Home");
    let tooltip = root
        .query_selector("main #pantau-tooltip")
        .expect("q")
        .expect("the tooltip");
    assert!(
        !tooltip.has_attribute("hidden"),
        "the first point's tip is shown"
    );
    assert_eq!(
        canvas.get_attribute("aria-describedby").as_deref(),
        Some("pantau-tooltip")
    );
    let spoken = text("#pantau-announcer");
    assert!(
        !spoken.is_empty() && spoken.starts_with(&text("#pantau-tooltip strong")),
        "a keyboard choice is read out: {spoken}"
    );
    key("Escape");
    assert!(tooltip.has_attribute("hidden"), "Escape hides the tip");
    root.remove();
}

#[wasm_bindgen_test]
async fn the_embed_says_what_is_wrong_with_a_bad_dataset_in_its_language() {
    use pantau::core::params::View;
    let root = mount_embed(blob_url("{\"format\": \"pantau/1\""), Lang::Id, View::Trend).await;
    wait_for_state("error").await;
    let alert = root
        .query_selector("main [role=alert]")
        .expect("q")
        .expect("an alert");
    assert!(
        alert
            .text_content()
            .unwrap_or_default()
            .contains("kesalahan sintaks JSON pada baris 1"),
        "{:?}",
        alert.text_content()
    );
    assert!(root.query_selector("h1.error-title").expect("q").is_some());
    assert!(root.query_selector("canvas").expect("q").is_none());
    root.remove();
}
