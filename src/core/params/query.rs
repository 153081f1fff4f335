//! The parameters in a URL: read with a warning for every value that is
//! ignored, and written back with only what differs from the defaults.

use super::*;
use crate::core::scheme::{scheme, Scheme};

/// Every parameter name: the embed API's, in its order, then `program`, which it
/// does not name: a dataset with several programs needs a link that
/// reopens the coverage of the one a reader chose; then `bg` (SPEC's
/// "host look") and `show`, what an embed shows besides its view.
pub const NAMES: [&str; 14] = [
    "data", "view", "lang", "series", "from", "to", "group", "theme", "accent", "embed", "frame",
    "program", "bg", "show",
];

/// Longest `data` URL and `frame` id accepted; longer values are noise.
const MAX_VALUE_CHARS: usize = 2048;

fn year(value: &str) -> Option<i32> {
    let y: i64 = value.trim().parse().ok()?;
    Year::new(y).map(Year::get)
}

impl Params {
    /// Reads `(name, value)` pairs in URL order. Unknown names are left
    /// alone (host pages add their own); a repeated name keeps its first
    /// value; an invalid value is ignored with a warning.
    pub fn parse<I, K, V>(pairs: I) -> (Params, Vec<ParamWarning>)
    where
        I: IntoIterator<Item = (K, V)>,
        K: AsRef<str>,
        V: AsRef<str>,
    {
        let mut params = Params::default();
        let mut warnings = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        for (name, value) in pairs {
            let (name, value) = (name.as_ref(), value.as_ref());
            let mut warn = |reason: &'static str| {
                warnings.push(ParamWarning {
                    name: name.to_owned(),
                    value: value.to_owned(),
                    reason,
                })
            };
            if !NAMES.contains(&name) {
                continue;
            }
            if seen.iter().any(|s| s == name) {
                warn("given more than once; the first value counts");
                continue;
            }
            seen.push(name.to_owned());
            if value.chars().count() > MAX_VALUE_CHARS {
                warn("too long");
                continue;
            }
            match name {
                "data" => {
                    let v = value.trim();
                    if v.is_empty() || v.chars().any(char::is_control) {
                        warn("not a URL");
                    } else if scheme(v) == Scheme::Other {
                        warn("only http: and https: datasets can be loaded");
                    } else if v != DEFAULT_DATA {
                        params.data = Some(v.to_owned());
                    }
                }
                "view" => match View::parse(value) {
                    Some(v) => params.view = v,
                    None => warn("expected trend, coverage, map or table"),
                },
                "lang" => match value {
                    "id" => params.lang = Some(Lang::Id),
                    "en" => params.lang = Some(Lang::En),
                    _ => warn("expected id or en"),
                },
                "series" => {
                    let ids: Vec<String> = value
                        .split(',')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(str::to_owned)
                        .collect();
                    if ids.is_empty() && !value.trim().is_empty() {
                        warn("expected comma-separated series ids");
                    } else {
                        // An empty list is a view with every series hidden.
                        params.series = Some(ids);
                    }
                }
                "from" => match year(value) {
                    Some(y) => params.from = Some(y),
                    None => warn("expected a year from 1900 to 2100"),
                },
                "to" => match year(value) {
                    Some(y) => params.to = Some(y),
                    None => warn("expected a year from 1900 to 2100"),
                },
                "group" => {
                    if value.trim().is_empty() {
                        warn("expected a group name");
                    } else {
                        params.group = Some(value.trim().to_owned());
                    }
                }
                "program" => {
                    if value.trim().is_empty() {
                        warn("expected a program id");
                    } else {
                        params.program = Some(value.trim().to_owned());
                    }
                }
                "theme" => match value {
                    "light" => params.theme = ThemeChoice::Light,
                    "dark" => params.theme = ThemeChoice::Dark,
                    "auto" => params.theme = ThemeChoice::Auto,
                    _ => warn("expected light, dark or auto"),
                },
                "accent" => match Rgb::parse_hex(value.trim()) {
                    Some(c) => params.accent = Some(c),
                    None => warn("expected 6 hex digits such as 005f73"),
                },
                "embed" => match value {
                    "1" | "true" => params.embed = true,
                    "0" | "false" => params.embed = false,
                    _ => warn("expected 1"),
                },
                "frame" => {
                    if value.is_empty() {
                        warn("expected an id");
                    } else {
                        params.frame = Some(value.to_owned());
                    }
                }
                "bg" => match value {
                    "transparent" => params.transparent = true,
                    _ => warn("expected transparent"),
                },
                "show" => match shown(value) {
                    Some(s) => params.show = (s != Shown::default()).then_some(s),
                    None => warn("expected title, notes and data, comma-separated"),
                },
                _ => {}
            }
        }
        if let (Some(from), Some(to)) = (params.from, params.to) {
            if from > to {
                warnings.push(ParamWarning {
                    name: "from".into(),
                    value: from.to_string(),
                    reason: "after `to`; showing all years",
                });
                params.from = None;
                params.to = None;
            }
        }
        (params, warnings)
    }

    /// The pairs to put in the URL: only what differs from the defaults,
    /// in SPEC's order.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if let Some(data) = &self.data {
            pairs.push(("data", data.clone()));
        }
        if self.view != View::Trend {
            pairs.push(("view", self.view.key().to_owned()));
        }
        if let Some(lang) = self.lang {
            pairs.push(("lang", lang.tag().to_owned()));
        }
        if let Some(series) = &self.series {
            pairs.push(("series", series.join(",")));
        }
        if let Some(from) = self.from {
            pairs.push(("from", from.to_string()));
        }
        if let Some(to) = self.to {
            pairs.push(("to", to.to_string()));
        }
        if let Some(group) = &self.group {
            pairs.push(("group", group.clone()));
        }
        if self.theme != ThemeChoice::Auto {
            pairs.push(("theme", self.theme.key().to_owned()));
        }
        if let Some(accent) = self.accent {
            pairs.push((
                "accent",
                accent.to_string().trim_start_matches('#').to_owned(),
            ));
        }
        if self.embed {
            pairs.push(("embed", "1".to_owned()));
        }
        if let Some(frame) = &self.frame {
            pairs.push(("frame", frame.clone()));
        }
        if let Some(program) = &self.program {
            pairs.push(("program", program.clone()));
        }
        if self.transparent {
            pairs.push(("bg", "transparent".to_owned()));
        }
        if let Some(show) = self.show.filter(|s| *s != Shown::default()) {
            let parts = [
                ("title", show.title),
                ("notes", show.notes),
                ("data", show.data),
            ];
            let on: Vec<&str> = parts.iter().filter(|p| p.1).map(|p| p.0).collect();
            // Showing nothing more than the view is `show=none`.
            pairs.push((
                "show",
                if on.is_empty() {
                    "none".to_owned()
                } else {
                    on.join(",")
                },
            ));
        }
        pairs
    }
}

/// The parts a `show` value names (`none` for none of them).
fn shown(value: &str) -> Option<Shown> {
    let mut shown = Shown {
        title: false,
        notes: false,
        data: false,
    };
    for part in value.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        match part {
            "title" => shown.title = true,
            "notes" => shown.notes = true,
            "data" => shown.data = true,
            "none" => {}
            _ => return None,
        }
    }
    Some(shown)
}
