//! Dated copies of a published dataset. `pantau bake` keeps one beside the
//! live file (`data/x.json` → `data/x.2026-11-30.json`), named after the
//! dataset's `updated` date (else `published`), so a link can pin its
//! numbers: a citation in an old article keeps showing what it cited after
//! the city revises the live file.

use super::credits::long_date;
use super::model::{Dataset, Date};
use super::text::Lang;

/// The date a dataset's copy is named after.
pub fn version_date(ds: &Dataset) -> Date {
    ds.updated().unwrap_or(ds.published())
}

/// The dated copy's address beside `live` (relative or absolute, ending
/// in `.json`): `data/x.json` → `data/x.2026-11-30.json`; `tag` tells two
/// different files of one date apart (`data/x.2026-11-30-1a2b3c4d.json`).
///
/// ```
/// use pantau::core::model::Date;
/// use pantau::core::versions::dated_href;
/// let date = Date::parse("2026-11-30").unwrap();
/// assert_eq!(dated_href("data/x.json", date, None), "data/x.2026-11-30.json");
/// assert_eq!(dated_href("x", date, Some("1a2b")), "x.2026-11-30-1a2b.json");
/// ```
pub fn dated_href(live: &str, date: Date, tag: Option<&str>) -> String {
    let stem = live.strip_suffix(".json").unwrap_or(live);
    match tag {
        Some(tag) => format!("{stem}.{date}-{tag}.json"),
        None => format!("{stem}.{date}.json"),
    }
}

/// The date of the dated copy of `live` that `href` names; `None` when it
/// names no copy of it (the live file itself, another dataset).
///
/// ```
/// use pantau::core::versions::pinned_date;
/// let live = "https://city.example/w/data/x.json";
/// let date = pinned_date(live, "https://city.example/w/data/x.2026-11-30.json");
/// assert_eq!(date.map(|d| d.to_string()).as_deref(), Some("2026-11-30"));
/// assert_eq!(pinned_date(live, live), None);
/// ```
pub fn pinned_date(live: &str, href: &str) -> Option<Date> {
    let stem = live.strip_suffix(".json")?;
    let rest = href.strip_prefix(stem)?.strip_prefix('.')?;
    let name = rest.strip_suffix(".json")?;
    let (date, tag) = name.split_at_checked(10)?;
    let tagged = tag.is_empty()
        || tag
            .strip_prefix('-')
            .is_some_and(|t| !t.is_empty() && t.bytes().all(|b| b.is_ascii_hexdigit()));
    if tagged {
        Date::parse(date)
    } else {
        None
    }
}

/// The label of the choice that pins a copied link to the copy of `date`.
pub fn pin_label(date: Date, lang: Lang) -> String {
    let date = long_date(date, lang);
    match lang {
        Lang::En => format!("Link to these numbers as published on {date}"),
        Lang::Id => format!("Tautkan ke angka ini seperti terbit {date}"),
    }
}

/// What a pinned link says once a newer version has replaced its copy.
pub fn replaced_line(date: Date, lang: Lang) -> String {
    let date = long_date(date, lang);
    match lang {
        Lang::En => format!("This link shows the numbers as published on {date}. They have been updated since."),
        Lang::Id => format!("Tautan ini menampilkan angka seperti terbit {date}. Angkanya sudah diperbarui sejak itu."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_is_recognised_by_its_live_file_and_date() {
        let live = "data/tanjungpinang.json";
        let date = |d| Date::parse(d);
        assert_eq!(
            pinned_date(live, "data/tanjungpinang.2026-11-30.json"),
            date("2026-11-30")
        );
        assert_eq!(
            pinned_date(live, "data/tanjungpinang.2026-11-30-0a1b2c3d.json"),
            date("2026-11-30")
        );
        for other in [
            "data/tanjungpinang.json",
            "data/other.2026-11-30.json",
            "data/tanjungpinang.2026-13-30.json",
            "data/tanjungpinang.latest.json",
            "data/tanjungpinang.2026-11-30-zz.json",
            "data/tanjungpinang.2026-11-30.csv",
        ] {
            assert_eq!(pinned_date(live, other), None, "{other}");
        }
    }

    #[test]
    fn names_round_trip() {
        let date = Date::parse("2018-08-13").expect("a date");
        for tag in [None, Some("deadbeef")] {
            let href = dated_href("https://h/data/x.json", date, tag);
            assert_eq!(pinned_date("https://h/data/x.json", &href), Some(date));
        }
    }
}
