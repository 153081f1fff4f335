use super::*;
use crate::core::validate::parse;

const DEFAULT: &str = include_str!("../../../static/data/tanjungpinang.json");

/// Every message for publishers of `text`, in `lang`.
fn explained(text: &str, lang: Lang) -> Vec<String> {
    parse(text)
        .expect_err("invalid")
        .iter()
        .map(|e| e.explain(lang))
        .collect()
}

fn one(text: &str, lang: Lang) -> String {
    let all = explained(text, lang);
    assert_eq!(all.len(), 1, "{all:?}");
    all.into_iter().next().unwrap_or_default()
}

#[test]
fn an_invalid_value_names_the_series_and_the_year_counting_from_one() {
    let text = DEFAULT.replacen("\"value\": 87", "\"value\": -3", 1);
    assert_eq!(
        one(&text, Lang::En),
        "Series 1 \u{201c}Cases reported to P2TP2A\u{201d}, year 2017: must be a number >= 0 or null, got -3\nseries[0].points[2].value"
    );
    assert!(one(&text, Lang::Id).starts_with(
        "Seri 1 \u{201c}Kasus dilaporkan ke P2TP2A\u{201d}, tahun 2017: harus berupa"
    ));
}

#[test]
fn an_area_typo_gets_the_closest_id_and_the_list() {
    let text = DEFAULT.replacen("\"area\": \"sei-jang\"", "\"area\": \"sungai-jang\"", 1);
    let en = one(&text, Lang::En);
    assert!(
        en.starts_with("Program 1 \u{201c}PATBM team\u{201d}, coverage entry"),
        "{en}"
    );
    assert!(
        en.contains("\"sungai-jang\" is not an area id; did you mean \u{201c}sei-jang\u{201d}?"),
        "{en}"
    );
    assert!(en.contains("Valid: "), "{en}");
    assert!(one(&text, Lang::Id).contains("maksudnya \u{201c}sei-jang\u{201d}?"));
}

#[test]
fn a_status_typed_as_the_interface_shows_it_gets_the_code() {
    let text = DEFAULT.replacen("\"status\": \"formed\"", "\"status\": \"terbentuk\"", 1);
    assert!(
        one(&text, Lang::En).contains("got \"terbentuk\"; did you mean \u{201c}formed\u{201d}?")
    );
    assert!(one(&text, Lang::Id).contains("bukan \"terbentuk\"; maksudnya \u{201c}formed\u{201d}?"));
    let typo = DEFAULT.replacen("\"status\": \"planned\"", "\"status\": \"planed\"", 1);
    assert!(one(&typo, Lang::En).contains("did you mean \u{201c}planned\u{201d}?"));
}

fn syntax(text: &str, lang: Lang) -> String {
    one(text, lang)
}

#[test]
fn a_trailing_comma_is_an_extra_comma_on_its_own_line() {
    let text = DEFAULT.replacen("\"value\": 87\n", "\"value\": 87,\n", 1);
    let line = text[..text.find("87,").unwrap()].matches('\n').count() + 1;
    let en = syntax(&text, Lang::En);
    assert!(
        en.starts_with(&format!("JSON syntax error at line {line}, column")),
        "{en}"
    );
    assert!(
        en.ends_with("an extra comma before a closing bracket: remove it"),
        "{en}"
    );
    assert!(syntax(&text, Lang::Id).contains("koma berlebih"));
    assert!(!syntax(&text, Lang::Id).contains("trailing comma"));
}

#[test]
fn a_decimal_comma_is_named() {
    let text = DEFAULT.replacen("\"value\": 87", "\"value\": 87,5", 1);
    assert!(syntax(&text, Lang::En)
        .contains("a decimal comma: write numbers with a point, 87.5 and not 87,5"));
    assert!(syntax(&text, Lang::Id).contains("koma desimal"));
}

#[test]
fn curly_quotes_are_named() {
    let text = DEFAULT.replacen("\"value\": 87", "\u{201c}value\u{201d}: 87", 1);
    assert!(syntax(&text, Lang::En).contains("curly quotation marks"));
    assert!(syntax(&text, Lang::Id).contains("tanda kutip miring"));
}

#[test]
fn a_file_cut_short_is_named() {
    let text = &DEFAULT[..DEFAULT.len() / 2];
    assert!(syntax(text, Lang::En).contains("the file ends too early"));
    assert!(syntax(text, Lang::Id).contains("berkas berakhir terlalu cepat"));
}

#[test]
fn a_missing_comma_is_named() {
    let text = DEFAULT.replacen("\"value\": 87", "\"value\": 87 \"x\": 1", 1);
    assert!(syntax(&text, Lang::En).contains("a comma or a quotation mark is missing"));
    assert!(syntax(&text, Lang::Id).contains("koma atau tanda kutip yang hilang"));
}

