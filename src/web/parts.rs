//! The page's parts built with DOM calls from the view's description: the
//! masthead, each view's tables, status keys and group cards, the
//! credits, and the load's alerts and notices (whose one control, "Try
//! again", the caller listens to). The embed and the full app
//! ([`crate::web::explorer`]) both draw their pages from them, so each
//! part is written once.

use crate::core::credits::{citation, license_line, license_url, long_date, published_line};
use crate::core::format::NumberFormat;
use crate::core::loading::LoadError;
use crate::core::model::{Dataset, Date, Status};
use crate::core::params::Params;
use crate::core::stats::Coverage;
use crate::core::strings::{strings, Strings};
use crate::core::text::{shorten, Lang};
use crate::core::view::tables::{Row, Table};
use crate::core::view::{Description, GroupCard};
use crate::web::clip;
use crate::web::dom::{el, svg, El};

/// Problems listed in view; the rest are one click away.
const SHOWN_PROBLEMS: usize = 20;
/// Problems put on the page at all: a file with tens of thousands of
/// mistakes would freeze the page; `pantau validate` lists every one.
const LISTED_PROBLEMS: usize = 1000;

fn title(ds: &Dataset, lang: Lang) -> El {
    el("h1")
        .attr_if("lang", ds.title().other_lang(lang))
        .text(&clip(ds.title().get(lang), 200))
}

/// The embed's title; a host that hides it (`show=` without `title`)
/// keeps it for screen readers: the page still has its one top heading.
pub fn masthead(ds: &Dataset, lang: Lang, show_title: bool) -> El {
    let title = title(ds, lang);
    let title = if show_title {
        title
    } else {
        title.class("sr-only")
    };
    el("header").class("masthead").child(title)
}

/// The full app's masthead: the place, the title and the description.
pub fn full_masthead(ds: &Dataset, lang: Lang) -> El {
    let place = ds.place();
    let place_line = match place.province() {
        Some(p) => clip(&format!("{} · {p}", place.name()), 160),
        None => clip(place.name(), 160),
    };
    let description = ds.description().map(|d| {
        el("p")
            .class("description")
            .attr_if("lang", d.other_lang(lang))
            .text(&clip(d.get(lang), 600))
    });
    el("header")
        .class("masthead")
        .child(el("p").class("place").text(&place_line))
        .child(title(ds, lang))
        .child_if(description)
}

fn problem(detail: &str) -> El {
    el("li").child(el("code").text(detail))
}

/// The alert for a failed load; `retry` is the "Try again" button, given
/// when the network, not the file, is at fault.
pub fn load_alert(error: &LoadError, lang: Lang, retry: El) -> El {
    let t = strings(lang);
    let details = error.details(lang);
    let folded = details.len().saturating_sub(SHOWN_PROBLEMS);
    let unlisted = details.len().saturating_sub(LISTED_PROBLEMS);
    let listed = (!details.is_empty()).then(|| {
        el("ul")
            .class("problems")
            .children(details.iter().take(SHOWN_PROBLEMS).map(|d| problem(d)))
    });
    let more = (folded > 0).then(|| {
        let rest = details
            .iter()
            .take(LISTED_PROBLEMS)
            .skip(SHOWN_PROBLEMS)
            .map(|d| problem(d));
        let unlisted =
            (unlisted > 0).then(|| el("li").text(&format!("… {unlisted} {}", t.more_problems)));
        el("details")
            .class("more-problems")
            .child(el("summary").text(&format!("… {folded} {}", t.more_problems)))
            .child(el("ul").class("problems").children(rest).child_if(unlisted))
    });
    el("div")
        .class("alert")
        .attr("role", "alert")
        .child(el("p").class("alert-headline").text(&error.headline(lang)))
        .child_if(listed)
        .child_if(more)
        .child_if(error.is_retryable().then_some(retry))
}

/// The "Try again" button of [`load_alert`]; the caller listens to it.
pub fn retry_button(lang: Lang) -> El {
    el("button")
        .attr("type", "button")
        .class("button")
        .text(strings(lang).try_again)
}

