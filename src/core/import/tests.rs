use super::*;
use crate::core::text::Lang;

const META: &str = r#"{"id": "t", "title": "T", "place": {"name": "P"}, "published": "2020-01-01",
    "sources": [{"id": "s", "name": "S"}], "series": [{"id": "a", "label": "A", "unit": "u", "source": "s"}],
    "areas": {"level": "L", "group_level": "G"}, "programs": [{"id": "p", "label": "P", "source": "s"}]}"#;

fn run(series: &str, areas: &str) -> Result<Value, Vec<InputError>> {
    from_csv(
        &Input {
            name: "meta.json",
            text: META,
        },
        Some(&Input {
            name: "s.csv",
            text: series,
        }),
        Some(&Input {
            name: "a.csv",
            text: areas,
        }),
    )
}

#[test]
fn builds_points_items_and_coverage() {
    let doc = run(
        "# comment\nseries,year,value\na,2015,75\na,2016,\nb,2017,3,,\n",
        "area,group,status,year\nx,G1,formed,2017\ny,G2,,\n",
    )
    .err()
    .map(|e| e.iter().map(ToString::to_string).collect::<Vec<_>>());
    assert_eq!(doc, Some(vec!["s.csv:5:1: series \"b\" is not in the metadata file and this row has no unit column to describe it".to_string()]));
    let doc = run(
        "series,year,value\na,2015,75\na,2016,\n",
        "area,group,status,year\nx,G1,formed,2017\ny,G2,,\n",
    )
    .unwrap();
    assert_eq!(
        doc["series"][0]["points"],
        json!([{"year": 2015, "value": 75.0}, {"year": 2016, "value": null}])
    );
    assert_eq!(doc["areas"]["items"].as_array().unwrap().len(), 2);
    assert_eq!(
        doc["programs"][0]["coverage"],
        json!([{"area": "x", "status": "formed", "year": 2017}])
    );
    assert!(crate::core::validate::parse(&doc.to_string()).is_ok());
}

#[test]
fn errors_name_file_line_and_column() {
    let errors = run(
        "series,year,value\na,20x5,1\na,2016,-4\na,2016,5\n",
        "area,group,status,year\nx,G1,done,\n,G1,,\n",
    )
    .unwrap_err();
    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        vec![
            "s.csv:2:2: the year must be a whole number, got \"20x5\"",
            "s.csv:3:3: the value must be a number >= 0, or empty for not reported, got \"-4\"",
            "a.csv:2:3: the status must be formed, planned, none or empty, got \"done\"; did you mean \"none\"?",
            "a.csv:3:1: the area id is empty",
        ]
    );
}

#[test]
fn missing_columns_and_bad_metadata_are_reported() {
    let errors = run("series,value\n", "area\n").unwrap_err();
    assert_eq!(
        errors[0].to_string(),
        "s.csv:1: the header row needs the column year"
    );
    assert_eq!(
        errors[1].to_string(),
        "a.csv:1: the header row needs the column group"
    );
    let bad = from_csv(
        &Input {
            name: "m.json",
            text: "{\n  \"id\": }",
        },
        None,
        None,
    )
    .unwrap_err();
    assert!(
        bad[0]
            .to_string()
            .starts_with("m.json:2:9: JSON syntax error at line 2, column 9:"),
        "{}",
        bad[0]
    );
    // The metadata's syntax errors get the dataset's hints, at the column
    // an editor shows (the dash is one character, three bytes).
    let comma = from_csv(
        &Input {
            name: "m.json",
            text: "{\n  \"title\": \"A \u{2014} B\",\n}",
        },
        None,
        None,
    )
    .unwrap_err();
    assert_eq!(
        comma[0].to_string(),
        "m.json:2:19: JSON syntax error at line 2, column 19: an extra comma before a closing bracket: remove it"
    );
    assert!(
        comma[0].pesan.contains("koma berlebih"),
        "{}",
        comma[0].pesan
    );
}

#[test]
fn problems_are_said_in_indonesian_for_the_publisher_page() {
    let errors = run(
        "series,year,value\na,2016,\"87,5\"\n",
        "area,group,status,year\nx,G1,terbentuk,2017\n",
    )
    .unwrap_err();
    let id: Vec<String> = errors.iter().map(|e| e.in_lang(Lang::Id)).collect();
    assert_eq!(
        id,
        [
            "s.csv:2:3: nilai harus angka >= 0, atau kosong bila tidak dilaporkan, bukan \"87,5\" (tulis desimal dengan titik: 87.5, bukan 87,5)",
            "a.csv:2:3: status harus formed, planned, none atau kosong, bukan \"terbentuk\"; maksudnya \"formed\"?",
        ]
    );
    assert_eq!(errors[0].in_lang(Lang::En), errors[0].to_string());
}
