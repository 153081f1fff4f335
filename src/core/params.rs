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
    /// `bg=transparent`: the host's background shows through the widget.
    pub transparent: bool,
    /// What an embed shows besides its view (`show=title,notes,data`);
    /// `None` for the default.
    pub show: Option<Shown>,
}

/// The parts of an embed its host can turn on or off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shown {
    /// The dataset's title.
    pub title: bool,
    /// The dataset's notes (caveats).
    pub notes: bool,
    /// The link to the data file.
    pub data: bool,
}

impl Default for Shown {
    /// The title and the data link; the notes stay in the full view.
    fn default() -> Shown {
        Shown {
            title: true,
            notes: false,
            data: true,
        }
    }
}

impl Params {
    /// What an embed shows.
    pub fn shown(&self) -> Shown {
        self.show.unwrap_or_default()
    }
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

impl Params {
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

    /// These parameters after Back or Forward to `address`: what an
    /// address navigates (the dataset, the view and its filters) as it
    /// says; the reader's settings (language, theme, accent) and the
    /// embedding as they are.
    pub fn navigated_to(&self, address: Params) -> Params {
        Params {
            data: address.data,
            view: address.view,
            series: address.series,
            from: address.from,
            to: address.to,
            group: address.group,
            program: address.program,
            ..self.clone()
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

mod query;
pub use query::NAMES;

#[cfg(test)]
mod tests;
