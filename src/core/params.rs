//! The URL parameters (the embed API, listed in the README): parsing with a warning for
//! every value that is ignored, and writing back only what differs from
//! the defaults, so a copied link reopens exactly the same view.
//!
//! The browser hands the pairs over from `URLSearchParams`; nothing here
//! splits or decodes a query string.

use super::model::{Dataset, Year};
use super::text::Lang;
use super::theme::Rgb;
use std::fmt;

/// The default dataset, relative to the page.
pub const DEFAULT_DATA: &str = "data/tanjungpinang.json";

/// The four views.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    #[default]
    Trend,
    Coverage,
    Map,
    Table,
}

impl View {
    /// Every view, in tab order.
    pub const ALL: [View; 4] = [View::Trend, View::Coverage, View::Map, View::Table];

    /// The parameter value.
    pub fn key(self) -> &'static str {
        match self {
            View::Trend => "trend",
            View::Coverage => "coverage",
            View::Map => "map",
            View::Table => "table",
        }
    }

    fn parse(s: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.key() == s)
    }
}

/// Which colour theme to use.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ThemeChoice {
    Light,
    Dark,
    /// Follow `prefers-color-scheme`.
    #[default]
    Auto,
}

impl ThemeChoice {
    /// The parameter value.
    pub fn key(self) -> &'static str {
        match self {
            ThemeChoice::Light => "light",
            ThemeChoice::Dark => "dark",
            ThemeChoice::Auto => "auto",
        }
    }
}

/// The state a link carries.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Params {
    /// Dataset URL; `None` for the default.
    pub data: Option<String>,
    pub view: View,
    /// `None`: from the browser, else Indonesian.
    pub lang: Option<Lang>,
    /// Series ids to show; `None` for all.
    pub series: Option<Vec<String>>,
    pub from: Option<i32>,
    pub to: Option<i32>,
    /// One group (kecamatan) only.
    pub group: Option<String>,
    /// The program whose coverage the coverage and map views show (its
    /// id); `None` for the dataset's first.
    pub program: Option<String>,
    pub theme: ThemeChoice,
    pub accent: Option<Rgb>,
    pub embed: bool,
    /// Echoed in resize messages.
    pub frame: Option<String>,
}

/// A parameter value that was ignored, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParamWarning {
    pub name: String,
    pub value: String,
    pub reason: &'static str,
}

impl fmt::Display for ParamWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Pantau: ignoring URL parameter {}=\"{}\": {}",
            self.name,
            super::text::shorten(&self.value, 80),
            self.reason
        )
    }
}

