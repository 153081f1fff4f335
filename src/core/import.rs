//! Building a `pantau/1` dataset from the CSV files a spreadsheet exports:
//! series (`series,year,value`), areas with their coverage
//! (`area,group,code,status,year`, optionally `name,lat,lon,program,
//! boundary_id`), and a small JSON metadata file for
//! everything else (title, place, sources, labels). `pantau from-csv` and
//! the publisher page both use it.

use crate::core::explain;
use crate::core::text::Lang;
use serde_json::{json, Map, Value};
use std::collections::HashMap;

mod table;

use table::{cell, read_table, Table};
pub use table::{Input, InputError};

/// Builds the dataset's JSON from the metadata and the CSV files, or every
/// problem found with its file, line and column. The result still has to
/// pass validation (the caller runs it), which checks everything else.
pub fn from_csv(
    meta: &Input<'_>,
    series: Option<&Input<'_>>,
    areas: Option<&Input<'_>>,
) -> Result<Value, Vec<InputError>> {
    let mut errors = Vec::new();
    let mut doc: Map<String, Value> = match serde_json::from_str::<Value>(
        meta.text.strip_prefix('\u{feff}').unwrap_or(meta.text),
    ) {
        Ok(Value::Object(map)) => map,
        Ok(_) => {
            return Err(vec![InputError {
                file: meta.name.into(),
                line: Some(1),
                column: Some(1),
                message: "the metadata must be a JSON object".into(),
                pesan: "metadata harus berupa objek JSON".into(),
            }]);
        }
        Err(e) => {
            // Said as a dataset's syntax errors are: where an editor shows
            // it, and what it most likely is.
            let text = meta.text.strip_prefix('\u{feff}').unwrap_or(meta.text);
            let words = explain::parser_words(&e);
            let (reason, line, column) = explain::diagnose(text, &words, e.line(), e.column());
            return Err(vec![InputError {
                file: meta.name.into(),
                line: Some(line as u64),
                column: Some(column),
                message: explain::syntax_sentence(reason, line, column, &words, Lang::En),
                pesan: explain::syntax_sentence(reason, line, column, &words, Lang::Id),
            }]);
        }
    };
    doc.entry("format").or_insert_with(|| json!("pantau/1"));
    let first_source = doc
        .get("sources")
        .and_then(Value::as_array)
        .and_then(|s| s.first())
        .and_then(|s| s.get("id"))
        .cloned()
        .unwrap_or(Value::Null);
    if let Some(input) = series {
        if let Some(table) = read_table(input, &["series", "year", "value"], &mut errors) {
            let described = doc.entry("series").or_insert_with(|| json!([]));
            if !described.is_array() {
                *described = json!([]);
            }
            let list = described
                .as_array_mut()
                .map(std::mem::take)
                .unwrap_or_default();
            let filled = fill_series(&table, list, &first_source, &mut errors);
            doc.insert("series".into(), Value::Array(filled));
        }
    }
    if let Some(input) = areas {
        if let Some(table) = read_table(input, &["area", "group"], &mut errors) {
            fill_areas(&table, &mut doc, &mut errors);
        }
    }
    if errors.is_empty() {
        Ok(Value::Object(doc))
    } else {
        Err(errors)
    }
}

