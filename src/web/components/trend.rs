//! The trend view: legend, year range, the chart and its numbers.

use super::exports::{chart_with_exports, use_exports};
use super::legend::legend;
use super::table::{use_credits, use_folded_numbers};
use super::{nothing_to_show, selected_value, use_description, ViewProps};
use crate::core::model::Year;
use crate::core::state::Action;
use crate::core::strings::strings;
use crate::core::view::Detail;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct RangeProps {
    years: (Year, Year),
    range: (Year, Year),
    dispatch: Callback<Action>,
    lang: crate::core::text::Lang,
}

/// The first and last year drawn. The selects stay in the page (replacing
/// them would drop keyboard focus); their shown choice follows the state
/// through the DOM, since `selected` attributes do not move a select the
/// reader has touched.
#[function_component]
fn YearRange(props: &RangeProps) -> Html {
    let t = strings(props.lang);
    let nodes = [use_node_ref(), use_node_ref()];
    {
        let nodes = nodes.clone();
        use_effect_with(props.range, move |(from, to)| {
            for (node, year) in nodes.iter().zip([from, to]) {
                if let Some(select) = node.cast::<HtmlSelectElement>() {
                    select.set_value(&year.to_string());
                }
            }
        });
    }
    let (first, last) = props.years;
    let (from, to) = props.range;
    let years: Vec<i32> = (first.get()..=last.get()).collect();
    let select = |is_from: bool| {
        let (id, label, value) = if is_from {
            ("range-from", t.from, from.get())
        } else {
            ("range-to", t.to, to.get())
        };
        let dispatch = props.dispatch.clone();
        let other = if is_from { to.get() } else { from.get() };
        let onchange = Callback::from(move |e: Event| {
            let Some(year) = selected_value(&e).and_then(|v| v.parse::<i32>().ok()) else {
                return;
            };
            // The end just chosen wins; the other end follows it when they
            // would cross, so the two selects always show what is drawn.
            dispatch.emit(if is_from {
                Action::SetRange(year, other.max(year))
            } else {
                Action::SetRange(other.min(year), year)
            });
        });
        let node = nodes[usize::from(!is_from)].clone();
        html! {
            <label for={id}>{ label }{ " " }
                <select {id} ref={node} {onchange}>
                    { for years.iter().map(|y| html! { <option value={y.to_string()} selected={*y == value}>{ y }</option> }) }
                </select>
            </label>
        }
    };
    html! {
        <fieldset class="range">
            <legend>{ t.years }</legend>
            { select(true) }
            { select(false) }
        </fieldset>
    }
}

#[function_component]
pub fn TrendView(props: &ViewProps) -> Html {
    let d = use_description(props, None);
    let numbers = use_folded_numbers(&d);
    let credits = use_credits(&d, &props.link);
    let exports = use_exports(&d, &props.palette, &props.link);
    let t = strings(props.lang);
    let Detail::Trend(detail) = &d.detail else {
        return nothing_to_show(&d, &props.on_drawn);
    };
    let on_toggle = props.dispatch.reform(Action::ToggleSeries);
    let none_shown = detail.legend.iter().all(|s| !s.shown);
    html! {
        <>
        <section class="view trend" aria-labelledby="view-heading">
            <h2 id="view-heading">{ &d.heading }</h2>
            <div class="controls">
                if detail.legend.len() > 1 {
                    { legend(&detail.legend, &props.palette, props.lang, &on_toggle) }
                }
                if detail.years.0 < detail.years.1 {
                    <YearRange years={detail.years} range={detail.range} dispatch={props.dispatch.clone()} lang={props.lang} />
                }
            </div>
            if none_shown && detail.legend.len() > 1 {
                <p class="empty">{ t.none_shown }</p>
            }
            { chart_with_exports(&d, props, exports) }
            { numbers }
        </section>
        { credits }
        </>
    }
}
