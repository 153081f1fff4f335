//! Layout of the coverage step chart: how many areas have the program by
//! each year, formed and with the planned, against the total.

use super::{text_width, Rect, Tick, FONT, FONT_SMALL};
use crate::core::format::NumberFormat;
use crate::core::model::{Dataset, Year};
use crate::core::scale::{count_ticks, year_ticks, Linear};
use crate::core::stats::cumulative_from_zero;
use crate::core::text::Lang;

/// What the coverage chart shows.
pub struct CoverageInput<'a> {
    pub dataset: &'a Dataset,
    pub program: usize,
    /// Only the areas of this group.
    pub group: Option<&'a str>,
    pub size: (f64, f64),
    pub lang: Lang,
    pub format: &'a dyn NumberFormat,
}

/// One year's column.
#[derive(Clone, Debug, PartialEq)]
pub struct StepGeom {
    pub year: Year,
    pub formed: usize,
    pub with_planned: usize,
    /// Centre of the column.
    pub x: f64,
    pub y_formed: f64,
    pub y_planned: f64,
}

/// A label written next to a line's end.
#[derive(Clone, Debug, PartialEq)]
pub struct LineLabel {
    pub text: String,
    pub x: f64,
    pub y: f64,
}

/// The computed coverage chart.
#[derive(Clone, Debug, PartialEq)]
pub struct CoverageLayout {
    pub size: (f64, f64),
    pub plot: Rect,
    pub band: f64,
    pub steps: Vec<StepGeom>,
    pub total: usize,
    pub y_total: f64,
    pub y_ticks: Vec<Tick>,
    pub x_ticks: Vec<Tick>,
    /// The step line of formed areas, left to right.
    pub formed_path: Vec<(f64, f64)>,
    /// The step line counting planned areas too; empty when none are planned.
    pub planned_path: Vec<(f64, f64)>,
    pub labels: Vec<LineLabel>,
}

fn step_path(plot: &Rect, band: f64, ys: &[f64]) -> Vec<(f64, f64)> {
    let mut path = Vec::with_capacity(ys.len() * 2);
    for (i, y) in ys.iter().enumerate() {
        let left = plot.x + i as f64 * band;
        path.push((left, *y));
        path.push((left + band, *y));
    }
    path
}

