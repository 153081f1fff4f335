//! Under every view: the sources it draws from (each once), the
//! definition and unit, the publication date and the dataset's notes, all
//! from the view's description.

use crate::core::credits::{citation, license_line, license_url, long_date, published_line};
use crate::core::strings::strings;
use crate::core::text::shorten;
use crate::core::view::Description;
use crate::web::clip;
use yew::prelude::*;

/// How to cite the data: a suggested citation naming `link`, the licence
/// (linked when the dataset names one) and every source with its link.
fn cite(d: &Description, link: &str) -> Html {
    let (ds, lang) = (&*d.dataset, d.lang);
    let t = strings(lang);
    let licence = match ds.license().and_then(license_url) {
        Some(url) => {
            html! { <a href={url} rel="noopener noreferrer" target="_blank">{ license_line(ds, lang) }</a> }
        }
        None => html! { { license_line(ds, lang) } },
    };
    html! {
        <details class="cite">
            <summary>{ t.cite }</summary>
            <p class="citation">{ clip(&citation(ds, lang, link), 2000) }</p>
            <p class="cite-licence">{ licence }</p>
            <ul class="cite-sources">
                { for ds.sources().iter().map(|s| match s.url() {
                    Some(url) => html! { <li><a href={url.to_owned()} rel="noopener noreferrer" target="_blank">{ clip(s.name(), 160) }</a></li> },
                    None => html! { <li>{ clip(s.name(), 160) }{ " (" }{ t.no_link }{ ")" }</li> },
                }) }
            </ul>
        </details>
    }
}

/// The dataset's notes (caveats).
fn notes(ds: &crate::core::model::Dataset, lang: crate::core::text::Lang) -> Html {
    if ds.notes().is_empty() {
        return Html::default();
    }
    html! {
        <div class="notes">
            <h3>{ strings(lang).notes }</h3>
            <ul>{ for ds.notes().iter().map(|n| html! { <li>{ clip(n.get(lang), 1000) }</li> }) }</ul>
        </div>
    }
}

/// The credits of a view. `link` is the address a citation names.
pub fn credits(d: &Description, link: &str) -> Html {
    let (ds, lang) = (&*d.dataset, d.lang);
    let t = strings(lang);
    let source_items = d.sources.iter().filter_map(|&i| ds.sources().get(i)).map(|s| {
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
        <>
            <p class="source-line"><span class="label">{ t.source }{ ": " }</span>{ for source_items }</p>
            if let Some(line) = &d.boundaries {
                <p class="boundaries-line">{ line }</p>
            }
        </>
    };
    let definitions = d.definitions.iter().map(|def| {
        html! {
            <p class="definition">
                <span class="label">{ clip(&def.label, 120) }{ ". " }</span>
                { def.text.as_deref().map(|text| clip(text, 1000)).unwrap_or_default() }
                if let Some(unit) = &def.unit {
                    { " " }<span class="label">{ t.unit }{ ": " }</span>{ clip(unit, 60) }{ "." }
                }
            </p>
        }
    });
    html! {
        <footer class="credits">
            { source_line }
            { for definitions }
            <p class="published">{ published_line(ds, lang) }{ ". " }{ license_line(ds, lang) }{ "." }</p>
            { notes(ds, lang) }
            { cite(d, link) }
        </footer>
    }
}
