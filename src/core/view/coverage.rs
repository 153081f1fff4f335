//! The coverage view: a headline that keeps formed and planned apart,
//! every area grouped by kecamatan with its status, and the growth by year
//! against the total.

use super::{cited, export_legend, program_definitions, tables, Context, Description, Detail};
use super::{AreaStatus, CoverageDetail, GroupCard, Plan, View};
use crate::core::format::NumberFormat;
use crate::core::model::{Dataset, Status};
use crate::core::params::Params;
use crate::core::sentences::coverage_summary;
use crate::core::stats::Coverage;
use crate::core::strings::strings;
use crate::core::text::{shorten, Lang};
use crate::core::tooltip::status_words;

/// The coverage headline, with the group when one is chosen.
pub fn program_heading(
    ds: &Dataset,
    program: usize,
    group: Option<&str>,
    lang: Lang,
    format: &dyn NumberFormat,
) -> String {
    let (Some(areas), Some(prog)) = (ds.areas(), ds.programs().get(program)) else {
        return String::new();
    };
    let headline =
        Coverage::count(prog, areas, areas.member_of(group)).headline(prog, areas, lang, format);
    match group {
        Some(g) => format!("{} {g}: {headline}", areas.group_level().get(lang)),
        None => headline,
    }
}

pub(super) fn describe(ctx: &Context, params: &Params) -> Description {
    let ds = &*ctx.dataset;
    let (lang, format) = (ctx.lang, &*ctx.format);
    let t = strings(lang);
    let mut d = Description::new(ctx, View::Coverage);
    let program = params.program_index(ds);
    let group = params.group.clone();
    let (Some(areas), Some(prog)) = (ds.areas(), ds.programs().get(program)) else {
        d.heading = t.coverage.to_owned();
        d.empty = Some(if ds.areas().is_none() {
            t.no_areas
        } else {
            t.no_programs
        });
        d.sources = cited(ds, Vec::new());
        return d;
    };
    // The credits, the exported image and `pantau render` cite the same
    // source: the program's.
    d.sources = cited(ds, vec![prog.source()]);
    d.definitions = program_definitions(ds, &[program], lang);
    d.heading = program_heading(ds, program, group.as_deref(), lang, format);
    d.chart_title = d.heading.clone();
    d.legend_text = export_legend(View::Coverage, lang);
    d.summary = coverage_summary(ds, program, group.as_deref(), lang, format);
    let counts = Coverage::count(prog, areas, areas.member_of(group.as_deref()));
    let groups: Vec<GroupCard> = areas
        .groups()
        .into_iter()
        .filter(|g| group.as_deref().is_none_or(|x| x == *g))
        .map(|g| {
            let members: Vec<AreaStatus> = areas
                .items()
                .iter()
                .enumerate()
                .filter(|(_, a)| a.group() == g)
                .map(|(i, a)| {
                    let status = prog.status().get(i).copied().unwrap_or(Status::None);
                    AreaStatus {
                        area: i,
                        name: shorten(a.name(), 80).into_owned(),
                        status,
                        words: status_words(status, lang),
                    }
                })
                .collect();
            GroupCard {
                heading: format!(
                    "{} {}",
                    shorten(areas.group_level().get(lang), 40),
                    shorten(g, 80)
                ),
                formed: members
                    .iter()
                    .filter(|a| matches!(a.status, Status::Formed(_)))
                    .count(),
                areas: members,
            }
        })
        .collect();
    d.export_list = groups
        .iter()
        .map(|card| {
            let areas: Vec<String> = card
                .areas
                .iter()
                .map(|a| format!("{} ({})", a.name, a.words))
                .collect();
            format!("{}: {}.", card.heading, areas.join(", "))
        })
        .collect();
    d.tables = tables::areas(ds, group.as_deref(), lang)
        .into_iter()
        .chain(tables::cumulative(
            ds,
            program,
            group.as_deref(),
            lang,
            format,
        ))
        .collect();
    d.detail = Detail::Coverage(CoverageDetail {
        program,
        counts,
        groups,
        chart_heading: format!("{}: {}", t.cumulative, shorten(prog.label().get(lang), 120)),
    });
    d.plan = Plan::Coverage { program, group };
    d
}
