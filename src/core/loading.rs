//! Why a dataset (or its boundaries) could not be loaded, in words a reader
//! understands: the cause and the URL, in the page's language.

use super::error::DatasetError;
use super::text::Lang;

/// How long the widget waits for a server before giving up, in seconds.
pub const TIMEOUT_SECONDS: u32 = 15;

/// A failed load.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum LoadError {
    /// The server answered with an error status.
    Http { url: String, status: u16 },
    /// No answer: unreachable, refused by CORS, or the connection broke.
    Network { url: String },
    /// The browser is offline.
    Offline { url: String },
    /// No answer within [`TIMEOUT_SECONDS`].
    Timeout { url: String, seconds: u32 },
    /// The server sent a web page (HTML), not a data file.
    NotJson { url: String, content_type: String },
    /// The file is there but not a valid dataset.
    Invalid {
        url: String,
        errors: Vec<DatasetError>,
    },
}

/// The notice over the last good copy of a dataset, shown when the live
/// file could not be used: `published` is the copy's own date.
pub fn stale_notice(lang: Lang, published: &str) -> String {
    match lang {
        Lang::En => format!("The latest data file could not be read; these numbers were published on {published}."),
        Lang::Id => format!("Berkas data terbaru tidak dapat dibaca; angka-angka ini dipublikasikan pada {published}."),
    }
}

impl LoadError {
    /// The URL that failed.
    pub fn url(&self) -> &str {
        match self {
            LoadError::Http { url, .. }
            | LoadError::Network { url }
            | LoadError::Offline { url }
            | LoadError::Timeout { url, .. }
            | LoadError::NotJson { url, .. }
            | LoadError::Invalid { url, .. } => url,
        }
    }

    /// True when trying again may help (the network's fault, not the file's).
    pub fn is_retryable(&self) -> bool {
        !matches!(self, LoadError::Invalid { .. })
    }

    /// One sentence naming the cause and the URL.
    pub fn headline(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        match self {
            LoadError::Http { url, status } => {
                let reason = status_reason(*status, lang);
                if en {
                    format!("The data could not be loaded: the server answered HTTP {status}{reason} for {url}.")
                } else {
                    format!("Data tidak dapat dimuat: server menjawab HTTP {status}{reason} untuk {url}.")
                }
            }
            LoadError::Network { url } => {
                if en {
                    format!("The data could not be loaded from {url}: the server could not be reached, the connection broke, or the server does not allow this page to read the file (CORS).")
                } else {
                    format!("Data tidak dapat dimuat dari {url}: server tidak terjangkau, sambungan terputus, atau server tidak mengizinkan halaman ini membaca berkas (CORS).")
                }
            }
            LoadError::Offline { url } => {
                if en {
                    format!("You appear to be offline, so the data could not be loaded from {url}.")
                } else {
                    format!("Perangkat Anda tampaknya sedang luring, sehingga data tidak dapat dimuat dari {url}.")
                }
            }
            LoadError::Timeout { url, seconds } => {
                if en {
                    format!("The server did not answer within {seconds} seconds, so loading {url} was stopped.")
                } else {
                    format!("Server tidak menjawab dalam {seconds} detik, sehingga pemuatan {url} dihentikan.")
                }
            }
            LoadError::NotJson { url, content_type } => {
                if en {
                    format!("The server sent a web page ({content_type}) instead of a data file for {url}.")
                } else {
                    format!("Server mengirim halaman web ({content_type}), bukan berkas data, untuk {url}.")
                }
            }
            LoadError::Invalid { url, errors } => {
                let n = errors.len();
                if en {
                    format!(
                        "The dataset {url} has {n} problem{} and cannot be shown:",
                        if n == 1 { "" } else { "s" }
                    )
                } else {
                    format!("Dataset {url} memiliki {n} masalah dan tidak dapat ditampilkan:")
                }
            }
        }
    }

    /// The validator's messages, for [`LoadError::Invalid`].
    pub fn details(&self, lang: Lang) -> Vec<String> {
        match self {
            LoadError::Invalid { errors, .. } => errors.iter().map(|e| e.explain(lang)).collect(),
            _ => Vec::new(),
        }
    }
}

fn status_reason(status: u16, lang: Lang) -> &'static str {
    match (status, lang) {
        (404, Lang::En) => " (not found)",
        (404, Lang::Id) => " (tidak ditemukan)",
        (403, Lang::En) => " (forbidden)",
        (403, Lang::Id) => " (akses ditolak)",
        (500, Lang::En) => " (server error)",
        (500, Lang::Id) => " (kesalahan server)",
        (502..=504, Lang::En) => " (server unavailable)",
        (502..=504, Lang::Id) => " (server tidak tersedia)",
        _ => "",
    }
}

/// Whether a `Content-Type` says the body is an HTML page: the usual sign
/// of a wrong URL on a host that answers every path with its home page.
pub fn is_html(content_type: &str) -> bool {
    let ct = content_type.to_ascii_lowercase();
    ct.contains("text/html") || ct.contains("application/xhtml")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_names_the_url() {
        let url = "https://example.org/d.json".to_string();
        let errors = [
            LoadError::Http {
                url: url.clone(),
                status: 404,
            },
            LoadError::Network { url: url.clone() },
            LoadError::Offline { url: url.clone() },
            LoadError::Timeout {
                url: url.clone(),
                seconds: 15,
            },
            LoadError::NotJson {
                url: url.clone(),
                content_type: "text/html".into(),
            },
            LoadError::Invalid {
                url: url.clone(),
                errors: vec![],
            },
        ];
        for e in &errors {
            for lang in Lang::ALL {
                assert!(e.headline(lang).contains(&url), "{e:?} {lang}");
            }
        }
    }

    #[test]
    fn http_errors_name_the_status_in_both_languages() {
        let e = LoadError::Http {
            url: "d.json".into(),
            status: 503,
        };
        assert!(e
            .headline(Lang::En)
            .contains("HTTP 503 (server unavailable)"));
        assert!(e
            .headline(Lang::Id)
            .contains("HTTP 503 (server tidak tersedia)"));
        assert!(e.is_retryable());
    }

    #[test]
    fn invalid_datasets_are_not_retried_and_list_their_problems() {
        let errors = crate::core::validate::parse("{}").unwrap_err();
        let e = LoadError::Invalid {
            url: "d.json".into(),
            errors,
        };
        assert!(!e.is_retryable());
        assert!(e
            .details(Lang::En)
            .iter()
            .any(|m| m == "format: is required but missing"));
    }

    #[test]
    fn html_content_types_are_recognised() {
        assert!(is_html("text/html; charset=utf-8"));
        assert!(!is_html("application/json"));
        assert!(!is_html("text/plain"));
    }
}
