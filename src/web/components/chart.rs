//! The chart in the full app: a yew shell around the page's one chart
//! controller ([`crate::web::chart`]), which the embed build uses alone.

use crate::core::theme::Palette;
use crate::core::view::Description;
use crate::web::chart::ChartHandle;
use crate::web::Shared;
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
    let container = use_node_ref();
    let handle = use_mut_ref(|| None::<ChartHandle>);
    {
        // Made once the container is on the page, dropped with it.
        let (container, handle) = (container.clone(), handle.clone());
        let (description, palette) = (props.description.0.clone(), props.palette.0.clone());
        let on_drawn = drawn(&props.on_drawn);
        use_effect_with((), move |_| {
            if let Some(element) = container.cast::<web_sys::Element>() {
                *handle.borrow_mut() = Some(ChartHandle::mount(
                    &element,
                    description,
                    palette,
                    on_drawn,
                    None,
                ));
            }
            move || drop(handle.borrow_mut().take())
        });
    }
    {
        // Before the description: its draw reports to the current callback.
        let handle = handle.clone();
        use_effect_with(props.on_drawn.clone(), move |on_drawn| {
            if let Some(chart) = &*handle.borrow() {
                chart.set_on_drawn(drawn(on_drawn));
            }
        });
    }
    {
        let handle = handle.clone();
        use_effect_with(props.description.clone(), move |description| {
            if let Some(chart) = &*handle.borrow() {
                chart.set_description(description.0.clone());
            }
        });
    }
    use_effect_with(props.palette.clone(), move |palette| {
        if let Some(chart) = &*handle.borrow() {
            chart.set_palette(palette.0.clone());
        }
    });
    html! { <div class="chart" ref={container}></div> }
}