/// Whether the keyboard is on the status of a load in `page`: its loading
/// words or its alert with "Try again". Asked before the page is drawn
/// again, for [`after_retry`].
pub fn load_status_focused(page: &web_sys::Element) -> bool {
    crate::web::dom::document()
        .and_then(|d| d.active_element())
        .filter(|focused| page.contains(Some(focused)))
        .and_then(|focused| {
            focused
                .closest("p.loading, [role=alert], h1.error-title")
                .ok()
                .flatten()
        })
        .is_some()
}

/// Where the keyboard goes in `page` once a load the reader retried from
/// the keyboard moves on: the loading words while it runs, "Try again"
/// (or the alert) when it failed again, the dataset's title (or the
/// chart) when it came. A keyboard reader is not sent back to the top of
/// the page.
pub fn after_retry(page: &web_sys::Element) -> Option<web_sys::Element> {
    // A title the embed shows only to screen readers is no place to put
    // a sighted reader's keyboard.
    let target = [
        "p.loading",
        "[role=alert] button",
        "[role=alert]",
        "h1:not(.sr-only)",
        "canvas",
    ]
    .into_iter()
    .find_map(|selector| page.query_selector(selector).ok().flatten())?;
    if !matches!(target.tag_name().as_str(), "BUTTON" | "CANVAS") {
        let _ = target.set_attribute("tabindex", "-1");
    }
    Some(target)
}

/// Over the last good copy of a dataset: the numbers are older, and the
/// live file's problem is one click away.
pub fn stale_notice(ds: &Dataset, why: &LoadError, lang: Lang) -> El {
    let t = strings(lang);
    let date = long_date(ds.updated().unwrap_or(ds.published()), lang);
    let problems = why
        .details(lang)
        .iter()
        .take(SHOWN_PROBLEMS)
        .map(|d| problem(d))
        .collect::<Vec<_>>();
    el("div")
        .class("stale-notice")
        .attr("role", "status")
        .child(el("p").text(&crate::core::loading::stale_notice(lang, &date)))
        .child(
            el("details")
                .child(el("summary").text(t.show_problem))
                .child(el("p").text(&why.headline(lang)))
                .child(el("ul").class("problems").children(problems)),
        )
}

/// A pinned link whose copy a newer version has replaced, with a link to
/// the latest numbers.
pub fn replaced_notice(date: Date, latest: &str, lang: Lang) -> El {
    el("div")
        .class("stale-notice replaced")
        .attr("role", "status")
        .child(
            el("p")
                .text(&crate::core::versions::replaced_line(date, lang))
                .text(" ")
                .child(el("a").attr("href", latest).text(strings(lang).show_latest)),
        )
}

/// A status symbol, the shapes the map draws; coloured by the stylesheet
/// from the palette's custom properties, so a new palette needs no new
/// markup.
fn status_icon(status: Status) -> El {
    let circle = |class: &str, r: &str| {
        svg("circle")
            .class(class)
            .attr("cx", "7")
            .attr("cy", "7")
            .attr("r", r)
    };
    let icon = svg("svg")
        .class("status-icon")
        .attr("width", "14")
        .attr("height", "14")
        .attr("viewBox", "0 0 14 14")
        .attr("aria-hidden", "true")
        .attr("focusable", "false");
    match status {
        Status::Formed(_) => icon.child(circle("formed", "6")),
        Status::Planned(_) => icon
            .child(
                circle("planned-ring", "5")
                    .attr("fill", "none")
                    .attr("stroke-width", "3"),
            )
            .child(circle("planned", "1.8")),
        Status::None => icon.child(
            circle("none-ring", "5.5")
                .attr("fill", "none")
                .attr("stroke-width", "1.5"),
        ),
    }
}

/// The key of the status symbols, with counts.
pub fn status_key(coverage: &Coverage, lang: Lang, format: &dyn NumberFormat) -> El {
    el("ul")
        .class("status-key")
        .children(
            coverage
                .key_items(lang)
                .into_iter()
                .map(|(status, label, n)| {
                    el("li").child(status_icon(status)).child(
                        el("span")
                            .text(&label)
                            .text(": ")
                            .text(&format.number(n as f64)),
                    )
                }),
        )
}

