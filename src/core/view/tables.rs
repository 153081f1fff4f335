//! Every number a view shows, as semantic tables described once: the
//! browser renders them, and static views write them as HTML. Missing
//! values are written out, never left blank.

use crate::core::credits::long_date;
use crate::core::format::NumberFormat;
use crate::core::model::{Dataset, Status, Year};
use crate::core::stats::cumulative_from_zero;
use crate::core::strings::strings;
use crate::core::text::{shorten, Lang};

/// A table with a caption, column headers and groups of rows.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub caption: String,
    /// The header row; the first column heads the rows.
    pub columns: Vec<Column>,
    pub groups: Vec<RowGroup>,
}

/// A column header.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    pub label: String,
    /// Written after the label, smaller.
    pub unit: Option<String>,
    /// The column's class (`num`, `code`), empty for none.
    pub class: &'static str,
}

/// Rows under an optional heading (one kecamatan, say).
#[derive(Clone, Debug, PartialEq)]
pub struct RowGroup {
    pub heading: Option<String>,
    pub rows: Vec<Row>,
}

/// A row: its heading cell, then its values.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub heading: String,
    /// Lines under the heading, quieter (a source's title).
    pub detail: Option<String>,
    /// A link under the heading (a source's address).
    pub link: Option<String>,
    pub cells: Vec<Cell>,
}

/// A value cell.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub text: String,
    /// The cell's classes (`num`, `num missing`, `status formed`, `code`).
    pub class: String,
}

impl Cell {
    fn new(text: impl Into<String>, class: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            class: class.into(),
        }
    }
}

impl Row {
    fn plain(heading: String, cells: Vec<Cell>) -> Row {
        Row {
            heading,
            detail: None,
            link: None,
            cells,
        }
    }
}

fn column(label: impl Into<String>, class: &'static str) -> Column {
    Column {
        label: label.into(),
        unit: None,
        class,
    }
}

/// The status word of a program in an area, with its year.
pub fn status_text(status: Status, lang: Lang) -> String {
    let t = strings(lang);
    match status {
        Status::Formed(y) => format!("{} {y}", t.formed),
        Status::Planned(y) => format!("{} {y}", t.planned),
        Status::None => t.none.to_owned(),
    }
}

/// The yearly values of the `shown` series within `range`: one row per
/// year that any of them reports.
pub fn trend(
    ds: &Dataset,
    shown: &[usize],
    (from, to): (Year, Year),
    lang: Lang,
    fmt: &dyn NumberFormat,
) -> Table {
    let t = strings(lang);
    let series: Vec<_> = shown.iter().filter_map(|&i| ds.series().get(i)).collect();
    let years: Vec<Year> = (from.get()..=to.get())
        .filter_map(|y| Year::new(i64::from(y)))
        .filter(|y| {
            series
                .iter()
                .any(|s| s.points().iter().any(|p| p.year == *y))
        })
        .collect();
    // The years listed, not the chart's span (which events may widen).
    let caption_years = match (years.first(), years.last()) {
        (Some(a), Some(b)) if a != b => format!(" ({a}–{b})"),
        (Some(a), _) => format!(" ({a})"),
        _ => format!(" ({from}–{to})"),
    };
    // A value's own note or source, in words, for the notes column.
    let remark = |s: &crate::core::model::Series, year: Year| -> Option<String> {
        let point = s.point_in(year)?;
        let source = point
            .source
            .and_then(|i| ds.sources().get(i))
            .map(|src| format!("{}: {}", t.source, shorten(src.name(), 120)));
        let note = point
            .note
            .as_ref()
            .map(|n| shorten(n.get(lang), 300).into_owned());
        let text = [note, source]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(". ");
        if text.is_empty() {
            return None;
        }
        Some(match series.len() {
            1 => text,
            _ => format!("{}: {text}", shorten(s.label().get(lang), 80)),
        })
    };
    let remarks: Vec<String> = years
        .iter()
        .map(|&y| {
            series
                .iter()
                .filter_map(|s| remark(s, y))
                .collect::<Vec<_>>()
                .join("; ")
        })
        .collect();
    let with_notes = remarks.iter().any(|r| !r.is_empty());
    let columns = std::iter::once(column(t.year, ""))
        .chain(series.iter().map(|s| Column {
            label: shorten(s.label().get(lang), 120).into_owned(),
            unit: Some(format!(" ({})", shorten(s.unit().get(lang), 60))),
            class: "",
        }))
        .chain(with_notes.then(|| column(t.notes, "")))
        .collect();
    let rows = years
        .iter()
        .zip(remarks)
        .map(|(year, remark)| {
            let mut cells: Vec<Cell> = series
                .iter()
                .map(|s| match s.value_in(*year) {
                    Some(v) => Cell::new(fmt.number(v), "num"),
                    None => Cell::new(t.not_reported, "num missing"),
                })
                .collect();
            if with_notes {
                cells.push(Cell::new(remark, ""));
            }
            Row::plain(year.to_string(), cells)
        })
        .collect();
    Table {
        caption: format!("{}{caption_years}", shorten(ds.title().get(lang), 200)),
        columns,
        groups: vec![RowGroup {
            heading: None,
            rows,
        }],
    }
}