#[test]
fn a_mistyped_source_id_gets_the_closest() {
    let text = DEFAULT.replacen(
        "\"source\": \"humas-2018-08-13\"",
        "\"source\": \"humas-2018-08-31\"",
        1,
    );
    let en = one(&text, Lang::En);
    assert!(en.starts_with("Series 1"), "{en}");
    assert!(
        en.contains("did you mean \u{201c}humas-2018-08-13\u{201d}?"),
        "{en}"
    );
}

#[test]
fn a_doubled_comma_is_named_where_it_stands() {
    let text = DEFAULT.replacen("\"value\": 87", "\"value\": 87,,", 1);
    let en = syntax(&text, Lang::En);
    assert!(
        en.ends_with("two commas in a row: remove one of them"),
        "{en}"
    );
    let line = text[..text.find("87,,").unwrap_or_default()]
        .matches('\n')
        .count()
        + 1;
    let column = text
        .lines()
        .nth(line - 1)
        .and_then(|l| l.find(",,"))
        .unwrap_or_default()
        + 2;
    assert!(
        en.starts_with(&format!(
            "JSON syntax error at line {line}, column {column}:"
        )),
        "{en}"
    );
    assert!(syntax(&text, Lang::Id).contains("dua koma berturut-turut"));
    let in_a_list = r#"{"format": "pantau/1", "notes": [1, , 2]}"#;
    assert!(syntax(in_a_list, Lang::En).ends_with("two commas in a row: remove one of them"));
}

#[test]
fn columns_count_characters_as_an_editor_does() {
    let text = "{\n  \"title\": \"Kekerasan \u{2014} perempuan \u{e9}\", bad\n}";
    let line = text.lines().nth(1).unwrap_or_default();
    let column = line[..line.find("bad").unwrap_or_default()].chars().count() + 1;
    assert_ne!(
        column,
        line.find("bad").unwrap_or_default() + 1,
        "the line has multibyte characters"
    );
    let en = syntax(text, Lang::En);
    assert!(
        en.starts_with(&format!("JSON syntax error at line 2, column {column}:")),
        "{en}"
    );
    // An empty file: the first column, not a column 0 no editor has.
    assert!(syntax("", Lang::En).starts_with("JSON syntax error at line 1, column 1:"));
}

#[test]
fn a_file_that_is_not_json_says_so_in_both_languages() {
    for text in [
        "not json at all",
        "  <!doctype html><html></html>",
        "tahun;nilai\n2015;75\n",
    ] {
        let en = syntax(text, Lang::En);
        assert!(en.contains("this is not a JSON file"), "{text}: {en}");
        let id = syntax(text, Lang::Id);
        assert!(id.contains("ini bukan berkas JSON"), "{text}: {id}");
        assert!(
            !id.contains("expected"),
            "{text}: the parser's English stays out: {id}"
        );
    }
    // Where the file's first character is, as an editor counts.
    assert!(syntax("\n\n  nope", Lang::En).starts_with("JSON syntax error at line 3, column 3:"));
}

#[test]
fn each_of_the_parser_s_other_causes_is_named_in_the_page_s_language() {
    let cases = [
        (
            DEFAULT.replacen("\"value\": 87", "\"value\": eighty", 1),
            "text without quotation marks",
            "teks tanpa tanda kutip",
        ),
        (
            DEFAULT.replacen("\"value\": 87", "\"value\": True", 1),
            "text without quotation marks",
            "teks tanpa tanda kutip",
        ),
        (
            format!("{DEFAULT}\n}}"),
            "one closing brace } or bracket ] too many",
            "data sudah berakhir sebelum titik ini",
        ),
        (
            DEFAULT.replacen("\"value\": 87", "\"value\": 87.", 1),
            "a number JSON cannot read",
            "angka yang tidak dapat dibaca JSON",
        ),
        (
            DEFAULT.replacen("\"value\": 87", "\"value\": -", 1),
            "a number JSON cannot read",
            "angka yang tidak dapat dibaca JSON",
        ),
        (
            DEFAULT.replacen("Kota Tanjungpinang", "Kota\tTanjungpinang", 1),
            "a line break or a tab inside a text",
            "baris baru atau tab di dalam teks",
        ),
        // The usual cause: a text's closing quotation mark left out, so
        // the text runs on to the end of its line.
        (
            DEFAULT.replacen("\"Kota Tanjungpinang\"", "\"Kota Tanjungpinang", 1),
            "closing quotation mark",
            "tanda kutip penutup",
        ),
        (
            DEFAULT.replacen("Kota Tanjungpinang", "Kota\\Tanjungpinang", 1),
            "a backslash",
            "garis miring terbalik",
        ),
    ];
    for (text, en, id) in &cases {
        assert_ne!(text, DEFAULT, "the case changes the file");
        let (got_en, got_id) = (syntax(text, Lang::En), syntax(text, Lang::Id));
        assert!(got_en.contains(en), "{got_en}");
        assert!(got_id.contains(id), "{got_id}");
        assert!(!got_id.contains("pengurai"), "{got_id}");
    }
}