/// A kecamatan and the status of each of its areas.
pub fn group_card(card: &GroupCard, t: &Strings) -> El {
    let areas = card.areas.iter().map(|a| {
        el("li")
            .class(&format!("area {}", a.status.key()))
            .child(status_icon(a.status))
            .child(el("span").class("name").text(&a.name))
            .child(el("span").class("status").text(&a.words))
    });
    let count = format!(
        " · {} {} {} {}",
        card.formed,
        t.of,
        card.areas.len(),
        t.formed_of
    );
    el("section")
        .class("group-card")
        .child(
            el("h3")
                .text(&card.heading)
                .child(el("span").class("count").text(&count)),
        )
        .child(el("ul").children(areas))
}

fn row(row: &Row) -> El {
    let mut heading = el("th").attr("scope", "row").text(&row.heading);
    if let Some(detail) = &row.detail {
        heading = heading
            .child(el("br"))
            .child(el("span").class("muted").text(detail));
    }
    if let Some(url) = &row.link {
        heading = heading.child(el("br")).child(
            el("a")
                .attr("href", url)
                .attr("rel", "noopener noreferrer")
                .attr("target", "_blank")
                .text(url),
        );
    }
    el("tr").child(heading).children(row.cells.iter().map(|c| {
        el("td")
            .attr_if("class", (!c.class.is_empty()).then_some(c.class.as_str()))
            .text(&c.text)
    }))
}

/// One table of numbers.
pub fn data_table(table: &Table) -> El {
    let span = table.columns.len().to_string();
    let columns = table.columns.iter().map(|c| {
        el("th")
            .attr("scope", "col")
            .attr_if("class", (!c.class.is_empty()).then_some(c.class))
            .text(&c.label)
            .child_if(c.unit.as_deref().map(|u| el("span").class("unit").text(u)))
    });
    let groups = table.groups.iter().map(|g| {
        let heading = g.heading.as_deref().map(|h| {
            el("tr").class("group-row").child(
                el("th")
                    .attr("scope", "rowgroup")
                    .attr("colspan", &span)
                    .text(h),
            )
        });
        el("tbody")
            .child_if(heading)
            .children(g.rows.iter().map(row))
    });
    el("table")
        .class("data-table")
        .child(el("caption").text(&table.caption))
        .child(el("thead").child(el("tr").children(columns)))
        .children(groups)
}

/// The view's numbers folded under "show the numbers": the chart's real
/// table one click away, as in the full app.
pub fn folded_numbers(tables: &[Table], t: &Strings) -> El {
    el("details")
        .class("numbers")
        .child(el("summary").text(t.show_numbers))
        .children(tables.iter().map(data_table))
}

/// The dataset's notes (caveats).
fn notes(ds: &Dataset, lang: Lang) -> Option<El> {
    (!ds.notes().is_empty()).then(|| {
        el("div")
            .class("notes")
            .child(el("h3").text(strings(lang).notes))
            .child(
                el("ul").children(
                    ds.notes()
                        .iter()
                        .map(|n| el("li").text(&clip(n.get(lang), 1000))),
                ),
            )
    })
}

fn external_link(href: &str) -> El {
    el("a")
        .attr("href", href)
        .attr("rel", "noopener noreferrer")
        .attr("target", "_blank")
}

/// Each source the view draws from, once, and whom the map's boundaries
/// are from.
fn source_lines(d: &Description) -> [Option<El>; 2] {
    let (ds, lang) = (&*d.dataset, d.lang);
    let sources = d
        .sources
        .iter()
        .filter_map(|&i| ds.sources().get(i))
        .map(|s| {
            let date = s
                .date()
                .map(|d| format!(", {}", long_date(d, lang)))
                .unwrap_or_default();
            let title = s
                .title()
                .map(|t| format!(" — {}", shorten(t.get(lang), 160)))
                .unwrap_or_default();
            let name = clip(s.name(), 160);
            let item = el("span").class("source-item");
            let item = match s.url() {
                Some(url) => item.child(external_link(url).text(&name).text(&date)),
                None => item.text(&name).text(&date),
            };
            item.text(&title)
        });
    let source_line = el("p")
        .class("source-line")
        .child(
            el("span")
                .class("label")
                .text(strings(lang).source)
                .text(": "),
        )
        .children(sources);
    let boundaries = d
        .boundaries
        .as_deref()
        .map(|line| el("p").class("boundaries-line").text(line));
    [Some(source_line), boundaries]
}