/// Every area with each program's status, one row group per group.
pub fn areas(ds: &Dataset, group: Option<&str>, lang: Lang) -> Option<Table> {
    let t = strings(lang);
    let areas = ds.areas()?;
    let level = shorten(areas.level().get(lang), 60);
    let programs: Vec<&str> = ds.programs().iter().map(|p| p.label().get(lang)).collect();
    let columns = [column(level.as_ref(), ""), column(t.code, "code")]
        .into_iter()
        .chain(
            programs
                .iter()
                .map(|p| column(shorten(p, 120).into_owned(), "")),
        )
        .collect();
    let groups = areas
        .groups()
        .into_iter()
        .filter(|g| group.is_none_or(|x| x == *g))
        .map(|g| RowGroup {
            // Headed by its name, so narrow screens keep the status in view.
            heading: Some(format!(
                "{} {}",
                shorten(areas.group_level().get(lang), 40),
                shorten(g, 80)
            )),
            rows: areas
                .items()
                .iter()
                .enumerate()
                .filter(|(_, a)| a.group() == g)
                .map(|(i, a)| {
                    let cells = std::iter::once(Cell::new(a.code().unwrap_or(""), "code"))
                        .chain(ds.programs().iter().map(|p| {
                            let status = p.status().get(i).copied().unwrap_or(Status::None);
                            Cell::new(
                                status_text(status, lang),
                                format!("status {}", status.key()),
                            )
                        }))
                        .collect();
                    Row::plain(shorten(a.name(), 80).into_owned(), cells)
                })
                .collect(),
        })
        .collect();
    Some(Table {
        caption: format!("{level} — {}", shorten(&programs.join(", "), 200)),
        columns,
        groups,
    })
}

/// The numbers of the coverage step chart: areas with the program by
/// year, formed and with the planned, against the total.
pub fn cumulative(
    ds: &Dataset,
    program: usize,
    group: Option<&str>,
    lang: Lang,
    fmt: &dyn NumberFormat,
) -> Option<Table> {
    let t = strings(lang);
    let (areas, prog) = (ds.areas()?, ds.programs().get(program)?);
    let include = areas.member_of(group);
    let total = (0..areas.items().len()).filter(|&i| include(i)).count();
    let rows = cumulative_from_zero(prog, include)
        .into_iter()
        .map(|(year, formed, with_planned)| {
            let cells = [formed, with_planned, total]
                .into_iter()
                .map(|n| Cell::new(fmt.number(n as f64), "num"))
                .collect();
            Row::plain(year.to_string(), cells)
        })
        .collect();
    Some(Table {
        caption: format!("{}: {}", t.cumulative, shorten(prog.label().get(lang), 120)),
        columns: vec![
            column(t.year, ""),
            column(t.formed, "num"),
            column(format!("{} + {}", t.formed, t.planned), "num"),
            column(t.total, "num"),
        ],
        groups: vec![RowGroup {
            heading: None,
            rows,
        }],
    })
}