fn fill_series(
    table: &Table<'_>,
    mut described: Vec<Value>,
    first_source: &Value,
    errors: &mut Vec<InputError>,
) -> Vec<Value> {
    let (c_series, c_year, c_value) = (
        table.column("series"),
        table.column("year"),
        table.column("value"),
    );
    let (c_unit, c_label) = (table.column("unit"), table.column("label"));
    let (c_source, c_note) = (table.column("source"), table.column("note"));
    let mut index: HashMap<String, usize> = described
        .iter()
        .enumerate()
        .filter_map(|(i, s)| Some((s.get("id")?.as_str()?.to_owned(), i)))
        .collect();
    let mut seen: HashMap<(String, i64), u64> = HashMap::new();
    for (line, record) in &table.rows {
        let id = cell(record, c_series);
        if id.is_empty() {
            errors.push(table.error(
                Some(*line),
                c_series,
                "the series id is empty",
                "id seri kosong",
            ));
            continue;
        }
        let year_text = cell(record, c_year);
        let Ok(year) = year_text.parse::<i64>() else {
            errors.push(table.error(
                Some(*line),
                c_year,
                format!("the year must be a whole number, got {year_text:?}"),
                format!("tahun harus bilangan bulat, bukan {year_text:?}"),
            ));
            continue;
        };
        let value_text = cell(record, c_value);
        let value = if value_text.is_empty() {
            Value::Null
        } else {
            match value_text.parse::<f64>() {
                Ok(v) if v >= 0.0 && v.is_finite() => json!(v),
                _ => {
                    // A decimal comma is the common slip in an Indonesian sheet.
                    let hint = if value_text.contains(',') {
                        (
                            " (write decimals with a point: 87.5, not 87,5)",
                            " (tulis desimal dengan titik: 87.5, bukan 87,5)",
                        )
                    } else {
                        ("", "")
                    };
                    errors.push(table.error(
                        Some(*line),
                        c_value,
                        format!("the value must be a number >= 0, or empty for not reported, got {value_text:?}{}", hint.0),
                        format!("nilai harus angka >= 0, atau kosong bila tidak dilaporkan, bukan {value_text:?}{}", hint.1),
                    ));
                    continue;
                }
            }
        };
        if let Some(first) = seen.insert((id.to_owned(), year), *line) {
            errors.push(table.error(
                Some(*line),
                c_year,
                format!("series {id:?} already has year {year} on line {first}"),
                format!("seri {id:?} sudah memiliki tahun {year} di baris {first}"),
            ));
            continue;
        }
        let slot = match index.get(id) {
            Some(&i) => i,
            None => {
                let (unit, label) = (cell(record, c_unit), cell(record, c_label));
                if unit.is_empty() {
                    errors.push(table.error(
                        Some(*line),
                        c_series,
                        format!("series {id:?} is not in the metadata file and this row has no unit column to describe it"),
                        format!("seri {id:?} tidak ada di berkas metadata dan baris ini tidak punya kolom unit untuk menjelaskannya"),
                    ));
                    index.insert(id.to_owned(), usize::MAX);
                    continue;
                }
                described.push(json!({
                    "id": id,
                    "label": if label.is_empty() { id } else { label },
                    "unit": unit,
                    "source": first_source,
                }));
                index.insert(id.to_owned(), described.len() - 1);
                described.len() - 1
            }
        };
        let Some(series) = described.get_mut(slot).and_then(Value::as_object_mut) else {
            continue;
        };
        let points = series.entry("points").or_insert_with(|| json!([]));
        if let Some(points) = points.as_array_mut() {
            let mut point = json!({ "year": year, "value": value });
            // A value's own source (an id of the metadata's sources) and
            // note; the validator checks the id.
            for (key, column) in [("source", c_source), ("note", c_note)] {
                if !cell(record, column).is_empty() {
                    point[key] = json!(cell(record, column));
                }
            }
            points.push(point);
        }
    }
    for series in &mut described {
        if let Some(obj) = series.as_object_mut() {
            obj.entry("points").or_insert_with(|| json!([]));
        }
    }
    described
}