/// The embed's credits: the source line, the boundaries' credit, and the
/// notes when the host asks for them (`show=notes`).
pub fn credits(d: &Description, params: &Params) -> El {
    el("footer")
        .class("credits compact")
        .children(source_lines(d).into_iter().flatten())
        .child_if(notes(&d.dataset, d.lang).filter(|_| params.shown().notes))
}

/// The full app's credits: the sources, each series' or program's
/// definition and unit, the publication date and licence, the notes, and
/// how to cite the view at `link`.
pub fn full_credits(d: &Description, link: &str) -> El {
    let (ds, lang) = (&*d.dataset, d.lang);
    let t = strings(lang);
    let definitions = d.definitions.iter().map(|def| {
        let line = el("p")
            .class("definition")
            .child(
                el("span")
                    .class("label")
                    .text(&clip(&def.label, 120))
                    .text(". "),
            )
            .text(
                &def.text
                    .as_deref()
                    .map(|text| clip(text, 1000))
                    .unwrap_or_default(),
            );
        match def.unit.as_deref() {
            Some(unit) => line
                .text(" ")
                .child(el("span").class("label").text(t.unit).text(": "))
                .text(&clip(unit, 60))
                .text("."),
            None => line,
        }
    });
    let published = el("p")
        .class("published")
        .text(&published_line(ds, lang))
        .text(". ")
        .text(&license_line(ds, lang))
        .text(".");
    el("footer")
        .class("credits")
        .children(source_lines(d).into_iter().flatten())
        .children(definitions)
        .child(published)
        .child_if(notes(ds, lang))
        .child(cite(d, link))
}

/// How to cite the data: a suggested citation naming `link`, the licence
/// (linked when the dataset names one) and every source with its link.
fn cite(d: &Description, link: &str) -> El {
    let (ds, lang) = (&*d.dataset, d.lang);
    let t = strings(lang);
    let licence = el("p").class("cite-licence");
    let licence = match ds.license().and_then(license_url) {
        Some(url) => licence.child(external_link(&url).text(&license_line(ds, lang))),
        None => licence.text(&license_line(ds, lang)),
    };
    let sources = ds.sources().iter().map(|s| {
        let name = clip(s.name(), 160);
        match s.url() {
            Some(url) => el("li").child(external_link(url).text(&name)),
            None => el("li").text(&name).text(" (").text(t.no_link).text(")"),
        }
    });
    el("details")
        .class("cite")
        .child(el("summary").text(t.cite))
        .child(
            el("p")
                .class("citation")
                .text(&clip(&citation(ds, lang, link), 2000)),
        )
        .child(licence)
        .child(el("ul").class("cite-sources").children(sources))
}

/// The boundary file's problems under the map, never an error: the first
/// 50, and how many more.
pub fn map_warnings(notes: &[String], t: &Strings) -> Option<El> {
    (!notes.is_empty()).then(|| {
        let more = (notes.len() > 50)
            .then(|| el("p").text(&format!("… {} {}", notes.len() - 50, t.more_problems)));
        el("div")
            .class("map-warnings")
            .child(el("h3").text(t.map_warnings))
            .child(el("ul").children(notes.iter().take(50).map(|n| el("li").text(n))))
            .child_if(more)
    })
}

/// The links under an embed: the full view, and the data file when the
/// host shows it.
pub fn full_view_links(full_view: &str, data_file: Option<&str>, lang: Lang) -> El {
    let t = strings(lang);
    let new_tab = |a: El| a.child(el("span").class("sr-only").text(" ").text(t.opens_new_tab));
    let full = el("a")
        .attr("href", full_view)
        .attr("target", "_blank")
        .attr("rel", "noopener")
        .text(t.open_full_view)
        .child(el("span").attr("aria-hidden", "true").text(" ↗"));
    let data = data_file.map(|href| {
        new_tab(
            el("a")
                .attr("href", href)
                .attr("target", "_blank")
                .attr("rel", "noopener")
                .text(t.data_file),
        )
    });
    let links = el("p").class("full-view").child(new_tab(full));
    match data {
        Some(data) => links.text(" · ").child(data),
        None => links,
    }
}
