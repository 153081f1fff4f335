//! Under every view: the source, the definition and unit, the publication
//! date and the dataset's notes.

use crate::core::credits::{license_line, long_date, published_line};
use crate::core::model::Dataset;
use crate::core::params::View;
use crate::core::text::{shorten, Lang};
use crate::web::clip;
use crate::web::i18n::strings;
use yew::prelude::*;

/// Which sources the view draws from.
fn view_sources(ds: &Dataset, view: View, shown: &[usize]) -> Vec<usize> {
    let mut sources: Vec<usize> = match view {
        View::Trend => shown
            .iter()
            .filter_map(|&i| ds.series().get(i))
            .map(|s| s.source())
            .collect(),
        View::Coverage | View::Map => ds.programs().iter().map(|p| p.source()).collect(),
        View::Table => (0..ds.sources().len()).collect(),
    };
    sources.dedup();
    if sources.is_empty() {
        sources = (0..ds.sources().len()).collect();
    }
    sources
}

/// The credits of `view`; `compact` (embed mode) keeps the source line only.
pub fn credits(ds: &Dataset, lang: Lang, view: View, shown: &[usize], compact: bool) -> Html {
    let t = strings(lang);
    let sources = view_sources(ds, view, shown);
    let source_items = sources.iter().filter_map(|&i| ds.sources().get(i)).map(|s| {
        let date = s.date().map(|d| format!(", {}", long_date(d, lang))).unwrap_or_default();
        let title = s.title().map(|t| format!(" — {}", shorten(t.get(lang), 160))).unwrap_or_default();
        let name = html! { <>{ clip(s.name(), 160) }{ date }</> };
        match s.url() {
            Some(url) => html! {
                <span class="source-item"><a href={url.to_owned()} rel="noopener noreferrer" target="_blank">{ name }</a>{ title }</span>
            },
            None => html! { <span class="source-item">{ name }{ title }</span> },
        }
    });
    let source_line = html! {
        <p class="source-line"><span class="label">{ t.source }{ ": " }</span>{ for source_items }</p>
    };
    if compact {
        return html! { <footer class="credits compact">{ source_line }</footer> };
    }
    let series_definitions = || {
        shown.iter().filter_map(|&i| ds.series().get(i)).map(|s| {
            let def = s.definition().map(|d| clip(d.get(lang), 1000)).unwrap_or_default();
            html! {
                <p class="definition">
                    <span class="label">{ clip(s.label().get(lang), 120) }{ ". " }</span>
                    { def }{ " " }
                    <span class="label">{ t.unit }{ ": " }</span>{ clip(s.unit().get(lang), 60) }{ "." }
                </p>
            }
        })
    };
    let program_definitions = || {
        ds.programs().iter().map(|p| {
            let def = p.definition().map(|d| clip(d.get(lang), 1000)).unwrap_or_default();
            html! { <p class="definition"><span class="label">{ clip(p.label().get(lang), 120) }{ ". " }</span>{ def }</p> }
        })
    };
    let definitions: Vec<Html> = match view {
        View::Trend => series_definitions().collect(),
        View::Coverage | View::Map => program_definitions().collect(),
        // The table view shows every number, so every definition.
        View::Table => series_definitions().chain(program_definitions()).collect(),
    };
    html! {
        <footer class="credits">
            { source_line }
            { for definitions }
            <p class="published">{ published_line(ds, lang) }{ ". " }{ license_line(ds, lang) }{ "." }</p>
            if !ds.notes().is_empty() {
                <div class="notes">
                    <h3>{ t.notes }</h3>
                    <ul>{ for ds.notes().iter().map(|n| html! { <li>{ clip(n.get(lang), 1000) }</li> }) }</ul>
                </div>
            }
        </footer>
    }
}