/// The events drawn on the trend, when there are any.
pub fn events(ds: &Dataset, lang: Lang) -> Option<Table> {
    let t = strings(lang);
    if ds.events().is_empty() {
        return None;
    }
    let rows = ds
        .events()
        .iter()
        .map(|e| {
            let date = e.date().map(|d| long_date(d, lang)).unwrap_or_default();
            let label = shorten(e.label().get(lang), 300).into_owned();
            Row::plain(
                e.year().to_string(),
                vec![Cell::new(date, ""), Cell::new(label, "")],
            )
        })
        .collect();
    Some(Table {
        caption: t.events.to_owned(),
        columns: vec![column(t.year, ""), column(t.date, ""), column(t.event, "")],
        groups: vec![RowGroup {
            heading: None,
            rows,
        }],
    })
}

/// Every source with its title, address and date.
pub fn sources(ds: &Dataset, lang: Lang) -> Table {
    let t = strings(lang);
    let rows = ds
        .sources()
        .iter()
        .map(|s| Row {
            heading: shorten(s.name(), 160).into_owned(),
            detail: s
                .title()
                .map(|title| shorten(title.get(lang), 300).into_owned()),
            link: s.url().map(str::to_owned),
            cells: vec![Cell::new(
                s.date().map(|d| long_date(d, lang)).unwrap_or_default(),
                "",
            )],
        })
        .collect();
    Table {
        caption: t.source.to_owned(),
        columns: vec![column(t.source, ""), column(t.date, "")],
        groups: vec![RowGroup {
            heading: None,
            rows,
        }],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::format::PlainFormat;
    use crate::core::testing::default_dataset;

    #[test]
    fn the_trend_table_writes_missing_years_out() {
        let ds = default_dataset();
        let fmt = PlainFormat(Lang::En);
        let range = crate::core::stats::year_range(&ds, None, None).unwrap();
        let table = trend(&ds, &[0], range, Lang::En, &fmt);
        let rows = &table.groups[0].rows;
        let years: Vec<&str> = rows.iter().map(|r| r.heading.as_str()).collect();
        assert_eq!(years, ["2015", "2016", "2017"]);
        assert_eq!(rows[1].cells[0].text, "150");
        assert!(table.caption.ends_with("(2015–2017)"), "{}", table.caption);
    }

    #[test]
    fn the_areas_table_groups_every_kelurahan_by_kecamatan() {
        let ds = default_dataset();
        let table = areas(&ds, None, Lang::Id).unwrap();
        assert_eq!(table.groups.len(), 4);
        let rows: usize = table.groups.iter().map(|g| g.rows.len()).sum();
        assert_eq!(rows, 18);
        let only = areas(&ds, Some("Bukit Bestari"), Lang::Id).unwrap();
        assert_eq!(only.groups.len(), 1);
        assert_eq!(
            only.groups[0].heading.as_deref(),
            Some("Kecamatan Bukit Bestari")
        );
        let sei_jang = only.groups[0]
            .rows
            .iter()
            .find(|r| r.heading == "Sei Jang")
            .unwrap();
        assert_eq!(sei_jang.cells[1].text, "terbentuk 2017");
        assert_eq!(sei_jang.cells[1].class, "status formed");
    }

    #[test]
    fn the_cumulative_table_counts_against_the_total() {
        let ds = default_dataset();
        let fmt = PlainFormat(Lang::En);
        let table = cumulative(&ds, 0, None, Lang::En, &fmt).unwrap();
        let last = table.groups[0].rows.last().unwrap();
        let cells: Vec<&str> = last.cells.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(cells, ["5", "9", "18"]);
    }
}