/// Every parameter name: the embed API's, in its order, then `program`, which it
/// does not name: a dataset with several programs needs a link that
/// reopens the coverage of the one a reader chose.
pub const NAMES: [&str; 12] = [
    "data", "view", "lang", "series", "from", "to", "group", "theme", "accent", "embed", "frame",
    "program",
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
                    } else if has_unsafe_scheme(v) {
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
        pairs
    }

    /// The index of the program shown in `ds`: the one asked for, else the
    /// first.
    pub fn program_index(&self, ds: &Dataset) -> usize {
        self.program
            .as_deref()
            .and_then(|id| ds.program_index(id))
            .unwrap_or(0)
    }

    /// What a copied link carries: the filters that shape this view, and
    /// none that only another view uses, so a reader who opens it sees
    /// exactly what was shared. The address bar keeps them all: switching
    /// back to a view there restores its filters.
    pub fn shared(&self) -> Params {
        let (years_and_series, areas, program) = match self.view {
            View::Trend => (true, false, false),
            View::Coverage | View::Map => (false, true, true),
            View::Table => (true, true, false),
        };
        let mut shared = self.clone();
        if !years_and_series {
            (shared.series, shared.from, shared.to) = (None, None, None);
        }
        if !areas {
            shared.group = None;
        }
        if !program {
            shared.program = None;
        }
        shared
    }

    /// The default state of one view: what a link to it alone carries.
    pub fn of_view(view: View) -> Params {
        Params {
            view,
            ..Params::default()
        }
    }

    /// The dataset URL to load.
    pub fn data_url(&self) -> &str {
        self.data.as_deref().unwrap_or(DEFAULT_DATA)
    }

    /// Drops what the loaded dataset does not have (unknown series ids, an
    /// unknown group, years outside the data), with a warning each, and
    /// normalises "every series" to `None`.
    pub fn reconcile(&mut self, ds: &Dataset) -> Vec<ParamWarning> {
        let mut warnings = Vec::new();
        if let Some(ids) = &self.series {
            let (known, unknown): (Vec<String>, Vec<String>) = ids
                .iter()
                .cloned()
                .partition(|id| ds.series_index(id).is_some());
            if !unknown.is_empty() {
                warnings.push(ParamWarning {
                    name: "series".into(),
                    value: unknown.join(","),
                    reason: "no such series in this dataset",
                });
            }
            // Only ids that all turned out unknown fall back to every series;
            // an empty list was asked for on purpose.
            self.series = if known.is_empty() && !ids.is_empty() {
                None
            } else {
                Some(known)
            };
            self.normalise_series(ds);
        }
        if let Some(group) = &self.group {
            let exists = ds
                .areas()
                .is_some_and(|a| a.items().iter().any(|i| i.group() == group));
            if !exists {
                warnings.push(ParamWarning {
                    name: "group".into(),
                    value: group.clone(),
                    reason: "no such group in this dataset",
                });
                self.group = None;
            }
        }
        if let Some(program) = &self.program {
            let position = ds.program_index(program);
            if position.is_none() {
                warnings.push(ParamWarning {
                    name: "program".into(),
                    value: program.clone(),
                    reason: "no such program in this dataset",
                });
            }
            // The first program is the default, which links leave out.
            if position.is_none_or(|i| i == 0) {
                self.program = None;
            }
        }
        if let Some((first, last)) = super::stats::year_range(ds, None, None) {
            let (first, last) = (first.get(), last.get());
            for (name, bound) in [("from", &mut self.from), ("to", &mut self.to)] {
                if let Some(y) = *bound {
                    if y < first || y > last {
                        warnings.push(ParamWarning {
                            name: name.into(),
                            value: y.to_string(),
                            reason: "outside the dataset's years",
                        });
                        *bound = None;
                    } else if (name == "from" && y == first) || (name == "to" && y == last) {
                        *bound = None;
                    }
                }
            }
        }
        warnings
    }

    /// Indices of the series to show, in dataset order.
    pub fn shown_series(&self, ds: &Dataset) -> Vec<usize> {
        match &self.series {
            None => (0..ds.series().len()).collect(),
            Some(ids) => (0..ds.series().len())
                .filter(|&i| ids.iter().any(|id| id == ds.series()[i].id()))
                .collect(),
        }
    }

    /// Shows or hides one series. Hiding the last shown series is allowed
    /// (the chart then says how to bring one back).
    pub fn toggle_series(&mut self, ds: &Dataset, id: &str) {
        let mut shown: Vec<String> = self
            .shown_series(ds)
            .into_iter()
            .map(|i| ds.series()[i].id().to_owned())
            .collect();
        match shown.iter().position(|s| s == id) {
            Some(pos) => {
                shown.remove(pos);
            }
            None if ds.series_index(id).is_some() => shown.push(id.to_owned()),
            None => return,
        }
        self.series = Some(shown);
        self.normalise_series(ds);
    }

    /// Sets the year range; the dataset's own ends are stored as `None`
    /// so the URL stays short.
    pub fn set_range(&mut self, ds: &Dataset, from: i32, to: i32) {
        let Some((first, last)) = super::stats::year_range(ds, None, None) else {
            return;
        };
        let (lo, hi) = (from.min(to), from.max(to));
        let lo = lo.clamp(first.get(), last.get());
        let hi = hi.clamp(first.get(), last.get());
        self.from = (lo != first.get()).then_some(lo);
        self.to = (hi != last.get()).then_some(hi);
    }

    fn normalise_series(&mut self, ds: &Dataset) {
        if let Some(ids) = &mut self.series {
            let mut ordered: Vec<String> = ds
                .series()
                .iter()
                .map(|s| s.id().to_owned())
                .filter(|id| ids.contains(id))
                .collect();
            ordered.dedup();
            if ordered.len() == ds.series().len() && !ordered.is_empty() {
                self.series = None;
            } else {
                *ids = ordered;
            }
        }
    }
}

/// True for absolute URLs of schemes other than http(s): `javascript:`,
/// `data:`, `file:` and the like can never be a dataset.
fn has_unsafe_scheme(url: &str) -> bool {
    match url.find(':') {
        Some(end) => {
            let scheme = &url[..end];
            let looks_like_scheme = !scheme.is_empty()
                && !scheme.contains(['/', '?', '#'])
                && scheme
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b));
            looks_like_scheme
                && !scheme.eq_ignore_ascii_case("http")
                && !scheme.eq_ignore_ascii_case("https")
        }
        None => false,
    }
}

#[cfg(test)]
mod tests;
