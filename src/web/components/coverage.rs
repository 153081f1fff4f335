//! The coverage view: a headline that keeps formed and planned apart,
//! every area grouped by kecamatan and labelled by status, the growth by
//! year against the total, and a kecamatan filter.

use super::chart::{concrete, ChartSpec, DynChart, HitKey};
use super::table::{coverage_table, cumulative_table};
use super::toolbar::chart_with_exports;
use super::{selected_value, ViewProps};
use crate::core::chart::HitCode;
use crate::core::export::areas_csv;
use crate::core::layout::coverage::{layout, CoverageInput, CoverageLayout};
use crate::core::model::{Dataset, Status};
use crate::core::state::Action;
use crate::core::stats::{coverage_summary, Coverage};
use crate::core::text::Lang;
use crate::core::theme::Palette;
use crate::core::tooltip::{self, status_words, Tip};
use crate::web::i18n::strings;
use crate::web::intl::IntlFormat;
use crate::web::{clip, Shared};
use std::rc::Rc;
use yew::prelude::*;

/// The step chart for the canvas.
pub struct CoverageSpec {
    pub dataset: Shared<Dataset>,
    pub program: usize,
    pub group: Option<String>,
    pub lang: Lang,
    pub format: Shared<IntlFormat>,
}

impl ChartSpec for CoverageSpec {
    fn dataset(&self) -> &Dataset {
        &self.dataset
    }

    fn lang(&self) -> Lang {
        self.lang
    }

    fn heading(&self) -> String {
        program_heading(
            &self.dataset,
            self.program,
            self.group.as_deref(),
            self.lang,
            &*self.format,
        )
    }

    fn sources(&self) -> Vec<usize> {
        self.dataset
            .programs()
            .get(self.program)
            .map(|p| vec![p.source()])
            .unwrap_or_default()
    }

    fn csv(&self, link: &str) -> String {
        areas_csv(&self.dataset, self.group.as_deref(), self.lang, Some(link))
    }

    fn view_key(&self) -> &'static str {
        "coverage"
    }

    fn key(&self) -> Option<String> {
        Some(crate::core::credits::coverage_key(self.lang))
    }

    fn layout(&self, width: f64) -> Option<Rc<dyn DynChart>> {
        Some(Rc::new(layout(&CoverageInput {
            dataset: &self.dataset,
            program: self.program,
            group: self.group.as_deref(),
            size: (width, (width * 0.42).clamp(200.0, 320.0)),
            lang: self.lang,
            format: &*self.format,
        })?))
    }

    fn tip(&self, layout: &dyn DynChart, hit: HitKey) -> Option<Tip> {
        let layout = concrete::<CoverageLayout>(layout)?;
        tooltip::coverage(
            &self.dataset,
            layout,
            self.program,
            usize::decode(hit),
            self.lang,
            &*self.format,
        )
    }

    fn summary(&self) -> String {
        coverage_summary(
            &self.dataset,
            self.program,
            self.group.as_deref(),
            self.lang,
            &*self.format,
        )
    }
}

/// The coverage headline, with the group when one is chosen.
pub fn program_heading(
    ds: &Dataset,
    program: usize,
    group: Option<&str>,
    lang: Lang,
    format: &dyn crate::core::format::NumberFormat,
) -> String {
    let (Some(areas), Some(prog)) = (ds.areas(), ds.programs().get(program)) else {
        return String::new();
    };
    let include = |i: usize| group.is_none_or(|g| areas.items()[i].group() == g);
    let headline = Coverage::count(prog, areas, include).headline(prog, areas, lang, format);
    match group {
        Some(g) => format!("{} {g}: {headline}", areas.group_level().get(lang)),
        None => headline,
    }
}

