//! The map view: areas coloured and marked by program status, as dots
//! from their centroids or as the boundary polygons a dataset names.

use super::coverage::program_heading;
use super::{cited, export_legend, program_definitions, tables, Context, Description, Detail};
use super::{MapDetail, Plan, View};
use crate::core::error::{DatasetWarning, WarningKind};
use crate::core::params::Params;
use crate::core::sentences::status_summary;
use crate::core::stats::Coverage;
use crate::core::strings::strings;
use crate::core::text::shorten;

pub(super) fn describe(ctx: &Context, params: &Params) -> Description {
    let ds = &*ctx.dataset;
    let (lang, format) = (ctx.lang, &*ctx.format);
    let t = strings(lang);
    let mut d = Description::new(ctx, View::Map);
    let group = params.group.clone();
    let program = (!ds.programs().is_empty()).then(|| params.program_index(ds));
    let chosen = program.and_then(|p| ds.programs().get(p));
    d.heading = match chosen {
        Some(p) => format!("{} · {}", shorten(p.label().get(lang), 120), t.map),
        None => t.map.to_owned(),
    };
    d.sources = cited(ds, chosen.map(|p| p.source()).into_iter().collect());
    d.boundaries = crate::core::credits::boundaries_line(ds, lang);
    d.definitions = program_definitions(ds, &program.into_iter().collect::<Vec<_>>(), lang);
    let Some(areas) = ds.areas() else {
        d.empty = Some(t.no_areas);
        return d;
    };
    d.chart_title = program
        .map(|p| program_heading(ds, p, group.as_deref(), lang, format))
        .unwrap_or_default();
    d.legend_text = export_legend(View::Map, lang);
    d.summary = match program {
        Some(p) => status_summary(ds, p, group.as_deref(), lang, format),
        None => t.no_areas.to_owned(),
    };
    let member = areas.member_of(params.group.as_deref());
    let placed = |i: usize| ctx.shapes.as_ref().is_some_and(|s| s.of(i).is_some());
    let notes = areas
        .items()
        .iter()
        .enumerate()
        .filter(|&(i, a)| a.centroid().is_none() && member(i) && !placed(i))
        .map(|(i, a)| {
            DatasetWarning {
                path: format!("areas.items[{i}]"),
                kind: WarningKind::AreaWithoutPosition {
                    area: a.id().to_owned(),
                },
            }
            .message(lang)
        })
        .collect();
    d.tables = tables::areas(ds, group.as_deref(), lang)
        .into_iter()
        .collect();
    d.detail = Detail::Map(MapDetail {
        program,
        counts: chosen.map(|p| Coverage::count(p, areas, areas.member_of(group.as_deref()))),
        notes,
    });
    d.plan = Plan::Map {
        program,
        group,
        shapes: ctx.shapes.clone(),
    };
    d
}
