//! The error message of a failed load (`role="alert"`), with "Try again"
//! when the network, not the file, is at fault.

use crate::core::credits::long_date;
use crate::core::loading::LoadError;
use crate::core::model::{Dataset, Date};
use crate::core::strings::strings;
use crate::core::text::Lang;
use yew::prelude::*;

/// Problems listed in view; the rest are one click away.
const SHOWN_PROBLEMS: usize = 20;
/// Problems put on the page at all: a file with tens of thousands of
/// mistakes would freeze the page; `pantau validate` lists every one.
const LISTED_PROBLEMS: usize = 1000;

/// The alert for `error`, in `lang`.
pub fn load_alert(error: &LoadError, lang: Lang, on_retry: &Callback<()>) -> Html {
    let t = strings(lang);
    let details = error.details(lang);
    let problem = |d: &String| html! { <li><code>{ d }</code></li> };
    let folded = details.len().saturating_sub(SHOWN_PROBLEMS);
    let unlisted = details.len().saturating_sub(LISTED_PROBLEMS);
    let retry = on_retry.reform(|_: MouseEvent| ());
    html! {
        <div class="alert" role="alert">
            <p class="alert-headline">{ error.headline(lang) }</p>
            if !details.is_empty() {
                <ul class="problems">
                    { for details.iter().take(SHOWN_PROBLEMS).map(problem) }
                </ul>
            }
            if folded > 0 {
                <details class="more-problems">
                    <summary>{ format!("… {folded} {}", t.more_problems) }</summary>
                    <ul class="problems">
                        { for details.iter().take(LISTED_PROBLEMS).skip(SHOWN_PROBLEMS).map(problem) }
                        if unlisted > 0 {
                            <li>{ format!("… {unlisted} {}", t.more_problems) }</li>
                        }
                    </ul>
                </details>
            }
            if error.is_retryable() {
                <button type="button" class="button" onclick={retry}>{ t.try_again }</button>
            }
        </div>
    }
}

/// Over the last good copy of a dataset: says the numbers are older and
/// when they were published, with the live file's problem one click away
/// (for the publisher; readers see a calm notice, not an error).
/// A pinned link whose copy a newer version has replaced: it says so, and
/// links to the latest numbers (`latest`).
pub fn replaced_notice(date: Date, latest: &str, lang: Lang) -> Html {
    let t = strings(lang);
    html! {
        <div class="stale-notice replaced" role="status">
            <p>{ crate::core::versions::replaced_line(date, lang) }{ " " }<a href={latest.to_owned()}>{ t.show_latest }</a></p>
        </div>
    }
}

pub fn stale_notice(ds: &Dataset, why: &LoadError, lang: Lang) -> Html {
    let t = strings(lang);
    let date = long_date(ds.updated().unwrap_or(ds.published()), lang);
    html! {
        <div class="stale-notice" role="status">
            <p>{ crate::core::loading::stale_notice(lang, &date) }</p>
            <details>
                <summary>{ t.show_problem }</summary>
                <p>{ why.headline(lang) }</p>
                <ul class="problems">
                    { for why.details(lang).iter().take(SHOWN_PROBLEMS).map(|d| html! { <li><code>{ d }</code></li> }) }
                </ul>
            </details>
        </div>
    }
}
