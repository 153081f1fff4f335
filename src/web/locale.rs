//! The reader's language and the browser's side of number formatting.

use crate::core::format::DecimalFormat;
use crate::core::text::Lang;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// JavaScript's `String(x)`: a number's shortest round-trip digits.
    #[wasm_bindgen(js_name = String)]
    fn js_string(value: f64) -> String;
}

/// Numbers written for `lang` from JavaScript's digits, so the wasm carries
/// no float printer of its own (see [`DecimalFormat`] for why not `Intl`).
pub fn number_format(lang: Lang) -> DecimalFormat {
    DecimalFormat {
        lang,
        shortest: js_string,
    }
}

/// The reader's language, from the browser's list of preferred languages.
pub fn browser_lang() -> Lang {
    let languages: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    Lang::negotiate(languages.iter().map(String::as_str))
}
