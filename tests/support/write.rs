//! Test support: writes a dataset back as `pantau/1` JSON, so the
//! property tests can check that model → JSON → model is the identity and
//! that CSV exports convert back to the same numbers.

use pantau::core::model::{Dataset, Status};
use pantau::core::text::Text;
use serde_json::{json, Map, Value};

fn text(t: &Text) -> Value {
    if t.is_plain() {
        json!(t.get_tag(""))
    } else {
        Value::Object(
            t.entries()
                .iter()
                .map(|(tag, s)| (tag.clone(), json!(s)))
                .collect(),
        )
    }
}

fn put(map: &mut Map<String, Value>, key: &str, value: Option<Value>) {
    if let Some(v) = value {
        map.insert(key.to_owned(), v);
    }
}

/// The dataset as a JSON document.
pub fn to_json(ds: &Dataset) -> Value {
    let source_id = |i: usize| {
        ds.sources()
            .get(i)
            .map(|s| s.id().to_owned())
            .unwrap_or_default()
    };
    let mut doc = Map::new();
    doc.insert("format".into(), json!("pantau/1"));
    doc.insert("id".into(), json!(ds.id()));
    doc.insert("title".into(), text(ds.title()));
    put(&mut doc, "description", ds.description().map(text));
    let mut place = Map::new();
    place.insert("name".into(), json!(ds.place().name()));
    put(
        &mut place,
        "province",
        ds.place().province().map(|p| json!(p)),
    );
    put(
        &mut place,
        "country",
        ds.place().country().map(|c| json!(c)),
    );
    doc.insert("place".into(), Value::Object(place));
    doc.insert("published".into(), json!(ds.published().to_string()));
    put(
        &mut doc,
        "updated",
        ds.updated().map(|d| json!(d.to_string())),
    );
    put(&mut doc, "license", ds.license().map(|l| json!(l)));
    let sources: Vec<Value> = ds
        .sources()
        .iter()
        .map(|s| {
            let mut m = Map::new();
            m.insert("id".into(), json!(s.id()));
            m.insert("name".into(), json!(s.name()));
            put(&mut m, "title", s.title().map(text));
            put(&mut m, "date", s.date().map(|d| json!(d.to_string())));
            put(&mut m, "url", s.url().map(|u| json!(u)));
            Value::Object(m)
        })
        .collect();
    doc.insert("sources".into(), Value::Array(sources));
    let series: Vec<Value> = ds
        .series()
        .iter()
        .map(|s| {
            let mut m = Map::new();
            m.insert("id".into(), json!(s.id()));
            m.insert("label".into(), text(s.label()));
            m.insert("unit".into(), text(s.unit()));
            m.insert("source".into(), json!(source_id(s.source())));
            put(&mut m, "definition", s.definition().map(text));
            let points: Vec<Value> = s
                .points()
                .iter()
                .map(|p| {
                    let mut point = Map::new();
                    point.insert("year".into(), json!(p.year.get()));
                    point.insert("value".into(), json!(p.value));
                    put(&mut point, "source", p.source.map(|i| json!(source_id(i))));
                    put(&mut point, "note", p.note.as_ref().map(text));
                    Value::Object(point)
                })
                .collect();
            m.insert("points".into(), Value::Array(points));
            Value::Object(m)
        })
        .collect();
    doc.insert("series".into(), Value::Array(series));
    if let Some(areas) = ds.areas() {
        let items: Vec<Value> = areas
            .items()
            .iter()
            .map(|a| {
                let mut m = Map::new();
                m.insert("id".into(), json!(a.id()));
                m.insert("name".into(), json!(a.name()));
                m.insert("group".into(), json!(a.group()));
                put(&mut m, "code", a.code().map(|c| json!(c)));
                if let Some(c) = a.centroid() {
                    m.insert("lat".into(), json!(c.lat));
                    m.insert("lon".into(), json!(c.lon));
                }
                put(&mut m, "boundary_id", a.boundary_id().map(|b| json!(b)));
                Value::Object(m)
            })
            .collect();
        let mut m = Map::new();
        m.insert("level".into(), text(areas.level()));
        m.insert("group_level".into(), text(areas.group_level()));
        m.insert("items".into(), Value::Array(items));
        put(
            &mut m,
            "boundaries",
            areas
                .boundaries()
                .map(|b| json!({ "url": b.url(), "key": b.key() })),
        );
        doc.insert("areas".into(), Value::Object(m));
        let programs: Vec<Value> = ds
            .programs()
            .iter()
            .map(|p| {
                let coverage: Vec<Value> = p
                    .status()
                    .iter()
                    .zip(areas.items())
                    .filter_map(|(status, area)| match status {
                        Status::Formed(y) => {
                            Some(json!({ "area": area.id(), "status": "formed", "year": y.get() }))
                        }
                        Status::Planned(y) => {
                            Some(json!({ "area": area.id(), "status": "planned", "year": y.get() }))
                        }
                        Status::None => None,
                    })
                    .collect();
                let mut m = Map::new();
                m.insert("id".into(), json!(p.id()));
                m.insert("label".into(), text(p.label()));
                m.insert("source".into(), json!(source_id(p.source())));
                put(&mut m, "definition", p.definition().map(text));
                m.insert("coverage".into(), Value::Array(coverage));
                Value::Object(m)
            })
            .collect();
        doc.insert("programs".into(), Value::Array(programs));
    }
    let events: Vec<Value> = ds
        .events()
        .iter()
        .map(|e| {
            let mut m = Map::new();
            m.insert("year".into(), json!(e.year().get()));
            put(&mut m, "date", e.date().map(|d| json!(d.to_string())));
            m.insert("label".into(), text(e.label()));
            put(&mut m, "source", e.source().map(|s| json!(source_id(s))));
            Value::Object(m)
        })
        .collect();
    doc.insert("events".into(), Value::Array(events));
    doc.insert(
        "notes".into(),
        Value::Array(ds.notes().iter().map(text).collect()),
    );
    Value::Object(doc)
}