/// Lays out the coverage chart; `None` without areas or that program.
pub fn layout(input: &CoverageInput<'_>) -> Option<CoverageLayout> {
    let ds = input.dataset;
    let areas = ds.areas()?;
    let program = ds.programs().get(input.program)?;
    let include = areas.member_of(input.group);
    let total = (0..areas.items().len()).filter(|&i| include(i)).count();
    let counts = cumulative_from_zero(program, include);
    let (width, height) = (input.size.0.max(160.0), input.size.1.max(120.0));
    let (top_value, tick_values) =
        count_ticks(total as f64, ((height / 50.0) as usize).clamp(2, 6));
    let tick_labels: Vec<String> = tick_values
        .iter()
        .map(|v| input.format.number(*v))
        .collect();
    let label_w = tick_labels
        .iter()
        .map(|l| text_width(l, FONT))
        .fold(0.0, f64::max);
    let plot = Rect {
        x: label_w + 10.0,
        y: FONT_SMALL + 12.0,
        w: (width - label_w - 20.0).max(40.0),
        h: (height - FONT_SMALL - 12.0 - FONT - 14.0).max(40.0),
    };
    let y = Linear {
        domain: (0.0, top_value),
        range: (plot.bottom(), plot.y),
    };
    let columns = counts.len().max(1);
    let band = plot.w / columns as f64;
    let steps: Vec<StepGeom> = counts
        .iter()
        .enumerate()
        .map(|(i, (year, formed, with_planned))| StepGeom {
            year: *year,
            formed: *formed,
            with_planned: *with_planned,
            x: plot.x + (i as f64 + 0.5) * band,
            y_formed: y.map(*formed as f64),
            y_planned: y.map(*with_planned as f64),
        })
        .collect();
    let formed_path = step_path(
        &plot,
        band,
        &steps.iter().map(|s| s.y_formed).collect::<Vec<_>>(),
    );
    let has_planned = steps.iter().any(|s| s.with_planned != s.formed);
    let planned_path = if has_planned {
        step_path(
            &plot,
            band,
            &steps.iter().map(|s| s.y_planned).collect::<Vec<_>>(),
        )
    } else {
        Vec::new()
    };
    let y_ticks = tick_values
        .iter()
        .zip(tick_labels)
        .map(|(v, label)| Tick {
            pos: y.map(*v),
            label,
        })
        .collect();
    let x_ticks = match (steps.first(), steps.last()) {
        (Some(first), Some(last)) => {
            let fit = ((plot.w / (text_width("0000", FONT) + 10.0)) as usize).max(1);
            year_ticks(first.year.get(), last.year.get(), fit)
                .into_iter()
                .map(|yr| Tick {
                    pos: plot.x + (f64::from(yr - first.year.get()) + 0.5) * band,
                    label: yr.to_string(),
                })
                .collect()
        }
        _ => Vec::new(),
    };
    let y_total = y.map(total as f64);
    let en = input.lang == Lang::En;
    let level = areas.level().get(input.lang).to_ascii_lowercase();
    let mut labels = vec![LineLabel {
        text: format!(
            "{} {} {level}",
            if en { "total" } else { "jumlah" },
            input.format.number(total as f64)
        ),
        x: plot.right(),
        y: y_total - 3.0,
    }];
    if let Some(last) = steps.last() {
        let formed_text = format!(
            "{}: {}",
            if en { "formed" } else { "terbentuk" },
            input.format.number(last.formed as f64)
        );
        let mut formed_y = last.y_formed - 3.0;
        if has_planned {
            let planned_text = format!(
                "{}: {}",
                if en {
                    "with planned"
                } else {
                    "termasuk rencana"
                },
                input.format.number(last.with_planned as f64)
            );
            let mut planned_y = last.y_planned - 3.0;
            // Keep the two labels apart, and clear of the total's.
            if (planned_y - (y_total - 3.0)).abs() < FONT_SMALL + 2.0 {
                planned_y = y_total + FONT_SMALL + 4.0;
            }
            if (formed_y - planned_y).abs() < FONT_SMALL + 2.0 {
                formed_y = planned_y + FONT_SMALL + 4.0;
            }
            labels.push(LineLabel {
                text: planned_text,
                x: plot.right(),
                y: planned_y,
            });
        } else if (formed_y - (y_total - 3.0)).abs() < FONT_SMALL + 2.0 {
            formed_y = y_total + FONT_SMALL + 4.0;
        }
        labels.push(LineLabel {
            text: formed_text,
            x: plot.right(),
            y: formed_y.min(plot.bottom() - 2.0),
        });
    }
    Some(CoverageLayout {
        size: (width, height),
        plot,
        band,
        steps,
        total,
        y_total,
        y_ticks,
        x_ticks,
        formed_path,
        planned_path,
        labels,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::format::PlainFormat;

    fn default_layout(group: Option<&str>) -> CoverageLayout {
        let ds =
            crate::core::validate::parse(include_str!("../../../static/data/tanjungpinang.json"))
                .unwrap();
        layout(&CoverageInput {
            dataset: &ds,
            program: 0,
            group,
            size: (600.0, 300.0),
            lang: Lang::En,
            format: &PlainFormat(Lang::En),
        })
        .unwrap()
    }

    #[test]
    fn steps_grow_from_zero_to_five_then_nine_with_planned() {
        let l = default_layout(None);
        let steps: Vec<(i32, usize, usize)> = l
            .steps
            .iter()
            .map(|s| (s.year.get(), s.formed, s.with_planned))
            .collect();
        assert_eq!(steps, vec![(2016, 0, 0), (2017, 5, 5), (2018, 5, 9)]);
        assert_eq!(l.total, 18);
        assert!(!l.planned_path.is_empty());
        assert!(
            l.steps[2].y_planned < l.steps[2].y_formed,
            "9 is drawn above 5"
        );
        assert!(l.y_total <= l.steps[2].y_planned);
    }

    #[test]
    fn a_group_counts_only_its_areas() {
        let l = default_layout(Some("Tanjungpinang Timur"));
        assert_eq!(l.total, 5);
        let last = l.steps.last().unwrap();
        assert_eq!((last.formed, last.with_planned), (1, 2));
    }

    #[test]
    fn labels_do_not_overlap() {
        let l = default_layout(None);
        for (i, a) in l.labels.iter().enumerate() {
            for b in &l.labels[i + 1..] {
                assert!((a.y - b.y).abs() >= FONT_SMALL, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn the_step_path_covers_the_plot_width() {
        let l = default_layout(None);
        assert_eq!(l.formed_path.first().unwrap().0, l.plot.x);
        assert!((l.formed_path.last().unwrap().0 - l.plot.right()).abs() < 1e-9);
    }
}
