//! The bar above every view: the view tabs and the
//! language and theme settings.

use super::selected_value;
use crate::core::params::{ThemeChoice, View};
use crate::core::state::Action;
use crate::core::strings::strings;
use crate::core::text::Lang;
use crate::web::page::{self, PageState};
use yew::prelude::*;

/// One tab per view.
pub fn tabs(current: View, lang: Lang, dispatch: &Callback<Action>) -> Html {
    let t = strings(lang);
    html! {
        <nav class="tabs" aria-label={t.views_label}>
            { for View::ALL.iter().map(|&view| {
                // Loading until the new view has drawn: set before the
                // dispatch, so the view's own "ready" always comes after.
                let onclick = dispatch.reform(move |_: MouseEvent| {
                    if view != current {
                        page::set_state(PageState::Loading);
                    }
                    Action::SetView(view)
                });
                html! {
                    <button type="button" class={classes!("tab", (view == current).then_some("active"))}
                        aria-current={(view == current).then_some("page")} data-view={view.key()} {onclick}>
                        { t.view(view) }
                    </button>
                }
            }) }
        </nav>
    }
}

/// The language buttons and the theme choice.
pub fn settings(lang: Lang, theme: ThemeChoice, dispatch: &Callback<Action>) -> Html {
    let t = strings(lang);
    let lang_buttons = Lang::ALL.iter().map(|&l| {
        let onclick = dispatch.reform(move |_: MouseEvent| Action::SetLang(l));
        html! {
            <button type="button" class={classes!("chip", (l == lang).then_some("active"))}
                aria-pressed={if l == lang { "true" } else { "false" }} lang={l.tag()} aria-label={l.button_label()} {onclick}>
                { l.tag().to_ascii_uppercase() }
            </button>
        }
    });
    let on_theme = dispatch.reform(|e: Event| {
        Action::SetTheme(match selected_value(&e).as_deref().unwrap_or_default() {
            "light" => ThemeChoice::Light,
            "dark" => ThemeChoice::Dark,
            _ => ThemeChoice::Auto,
        })
    });
    let themes = [ThemeChoice::Auto, ThemeChoice::Light, ThemeChoice::Dark];
    html! {
        <section class="settings" aria-label={t.settings_label}>
            <div class="langs" role="group" aria-label={t.language}>{ for lang_buttons }</div>
            <label class="theme-select">{ t.theme }{ " " }
                <select id="theme" onchange={on_theme}>
                    { for themes.iter().map(|&th| html! {
                        <option value={th.key()} selected={th == theme}>{ t.theme_name(th) }</option>
                    }) }
                </select>
            </label>
        </section>
    }
}
