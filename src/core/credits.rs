//! Attribution lines: where numbers come from and when they were published,
//! shown under every view and inside every exported image.

use super::model::{Dataset, Date};
use super::text::Lang;

const MONTHS_ID: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date written out: "13 Agustus 2018" / "13 August 2018".
///
/// Month names are written here rather than taken from `Intl` because the
/// command-line tool and the SVG export need the same words natively.
pub fn long_date(date: Date, lang: Lang) -> String {
    let months = match lang {
        Lang::Id => &MONTHS_ID,
        Lang::En => &MONTHS_EN,
    };
    let month = months[usize::from(date.month().clamp(1, 12)) - 1];
    format!("{} {} {}", date.day(), month, date.year())
}

/// "Source: Humas Pemko Tanjungpinang, 13 August 2018" for the sources at
/// `indices` (every source when empty), joined by semicolons.
pub fn source_line(ds: &Dataset, indices: &[usize], lang: Lang) -> String {
    let chosen: Vec<usize> = if indices.is_empty() {
        (0..ds.sources().len()).collect()
    } else {
        let mut unique: Vec<usize> = Vec::new();
        for &i in indices {
            if i < ds.sources().len() && !unique.contains(&i) {
                unique.push(i);
            }
        }
        unique
    };
    let parts: Vec<String> = chosen
        .iter()
        .map(|&i| {
            let s = &ds.sources()[i];
            match s.date() {
                Some(d) => format!("{}, {}", s.name(), long_date(d, lang)),
                None => s.name().to_owned(),
            }
        })
        .collect();
    let lead = match (lang, parts.len()) {
        (Lang::En, 1) => "Source",
        (Lang::En, _) => "Sources",
        (Lang::Id, _) => "Sumber",
    };
    format!("{lead}: {}", parts.join("; "))
}

/// "Published 13 August 2018" (and the last update, when given).
pub fn published_line(ds: &Dataset, lang: Lang) -> String {
    let published = long_date(ds.published(), lang);
    match (ds.updated(), lang) {
        (Some(u), Lang::En) => format!(
            "Published {published}; data file updated {}",
            long_date(u, lang)
        ),
        (Some(u), Lang::Id) => format!(
            "Dipublikasikan {published}; berkas data diperbarui {}",
            long_date(u, lang)
        ),
        (None, Lang::En) => format!("Published {published}"),
        (None, Lang::Id) => format!("Dipublikasikan {published}"),
    }
}

/// The licence line, saying so when the dataset names none.
pub fn license_line(ds: &Dataset, lang: Lang) -> String {
    match (ds.license(), lang) {
        (Some(l), Lang::En) => format!("Licence: {l}"),
        (Some(l), Lang::Id) => format!("Lisensi: {l}"),
        (None, Lang::En) => "Licence: not stated by the publisher".into(),
        (None, Lang::Id) => "Lisensi: tidak disebutkan oleh penerbit".into(),
    }
}

/// A suggested citation of the dataset as the page at `url` shows it:
/// publisher (its sources, each once), year, title, compiler, dates, URL.
pub fn citation(ds: &Dataset, lang: Lang, url: &str) -> String {
    let mut publishers: Vec<&str> = Vec::new();
    for source in ds.sources() {
        if !publishers.contains(&source.name()) {
            publishers.push(source.name());
        }
    }
    let mut out = format!(
        "{} ({}). {}.",
        publishers.join("; "),
        ds.published().year(),
        ds.title().get(lang).trim_end_matches('.')
    );
    if let Some(compiler) = ds.compiled_by() {
        let compiler = compiler.get(lang).trim_end_matches('.');
        out.push_str(&match lang {
            Lang::En => format!(" Compiled by {compiler}."),
            Lang::Id => format!(" Disusun oleh {compiler}."),
        });
    }
    let published = long_date(ds.published(), lang);
    out.push_str(&match (ds.updated(), lang) {
        (Some(u), Lang::En) => format!(" Published {published}, updated {}.", long_date(u, lang)),
        (Some(u), Lang::Id) => format!(" Terbit {published}, diperbarui {}.", long_date(u, lang)),
        (None, Lang::En) => format!(" Published {published}."),
        (None, Lang::Id) => format!(" Terbit {published}."),
    });
    if !url.is_empty() {
        out.push(' ');
        out.push_str(url);
    }
    out
}

