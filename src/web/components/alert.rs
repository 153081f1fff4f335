//! The error message of a failed load (`role="alert"`), with "Try again"
//! when the network, not the file, is at fault.

use crate::core::loading::LoadError;
use crate::core::text::Lang;
use crate::web::i18n::strings;
use std::rc::Rc;
use yew::prelude::*;

/// Problems listed before "and N more".
const SHOWN_PROBLEMS: usize = 20;

#[derive(Properties, PartialEq)]
pub struct AlertProps {
    pub error: Rc<LoadError>,
    pub lang: Lang,
    pub on_retry: Callback<()>,
}

#[function_component]
pub fn LoadAlert(props: &AlertProps) -> Html {
    let t = strings(props.lang);
    let details = props.error.details(props.lang);
    let more = details.len().saturating_sub(SHOWN_PROBLEMS);
    let retry = props.on_retry.reform(|_: MouseEvent| ());
    html! {
        <div class="alert" role="alert">
            <p class="alert-headline">{ props.error.headline(props.lang) }</p>
            if !details.is_empty() {
                <ul class="problems">
                    { for details.iter().take(SHOWN_PROBLEMS).map(|d| html! { <li><code>{ d }</code></li> }) }
                    if more > 0 {
                        <li>{ format!("… {more} {}", t.more_problems) }</li>
                    }
                </ul>
            }
            if props.error.is_retryable() {
                <button type="button" class="button" onclick={retry}>{ t.try_again }</button>
            }
        </div>
    }
}
