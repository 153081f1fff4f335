//! The embed's page, part by part, from the view's description: the
//! compact chrome SPEC asks for (title, chart, source line, "open full
//! view" link), each view's own parts, and the load's alerts.

use crate::core::credits::long_date;
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

/// The title; a host that hides it (`show=` without `title`) keeps it for
/// screen readers: the page still has its one top heading.
pub fn masthead(ds: &Dataset, lang: Lang, show_title: bool) -> El {
    let title = el("h1")
        .attr_if("lang", ds.title().other_lang(lang))
        .text(&clip(ds.title().get(lang), 200));
    let title = if show_title {
        title
    } else {
        title.class("sr-only")
    };
    el("header").class("masthead").child(title)
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

/// The compact credits: the source line, the boundaries' credit, and the
/// notes when the host asks for them (`show=notes`).
pub fn credits(d: &Description, params: &Params) -> El {
    let (ds, lang) = (&*d.dataset, d.lang);
    let t = strings(lang);
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
        .child(el("span").class("label").text(t.source).text(": "))
        .children(sources);
    el("footer")
        .class("credits compact")
        .child(source_line)
        .child_if(
            d.boundaries
                .as_deref()
                .map(|line| el("p").class("boundaries-line").text(line)),
        )
        .child_if(notes(ds, lang).filter(|_| params.shown().notes))
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
