//! The chart in the full app: a yew shell around the page's one chart
//! controller ([`crate::web::chart`]), which the embed build uses alone.

use crate::core::theme::Palette;
use crate::core::view::Description;
use crate::web::chart::ChartHandle;
use crate::web::{dom, page, Shared};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CanvasProps {
    pub description: Shared<Description>,
    pub palette: Shared<Palette>,
    pub on_drawn: Callback<()>,
}

fn drawn(on_drawn: &Callback<()>) -> Rc<dyn Fn()> {
    let on_drawn = on_drawn.clone();
    Rc::new(move || on_drawn.emit(()))
}

#[function_component]
pub fn ChartCanvas(props: &CanvasProps) -> Html {
    // The chart's box is made and drawn in the first render, before yew
    // puts it on the page, at the static view's width when it replaces
    // one. Mounted in an effect instead, the first chart would wait for
    // yew to let the browser lay out and paint the page without it first
    // (its scheduler yields after 16 ms of rendering).
    let chart = {
        let (description, palette) = (props.description.0.clone(), props.palette.0.clone());
        let on_drawn = drawn(&props.on_drawn);
        use_memo((), move |_| {
            let container = dom::el("div").class("chart").0;
            let handle = ChartHandle::mount(
                &container,
                description,
                palette,
                on_drawn,
                page::take_static_chart_width(),
            );
            (container, handle)
        })
    };
    {
        // Once on the page: the tooltip and the announcer go in its
        // landmark.
        let chart = chart.clone();
        use_effect_with((), move |_| chart.1.attached());
    }
    {
        // Before the description: its draw reports to the current callback.
        let chart = chart.clone();
        use_effect_with(props.on_drawn.clone(), move |on_drawn| {
            chart.1.set_on_drawn(drawn(on_drawn));
        });
    }
    {
        let chart = chart.clone();
        use_effect_with(props.description.clone(), move |description| {
            chart.1.set_description(description.0.clone());
        });
    }
    {
        let chart = chart.clone();
        use_effect_with(props.palette.clone(), move |palette| {
            chart.1.set_palette(palette.0.clone());
        });
    }
    Html::VRef(chart.0.clone().into())
}
