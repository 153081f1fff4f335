//! Numbers formatted by the browser's `Intl.NumberFormat`, behind the
//! core's `NumberFormat` seam.

use crate::core::format::{NumberFormat, PlainFormat};
use crate::core::text::Lang;
use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

/// Three `Intl.NumberFormat`s for one language, built once: constructing
/// them is far slower than formatting with them.
pub struct IntlFormat {
    lang: Lang,
    number: Option<Function>,
    percent: Option<Function>,
    change: Option<Function>,
}

fn formatter(lang: Lang, options: &[(&str, JsValue)]) -> Option<Function> {
    let locales = Array::of1(&JsValue::from_str(lang.tag()));
    let opts = Object::new();
    for (key, value) in options {
        Reflect::set(&opts, &JsValue::from_str(key), value).ok()?;
    }
    Some(Intl::NumberFormat::new(&locales, &opts).format())
}

impl IntlFormat {
    /// Formatters for `lang`; falls back to the plain formatter for any
    /// format the browser refuses.
    pub fn new(lang: Lang) -> IntlFormat {
        let percent_style = ("style", JsValue::from_str("percent"));
        IntlFormat {
            lang,
            number: formatter(lang, &[("maximumFractionDigits", 2.into())]),
            percent: formatter(
                lang,
                &[percent_style.clone(), ("maximumFractionDigits", 0.into())],
            ),
            change: formatter(
                lang,
                &[
                    percent_style,
                    ("maximumFractionDigits", 0.into()),
                    ("signDisplay", JsValue::from_str("exceptZero")),
                ],
            ),
        }
    }

    fn call(f: &Option<Function>, value: f64) -> Option<String> {
        f.as_ref()?
            .call1(&JsValue::NULL, &JsValue::from_f64(value))
            .ok()?
            .as_string()
    }
}

impl NumberFormat for IntlFormat {
    fn number(&self, value: f64) -> String {
        Self::call(&self.number, value).unwrap_or_else(|| PlainFormat(self.lang).number(value))
    }
    fn percent(&self, ratio: f64) -> String {
        Self::call(&self.percent, ratio).unwrap_or_else(|| PlainFormat(self.lang).percent(ratio))
    }
    fn change(&self, ratio: f64) -> String {
        Self::call(&self.change, ratio).unwrap_or_else(|| PlainFormat(self.lang).change(ratio))
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
