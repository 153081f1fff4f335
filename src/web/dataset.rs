//! The dataset as the page gets it: fetched and validated, else the last
//! good copy a bake kept, and the dated copies that concern it.

use super::{fetch, url};
use crate::core::loading::LoadError;
use crate::core::model::{Dataset, Date};
use crate::core::params::Params;
use crate::core::state::Action;
use crate::core::text::Lang;
use crate::core::validate;
use crate::core::versions::{pinned_date, version_date};
use std::rc::Rc;

/// The dated copies a bake kept, as they concern the dataset shown.
pub struct Versions {
    /// The kept copy of the live numbers shown (its address as the page
    /// gives it, and its date): links can pin it.
    pub pin: Option<(String, Date)>,
    /// The date of the copy a pinned link shows, when a newer one has
    /// replaced it, and the link to the latest numbers.
    pub replaced: Option<(Date, String)>,
}

impl Versions {
    pub fn of(
        params: &Params,
        ds: Option<&Dataset>,
        kept: &Option<fetch::KeptVersion>,
    ) -> Versions {
        let none = Versions {
            pin: None,
            replaced: None,
        };
        let Some(kept) = kept else {
            return none;
        };
        let shown = fetch::absolute(params.data_url(), &fetch::page_url());
        let Some(kept_date) = pinned_date(&kept.live, &kept.absolute) else {
            return none;
        };
        // The live file is the kept copy when it carries the copy's date:
        // the bake names the copy after the `updated` date it read.
        let pin = ds
            .filter(|ds| shown == kept.live && version_date(ds) == kept_date)
            .map(|_| (kept.href.clone(), kept_date));
        let replaced = pinned_date(&kept.live, &shown)
            .filter(|_| shown != kept.absolute)
            .map(|date| {
                let latest = Params {
                    data: (kept.live_href != crate::core::params::DEFAULT_DATA)
                        .then(|| kept.live_href.clone()),
                    ..params.clone()
                };
                (date, url::relative_url(&latest).unwrap_or_default())
            });
        Versions { pin, replaced }
    }
}

/// What a fetch of the dataset came to.
pub type LoadResult = Result<Rc<Dataset>, Rc<LoadError>>;

/// A fetch's answer: the dataset or why not, and, when the dataset is the
/// last good copy a bake kept, why the live file could not be used.
#[derive(Clone, PartialEq)]
pub struct Fetched {
    pub result: LoadResult,
    pub stale: Option<Rc<LoadError>>,
}

impl Fetched {
    /// The answer as the state takes it, for fetch number `attempt`.
    pub fn into_action(self, attempt: u32) -> Action {
        Action::Loaded {
            attempt,
            result: self.result,
            stale: self.stale,
        }
    }
}

/// Fetches and validates the dataset at `absolute`.
async fn fetch_valid(absolute: String) -> LoadResult {
    match fetch::fetch_bytes(&absolute).await {
        Ok(bytes) => validate::parse_bytes(&bytes)
            .map(Rc::new)
            .map_err(|errors| {
                Rc::new(LoadError::Invalid {
                    url: absolute,
                    errors,
                })
            }),
        Err(e) => Err(Rc::new(e)),
    }
}

/// The last good copy a bake kept of the dataset at `absolute`, named by a
/// `<link id="pantau-last-good" data-for="…">` in the page.
fn last_good_copy(absolute: &str) -> Option<String> {
    let page = fetch::page_url();
    let link = web_sys::window()?
        .document()?
        .get_element_by_id("pantau-last-good")?;
    let of = fetch::absolute(&link.get_attribute("data-for")?, &page);
    (of == absolute)
        .then(|| fetch::absolute(&link.get_attribute("href").unwrap_or_default(), &page))
}

/// Fetches and validates the dataset at `url` (relative to the page). If
/// the file cannot be loaded or is invalid and the page keeps a last good
/// copy of it, that copy is used, with the reason kept for the notice and
/// the console: the one case where older numbers are shown.
pub async fn fetch_dataset(url: &str) -> Fetched {
    let absolute = fetch::absolute(url, &fetch::page_url());
    let live = fetch_valid(absolute.clone()).await;
    let Err(why) = live else {
        return Fetched {
            result: live,
            stale: None,
        };
    };
    if let Some(copy) = last_good_copy(&absolute) {
        if let Ok(ds) = fetch_valid(copy).await {
            web_sys::console::error_1(
                &format!(
                    "Pantau: showing the last good copy of the data. {} {}",
                    // The headline names an HTTP status or a network
                    // failure; the details, what the validator found.
                    why.headline(Lang::En),
                    why.details(Lang::En).join("; ")
                )
                .into(),
            );
            return Fetched {
                result: Ok(ds),
                stale: Some(why),
            };
        }
    }
    Fetched {
        result: Err(why),
        stale: None,
    }
}