/// The page of a licence the dataset names by its SPDX id (`CC-BY-4.0`);
/// `None` for anything that is not an id.
pub fn license_url(id: &str) -> Option<String> {
    let is_id = !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'+'));
    is_id.then(|| format!("https://spdx.org/licenses/{id}.html"))
}

/// Whom the map's boundaries are from and under which licence, as that
/// licence asks; `None` when the dataset draws no boundaries or names
/// neither.
pub fn boundaries_line(ds: &Dataset, lang: Lang) -> Option<String> {
    let b = ds.areas()?.boundaries()?;
    let who = b.attribution().map(|a| a.get(lang));
    match (who, b.license(), lang) {
        (Some(who), Some(l), Lang::En) => Some(format!("Boundaries: {who} (licence {l})")),
        (Some(who), Some(l), Lang::Id) => Some(format!("Batas wilayah: {who} (lisensi {l})")),
        (Some(who), None, Lang::En) => Some(format!("Boundaries: {who}")),
        (Some(who), None, Lang::Id) => Some(format!("Batas wilayah: {who}")),
        (None, Some(l), Lang::En) => Some(format!("Boundaries: licence {l}")),
        (None, Some(l), Lang::Id) => Some(format!("Batas wilayah: lisensi {l}")),
        (None, None, _) => None,
    }
}

/// What the map's symbols mean, for images shared on their own.
pub fn map_legend(lang: Lang) -> String {
    match lang {
        Lang::En => "Key: filled dot = formed, ring with a dot = planned, empty ring = none yet".into(),
        Lang::Id => "Keterangan: titik penuh = terbentuk, cincin bertitik = direncanakan, cincin kosong = belum ada".into(),
    }
}

/// What the coverage chart's lines mean.
pub fn coverage_legend(lang: Lang) -> String {
    match lang {
        Lang::En => "Key: solid line = formed, dashed line = formed or planned, dotted line = all areas".into(),
        Lang::Id => "Keterangan: garis penuh = terbentuk, garis putus-putus = terbentuk atau direncanakan, garis titik-titik = semua wilayah".into(),
    }
}

#[cfg(test)]
mod citation_tests {
    use super::*;
    use crate::core::testing::default_dataset;

    #[test]
    fn the_citation_names_publisher_title_compiler_dates_and_link() {
        let ds = default_dataset();
        assert_eq!(
            citation(&ds, Lang::En, "https://city.example/pantau/?view=coverage&lang=en"),
            "Humas Pemko Tanjungpinang (2018). Violence against women and children in Tanjungpinang. \
             Compiled by the Pantau team, from the Humas Pemko Tanjungpinang press release. \
             Published 13 August 2018, updated 30 November 2026. \
             https://city.example/pantau/?view=coverage&lang=en"
        );
        let id = citation(&ds, Lang::Id, "");
        assert!(id.starts_with("Humas Pemko Tanjungpinang (2018). Kekerasan terhadap perempuan"));
        assert!(id.contains(" Disusun oleh Tim Pantau"));
        assert!(id.ends_with("Terbit 13 Agustus 2018, diperbarui 30 November 2026."));
    }

    #[test]
    fn licences_link_to_their_spdx_page() {
        assert_eq!(
            license_url("CC-BY-4.0").as_deref(),
            Some("https://spdx.org/licenses/CC-BY-4.0.html")
        );
        assert_eq!(license_url("see <a> note"), None);
        assert_eq!(license_url(""), None);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_out_per_language() {
        let d = Date::parse("2018-08-13").unwrap();
        assert_eq!(long_date(d, Lang::Id), "13 Agustus 2018");
        assert_eq!(long_date(d, Lang::En), "13 August 2018");
    }

    #[test]
    fn the_default_source_line_names_the_city_office() {
        let ds = crate::core::validate::parse(include_str!("../../static/data/tanjungpinang.json"))
            .unwrap();
        assert_eq!(
            source_line(&ds, &[0], Lang::En),
            "Source: Humas Pemko Tanjungpinang, 13 August 2018"
        );
        assert_eq!(
            source_line(&ds, &[0, 0, 9], Lang::Id),
            "Sumber: Humas Pemko Tanjungpinang, 13 Agustus 2018"
        );
    }
}