/// A status symbol as inline SVG, the same shapes the map draws.
pub fn status_icon(status: Status, palette: &Palette) -> Html {
    let formed = palette.formed.to_string();
    let planned = palette.planned.to_string();
    let muted = palette.muted.to_string();
    let shape = match status {
        Status::Formed(_) => html! { <circle cx="7" cy="7" r="6" fill={formed} /> },
        Status::Planned(_) => html! {
            <>
                <circle cx="7" cy="7" r="5" fill="none" stroke={planned.clone()} stroke-width="3" />
                <circle cx="7" cy="7" r="1.8" fill={planned} />
            </>
        },
        Status::None => {
            html! { <circle cx="7" cy="7" r="5.5" fill="none" stroke={muted} stroke-width="1.5" /> }
        }
    };
    html! { <svg class="status-icon" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">{ shape }</svg> }
}

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

/// The key of the status symbols, with counts.
pub fn status_key(coverage: &Coverage, palette: &Palette, lang: Lang, format: &IntlFormat) -> Html {
    use crate::core::format::NumberFormat;
    let t = strings(lang);
    let none = coverage.total - coverage.formed - coverage.planned;
    let year =
        |y: Option<&crate::core::model::Year>| y.map(|y| format!(" {y}")).unwrap_or_default();
    let items = [
        (
            Status::Formed(crate::core::model::Year::MIN),
            t.formed.to_owned(),
            coverage.formed,
        ),
        (
            Status::Planned(crate::core::model::Year::MIN),
            format!("{}{}", t.planned, year(coverage.planned_years.first())),
            coverage.planned,
        ),
        (Status::None, t.none.to_owned(), none),
    ];
    html! {
        <ul class="status-key">
            { for items.into_iter().map(|(status, label, n)| html! {
                <li>{ status_icon(status, palette) }<span>{ label }{ ": " }{ format.number(n as f64) }</span></li>
            }) }
        </ul>
    }
}

#[function_component]
pub fn CoverageView(props: &ViewProps) -> Html {
    let ds = &props.dataset;
    let lang = props.lang;
    let t = strings(lang);
    let group = props.params.group.clone();
    let embed = props.params.embed;
    let program = props.params.program_index(ds);
    let spec = use_memo(
        (
            ds.clone(),
            group.clone(),
            lang,
            props.format.clone(),
            program,
        ),
        |(dataset, group, lang, format, program)| {
            Shared::<dyn ChartSpec>(Rc::new(CoverageSpec {
                dataset: dataset.clone(),
                program: *program,
                group: group.clone(),
                lang: *lang,
                format: format.clone(),
            }))
        },
    );
    let (Some(areas), Some(prog)) = (ds.areas(), ds.programs().get(program)) else {
        props.on_drawn.emit(());
        let missing = if ds.areas().is_none() {
            t.no_areas
        } else {
            t.no_programs
        };
        return html! { <p class="empty">{ missing }</p> };
    };
    let include = |i: usize| {
        group
            .as_deref()
            .is_none_or(|g| areas.items()[i].group() == g)
    };
    let coverage = Coverage::count(prog, areas, include);
    let heading = program_heading(ds, program, group.as_deref(), lang, &*props.format);
    let groups: Vec<&str> = areas
        .groups()
        .into_iter()
        .filter(|g| group.as_deref().is_none_or(|x| x == *g))
        .collect();
    let group_cards = groups.iter().map(|g| {
        let members: Vec<(usize, Status)> = areas
            .items()
            .iter()
            .enumerate()
            .filter(|(_, a)| a.group() == *g)
            .map(|(i, _)| (i, prog.status().get(i).copied().unwrap_or(Status::None)))
            .collect();
        let with_team = members.iter().filter(|(_, s)| matches!(s, Status::Formed(_))).count();
        html! {
            <section class="group-card">
                <h3>{ clip(areas.group_level().get(lang), 40) }{ " " }{ clip(g, 80) }<span class="count">{ format!(" · {with_team} {} {}", t.of, members.len()) }{ " " }{ t.formed_of }</span></h3>
                <ul>
                    { for members.iter().map(|(i, status)| html! {
                        <li class={classes!("area", status.key())}>
                            { status_icon(*status, &props.palette) }
                            <span class="name">{ clip(areas.items()[*i].name(), 80) }</span>
                            <span class="status">{ status_words(*status, lang) }</span>
                        </li>
                    }) }
                </ul>
            </section>
        }
    });
    html! {
        <section class="view coverage" aria-labelledby="view-heading">
            <h2 id="view-heading" class="headline">{ heading }</h2>
            if !embed {
                <div class="controls">
                    { program_filter(ds, program, lang, &props.dispatch) }
                    { group_filter(ds, group.as_deref(), lang, &props.dispatch) }
                    { status_key(&coverage, &props.palette, lang, &props.format) }
                </div>
                <div class="groups">{ for group_cards }</div>
            }
            <h3 class="chart-title">{ t.cumulative }{ ": " }{ clip(prog.label().get(lang), 120) }</h3>
            { chart_with_exports((*spec).clone(), props.palette.clone(), props.on_tip.clone(), props.on_drawn.clone(), props.link.clone(), embed) }
            if !embed {
                <details class="numbers">
                    <summary>{ t.show_numbers }</summary>
                    { coverage_table(ds, group.as_deref(), lang) }
                    { cumulative_table(ds, program, group.as_deref(), lang, &*props.format) }
                </details>
            }
        </section>
    }
}
