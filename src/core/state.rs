//! The app's state as a reducer: one [`UiState`], changed only by
//! [`Action`]s through [`UiState::apply`], so every change of view is a
//! plain function tested natively. The browser layer only dispatches.

use super::loading::LoadError;
use super::model::Dataset;
use super::params::{ParamWarning, Params, ThemeChoice, View};
use super::text::Lang;
use std::rc::Rc;

/// Where the dataset is.
#[derive(Clone, Debug)]
pub enum Load {
    /// Being fetched.
    Loading,
    /// Validated and shown.
    Ready(Rc<Dataset>),
    /// Failed; the page shows why, with "Try again" when that may help.
    Failed(Rc<LoadError>),
}

impl PartialEq for Load {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Load::Loading, Load::Loading) => true,
            (Load::Ready(a), Load::Ready(b)) => Rc::ptr_eq(a, b),
            (Load::Failed(a), Load::Failed(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// Everything the page shows depends on this.
#[derive(Clone, Debug, PartialEq)]
pub struct UiState {
    /// What the URL carries.
    pub params: Params,
    /// The language shown (the parameter, else the browser's).
    pub lang: Lang,
    pub load: Load,
    /// Bumped for each fetch, so a retry refetches and a late answer to an
    /// earlier fetch is recognised and dropped.
    pub attempt: u32,
    /// Parameters ignored once the dataset was known, to log.
    pub warnings: Vec<ParamWarning>,
    /// Why the live dataset could not be used, when the dataset shown is
    /// the last good copy a bake kept.
    pub stale: Option<Rc<LoadError>>,
}

/// A change the person (or the network) makes.
#[derive(Clone, Debug)]
pub enum Action {
    SetView(View),
    SetLang(Lang),
    SetTheme(ThemeChoice),
    ToggleSeries(String),
    SetRange(i32, i32),
    SetGroup(Option<String>),
    /// Show another program's coverage (its id; `None` for the first).
    SetProgram(Option<String>),
    /// Back or Forward: the address now says `Params`. What it navigates
    /// (the dataset, the view and its filters) follows it; the reader's
    /// settings (language, theme) and the embedding stay as they are.
    Navigated(Params),
    /// Load another dataset URL.
    LoadData(String),
    Retry,
    /// The answer to fetch number `attempt`; `stale` says why the live
    /// file could not be used when the dataset is the last good copy.
    Loaded {
        attempt: u32,
        result: Result<Rc<Dataset>, Rc<LoadError>>,
        stale: Option<Rc<LoadError>>,
    },
}

impl UiState {
    /// The state at start-up, before the dataset arrives.
    pub fn new(params: Params, browser_lang: Lang) -> UiState {
        UiState {
            lang: params.lang.unwrap_or(browser_lang),
            params,
            load: Load::Loading,
            attempt: 1,
            warnings: Vec::new(),
            stale: None,
        }
    }

    /// The dataset, when ready.
    pub fn dataset(&self) -> Option<&Rc<Dataset>> {
        match &self.load {
            Load::Ready(ds) => Some(ds),
            _ => None,
        }
    }

    /// Applies one action.
    pub fn apply(&mut self, action: Action) {
        self.warnings.clear();
        match action {
            Action::SetView(view) => self.params.view = view,
            Action::SetLang(lang) => {
                self.lang = lang;
                self.params.lang = Some(lang);
            }
            Action::SetTheme(theme) => self.params.theme = theme,
            Action::ToggleSeries(id) => {
                if let Load::Ready(ds) = &self.load {
                    let ds = Rc::clone(ds);
                    self.params.toggle_series(&ds, &id);
                }
            }
            Action::SetRange(from, to) => {
                if let Load::Ready(ds) = &self.load {
                    let ds = Rc::clone(ds);
                    self.params.set_range(&ds, from, to);
                }
            }
            Action::SetGroup(group) => {
                let known = match (&group, &self.load) {
                    (None, _) => true,
                    (Some(g), Load::Ready(ds)) => ds
                        .areas()
                        .is_some_and(|a| a.items().iter().any(|i| i.group() == g)),
                    _ => false,
                };
                if known {
                    self.params.group = group;
                }
            }
            Action::SetProgram(program) => {
                // Only a program of the dataset; the first is the default,
                // which links leave out.
                if let Load::Ready(ds) = &self.load {
                    self.params.program =
                        program.filter(|id| ds.program_index(id).is_some_and(|i| i > 0));
                }
            }
            Action::LoadData(url) => {
                let url = url.trim().to_owned();
                let (parsed, warnings) = Params::parse([("data", url.as_str())]);
                if warnings.is_empty() {
                    self.params.data = parsed.data;
                    self.params.series = None;
                    self.params.from = None;
                    self.params.to = None;
                    self.params.group = None;
                    self.params.program = None;
                    self.attempt += 1;
                    self.load = Load::Loading;
                } else {
                    self.warnings = warnings;
                }
            }
            Action::Navigated(address) => {
                let next = self.params.navigated_to(address);
                let other_data = next.data_url() != self.params.data_url();
                self.params = next;
                if other_data {
                    self.attempt += 1;
                    self.load = Load::Loading;
                    self.stale = None;
                } else if let Load::Ready(ds) = &self.load {
                    let ds = Rc::clone(ds);
                    self.warnings = self.params.reconcile(&ds);
                }
            }
            Action::Retry => {
                self.attempt += 1;
                self.load = Load::Loading;
            }
            Action::Loaded {
                attempt,
                result,
                stale,
            } => {
                if attempt != self.attempt {
                    return;
                }
                self.stale = stale;
                self.load = match result {
                    Ok(ds) => {
                        self.warnings = self.params.reconcile(&ds);
                        Load::Ready(ds)
                    }
                    Err(e) => Load::Failed(e),
                };
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dataset() -> Rc<Dataset> {
        Rc::new(
            crate::core::validate::parse(include_str!("../../static/data/tanjungpinang.json"))
                .expect("valid"),
        )
    }

    #[test]
    fn the_language_parameter_beats_the_browser() {
        let (params, _) = Params::parse([("lang", "en")]);
        assert_eq!(UiState::new(params, Lang::Id).lang, Lang::En);
        assert_eq!(UiState::new(Params::default(), Lang::En).lang, Lang::En);
    }

    #[test]
    fn a_late_answer_to_an_old_fetch_is_dropped() {
        let mut s = UiState::new(Params::default(), Lang::Id);
        s.apply(Action::Retry);
        s.apply(Action::Loaded {
            attempt: 1,
            result: Ok(dataset()),
            stale: None,
        });
        assert_eq!(s.load, Load::Loading);
        s.apply(Action::Loaded {
            attempt: 2,
            result: Ok(dataset()),
            stale: None,
        });
        assert!(s.dataset().is_some());
    }

    #[test]
    fn failures_then_a_retry_that_works() {
        let mut s = UiState::new(Params::default(), Lang::Id);
        let err = Rc::new(LoadError::Http {
            url: "d".into(),
            status: 503,
        });
        s.apply(Action::Loaded {
            attempt: 1,
            result: Err(err),
            stale: None,
        });
        assert!(matches!(s.load, Load::Failed(_)));
        s.apply(Action::Retry);
        assert_eq!(s.load, Load::Loading);
        s.apply(Action::Loaded {
            attempt: 2,
            result: Ok(dataset()),
            stale: None,
        });
        assert!(s.dataset().is_some());
    }

    #[test]
    fn loading_reconciles_the_parameters() {
        let (params, _) = Params::parse([("series", "nope"), ("group", "Bukit Bestari")]);
        let mut s = UiState::new(params, Lang::Id);
        s.apply(Action::Loaded {
            attempt: 1,
            result: Ok(dataset()),
            stale: None,
        });
        assert_eq!(s.params.series, None);
        assert_eq!(s.params.group.as_deref(), Some("Bukit Bestari"));
        assert_eq!(s.warnings.len(), 1);
    }

    #[test]
    fn an_unknown_group_is_refused() {
        let mut s = UiState::new(Params::default(), Lang::Id);
        s.apply(Action::Loaded {
            attempt: 1,
            result: Ok(dataset()),
            stale: None,
        });
        s.apply(Action::SetGroup(Some("Atlantis".into())));
        assert_eq!(s.params.group, None);
        s.apply(Action::SetGroup(Some("Tanjungpinang Kota".into())));
        assert_eq!(s.params.group.as_deref(), Some("Tanjungpinang Kota"));
    }

    #[test]
    fn loading_another_dataset_resets_its_selections() {
        let mut s = UiState::new(Params::default(), Lang::Id);
        s.apply(Action::Loaded {
            attempt: 1,
            result: Ok(dataset()),
            stale: None,
        });
        s.apply(Action::SetGroup(Some("Tanjungpinang Kota".into())));
        s.apply(Action::LoadData("other.json".into()));
        assert_eq!(s.params.group, None);
        assert_eq!(s.params.data.as_deref(), Some("other.json"));
        assert_eq!(s.attempt, 2);
        s.apply(Action::LoadData("javascript:alert(1)".into()));
        assert_eq!(s.params.data.as_deref(), Some("other.json"));
        assert_eq!(s.warnings.len(), 1);
    }

    /// The state once the default dataset has loaded, in Indonesian.
    fn with_the_default_dataset() -> UiState {
        let mut s = UiState::new(Params::default(), Lang::Id);
        s.apply(Action::Loaded {
            attempt: 1,
            result: Ok(dataset()),
            stale: None,
        });
        s
    }

    #[test]
    fn back_to_another_dataset_fetches_it_and_keeps_the_reader_s_settings() {
        let mut s = with_the_default_dataset();
        s.apply(Action::SetLang(Lang::En));
        s.apply(Action::SetTheme(ThemeChoice::Dark));
        s.apply(Action::LoadData("other.json".into()));
        let (earlier, _) = Params::parse([("view", "coverage"), ("group", "Tanjungpinang Kota")]);
        s.apply(Action::Navigated(earlier));
        assert_eq!(s.params.data, None, "the default dataset again");
        assert_eq!(s.attempt, 3, "fetched anew");
        assert_eq!(s.load, Load::Loading);
        assert_eq!(s.params.view, View::Coverage);
        assert_eq!(s.params.group.as_deref(), Some("Tanjungpinang Kota"));
        assert_eq!((s.lang, s.params.theme), (Lang::En, ThemeChoice::Dark));
    }

    #[test]
    fn back_within_a_dataset_changes_the_view_and_filters_without_a_fetch() {
        let mut s = with_the_default_dataset();
        s.apply(Action::SetView(View::Coverage));
        s.apply(Action::SetGroup(Some("Tanjungpinang Kota".into())));
        let (earlier, _) = Params::parse([("view", "coverage"), ("group", "Atlantis")]);
        s.apply(Action::Navigated(earlier));
        assert_eq!(s.attempt, 1);
        assert!(s.dataset().is_some());
        assert_eq!(s.params.group, None, "a group the dataset lacks is dropped");
        assert_eq!(s.warnings.len(), 1);
        let (trend, _) = Params::parse([("view", "trend")]);
        s.apply(Action::Navigated(trend));
        assert_eq!(s.params.view, View::Trend);
    }

    /// The default dataset with a second program, "pusat", formed in one
    /// area.
    fn two_programs() -> Rc<Dataset> {
        let mut value: serde_json::Value =
            serde_json::from_str(include_str!("../../static/data/tanjungpinang.json"))
                .expect("json");
        let area = value["areas"]["items"][0]["id"].clone();
        let source = value["programs"][0]["source"].clone();
        value["programs"]
            .as_array_mut()
            .expect("programs")
            .push(serde_json::json!({
                "id": "pusat",
                "label": "Pusat layanan",
                "source": source,
                "coverage": [{"area": area, "status": "formed", "year": 2017}]
            }));
        Rc::new(crate::core::validate::parse(&value.to_string()).expect("valid"))
    }

    #[test]
    fn choosing_a_program_keeps_only_real_ones_and_leaves_the_first_out_of_links() {
        let mut s = UiState::new(Params::default(), Lang::Id);
        s.apply(Action::SetProgram(Some("pusat".into())));
        assert_eq!(
            s.params.program, None,
            "nothing to choose from before the data"
        );
        s.apply(Action::Loaded {
            attempt: 1,
            result: Ok(two_programs()),
            stale: None,
        });
        s.apply(Action::SetProgram(Some("pusat".into())));
        assert_eq!(s.params.program.as_deref(), Some("pusat"));
        assert!(s
            .params
            .to_pairs()
            .contains(&("program", "pusat".to_owned())));
        s.apply(Action::SetProgram(Some("nowhere".into())));
        assert_eq!(s.params.program, None);
        s.apply(Action::SetProgram(Some("pusat".into())));
        s.apply(Action::SetProgram(Some("patbm".into())));
        assert_eq!(s.params.program, None, "the first program is the default");
        s.apply(Action::SetProgram(Some("pusat".into())));
        s.apply(Action::LoadData("other.json".into()));
        assert_eq!(s.params.program, None);
    }

    #[test]
    fn the_program_parameter_is_read_reconciled_and_indexed() {
        let ds = two_programs();
        let (mut params, warnings) = Params::parse([("program", " pusat ")]);
        assert!(warnings.is_empty());
        assert!(params.reconcile(&ds).is_empty());
        assert_eq!(params.program_index(&ds), 1);
        let (mut unknown, _) = Params::parse([("program", "nowhere")]);
        let warnings = unknown.reconcile(&ds);
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].name, "program");
        assert_eq!(unknown.program, None);
        assert_eq!(unknown.program_index(&ds), 0);
        let (_, empty) = Params::parse([("program", "")]);
        assert_eq!(empty.len(), 1);
        let (mut first, _) = Params::parse([("program", "patbm")]);
        assert!(first.reconcile(&ds).is_empty());
        assert_eq!(first.program, None, "the default is left out of links");
    }

    #[test]
    fn the_last_good_copy_is_shown_with_why_the_live_file_was_not() {
        let mut s = UiState::new(Params::default(), Lang::Id);
        let why = Rc::new(LoadError::Http {
            url: "https://example.org/data.json".into(),
            status: 500,
        });
        s.apply(Action::Loaded {
            attempt: 1,
            result: Ok(dataset()),
            stale: Some(why.clone()),
        });
        assert!(s.dataset().is_some());
        assert_eq!(s.stale.as_deref(), Some(&*why));
        s.apply(Action::Retry);
        s.apply(Action::Loaded {
            attempt: 2,
            result: Ok(dataset()),
            stale: None,
        });
        assert!(
            s.stale.is_none(),
            "a live file that loads clears the notice"
        );
    }
}
