//! The choices the coverage view and the map share: one kecamatan or all,
//! and which program, when the dataset has several.

use super::selected_value;
use crate::core::model::Dataset;
use crate::core::state::Action;
use crate::core::strings::strings;
use crate::core::text::Lang;
use crate::web::clip;
use yew::prelude::*;

/// Shows one kecamatan or all.
pub fn group_filter(
    ds: &Dataset,
    group: Option<&str>,
    lang: Lang,
    dispatch: &Callback<Action>,
) -> Html {
    let t = strings(lang);
    let Some(areas) = ds.areas() else {
        return html! {};
    };
    let onchange =
        dispatch.reform(|e: Event| Action::SetGroup(selected_value(&e).filter(|g| !g.is_empty())));
    html! {
        <label class="group-filter" for="group-filter">
            { areas.group_level().get(lang) }{ " " }
            <select id="group-filter" {onchange}>
                <option value="" selected={group.is_none()}>{ t.group_all }</option>
                { for areas.groups().into_iter().map(|g| html! {
                    <option value={g.to_owned()} selected={group == Some(g)}>{ clip(g, 80) }</option>
                }) }
            </select>
        </label>
    }
}

/// Chooses the program shown, when the dataset has more than one.
pub fn program_filter(
    ds: &Dataset,
    program: usize,
    lang: Lang,
    dispatch: &Callback<Action>,
) -> Html {
    if ds.programs().len() < 2 {
        return html! {};
    }
    let onchange = dispatch.reform(|e: Event| Action::SetProgram(selected_value(&e)));
    html! {
        <label class="group-filter" for="program-filter">
            { strings(lang).program_label }{ " " }
            <select id="program-filter" {onchange}>
                { for ds.programs().iter().enumerate().map(|(i, p)| html! {
                    <option value={p.id().to_owned()} selected={i == program}>{ clip(p.label().get(lang), 80) }</option>
                }) }
            </select>
        </label>
    }
}
