//! The error message of a failed load (`role="alert"`), with "Try again"
//! when the network, not the file, is at fault.

use crate::core::loading::LoadError;
use crate::core::text::Lang;
use crate::web::i18n::strings;
use yew::prelude::*;

/// Problems listed before "and N more".
const SHOWN_PROBLEMS: usize = 20;

/// The alert for `error`, in `lang`.
pub fn load_alert(error: &LoadError, lang: Lang, on_retry: &Callback<()>) -> Html {
    let t = strings(lang);
    let details = error.details(lang);
    let more = details.len().saturating_sub(SHOWN_PROBLEMS);
    let retry = on_retry.reform(|_: MouseEvent| ());
    html! {
        <div class="alert" role="alert">
            <p class="alert-headline">{ error.headline(lang) }</p>
            if !details.is_empty() {
                <ul class="problems">
                    { for details.iter().take(SHOWN_PROBLEMS).map(|d| html! { <li><code>{ d }</code></li> }) }
                    if more > 0 {
                        <li>{ format!("… {more} {}", t.more_problems) }</li>
                    }
                </ul>
            }
            if error.is_retryable() {
                <button type="button" class="button" onclick={retry}>{ t.try_again }</button>
            }
        </div>
    }
}