fn fill_areas(table: &Table<'_>, doc: &mut Map<String, Value>, errors: &mut Vec<InputError>) {
    let c = |name: &str| table.column(name);
    let (c_area, c_group, c_code, c_status, c_year) =
        (c("area"), c("group"), c("code"), c("status"), c("year"));
    let (c_name, c_lat, c_lon, c_program) = (c("name"), c("lat"), c("lon"), c("program"));
    let c_boundary = c("boundary_id");
    let program_ids: Vec<String> = doc
        .get("programs")
        .and_then(Value::as_array)
        .map(|ps| {
            ps.iter()
                .filter_map(|p| p.get("id")?.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    let mut items: Vec<Value> = Vec::new();
    let mut item_line: HashMap<String, u64> = HashMap::new();
    let mut coverage: HashMap<String, Vec<Value>> = HashMap::new();
    for (line, record) in &table.rows {
        let id = cell(record, c_area);
        let group = cell(record, c_group);
        if id.is_empty() {
            errors.push(table.error(
                Some(*line),
                c_area,
                "the area id is empty",
                "id wilayah kosong",
            ));
            continue;
        }
        if group.is_empty() {
            errors.push(table.error(
                Some(*line),
                c_group,
                format!("area {id:?} has no group"),
                format!("wilayah {id:?} tidak punya kelompok (kecamatan)"),
            ));
            continue;
        }
        if !item_line.contains_key(id) {
            let mut item = json!({ "id": id, "name": if cell(record, c_name).is_empty() { id } else { cell(record, c_name) }, "group": group });
            for (key, column) in [("code", c_code), ("boundary_id", c_boundary)] {
                if !cell(record, column).is_empty() {
                    item[key] = json!(cell(record, column));
                }
            }
            let coordinate = |column: Option<usize>, errors: &mut Vec<InputError>| -> Option<f64> {
                let text = cell(record, column);
                if text.is_empty() {
                    return None;
                }
                let parsed = text.parse::<f64>().ok().filter(|v| v.is_finite());
                if parsed.is_none() {
                    errors.push(table.error(
                        Some(*line),
                        column,
                        format!("expected a number, got {text:?}"),
                        format!("seharusnya angka, bukan {text:?}"),
                    ));
                }
                parsed
            };
            let (lat, lon) = (coordinate(c_lat, errors), coordinate(c_lon, errors));
            if let (Some(lat), Some(lon)) = (lat, lon) {
                item["lat"] = json!(lat);
                item["lon"] = json!(lon);
            }
            items.push(item);
            item_line.insert(id.to_owned(), *line);
        }
        let status = cell(record, c_status);
        // "none" is every area's default: without a program named, there
        // is nothing to record.
        if matches!(status, "" | "none") && cell(record, c_program).is_empty() {
            continue;
        }
        let status = if status.is_empty() { "none" } else { status };
        if !["formed", "planned", "none"].contains(&status) {
            // Said with the status the words most likely mean ("terbentuk"
            // is "formed"), as the validator says it in the dataset.
            let meant = super::explain::status_meant(status);
            let (hint, petunjuk) = meant.map_or((String::new(), String::new()), |m| {
                (
                    format!("; did you mean {m:?}?"),
                    format!("; maksudnya {m:?}?"),
                )
            });
            errors.push(table.error(
                Some(*line),
                c_status,
                format!("the status must be formed, planned, none or empty, got {status:?}{hint}"),
                format!(
                    "status harus formed, planned, none atau kosong, bukan {status:?}{petunjuk}"
                ),
            ));
            continue;
        }
        let program = match cell(record, c_program) {
            "" => match program_ids.first() {
                Some(p) => p.clone(),
                None => {
                    errors.push(table.error(
                        Some(*line),
                        c_status,
                        "a status needs a program, but the metadata file describes none",
                        "status memerlukan program, tetapi berkas metadata tidak menjelaskan satu pun",
                    ));
                    continue;
                }
            },
            p if program_ids.iter().any(|id| id == p) => p.to_owned(),
            p => {
                errors.push(table.error(
                    Some(*line),
                    c_program,
                    format!("program {p:?} is not in the metadata file"),
                    format!("program {p:?} tidak ada di berkas metadata"),
                ));
                continue;
            }
        };
        let mut entry = json!({ "area": id, "status": status });
        if status != "none" {
            let year_text = cell(record, c_year);
            match year_text.parse::<i64>() {
                Ok(y) => entry["year"] = json!(y),
                Err(_) => {
                    errors.push(table.error(
                        Some(*line),
                        c_year,
                        format!(
                            "a {status} status needs its year as a whole number, got {year_text:?}"
                        ),
                        format!("status {status} memerlukan tahunnya sebagai bilangan bulat, bukan {year_text:?}"),
                    ));
                    continue;
                }
            }
        }
        coverage.entry(program).or_default().push(entry);
    }
    let areas = doc.entry("areas").or_insert_with(|| json!({}));
    if !areas.is_object() {
        *areas = json!({});
    }
    if let Some(obj) = areas.as_object_mut() {
        obj.insert("items".into(), Value::Array(items));
    }
    if let Some(programs) = doc.get_mut("programs").and_then(Value::as_array_mut) {
        for program in programs {
            let id = program
                .get("id")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned();
            if let Some(obj) = program.as_object_mut() {
                obj.insert(
                    "coverage".into(),
                    Value::Array(coverage.remove(&id).unwrap_or_default()),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests;
