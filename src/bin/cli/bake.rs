//! `pantau bake`: the static first views, share image and meta tags of a
//! built site, for one dataset. Validates first: an invalid dataset prints
//! the validator's messages, exits 1 and writes nothing.

use super::{INVALID, OK, USAGE};
use pantau::core::bake::{bake, inject, Source, EMBED_PAGE, LAST_GOOD, SHARE_IMAGE};
use pantau::core::model::Dataset;
use pantau::core::versions::{dated_href, version_date};
use std::path::{Path, PathBuf};
use std::rc::Rc;

#[derive(clap::Args)]
pub struct Args {
    /// The built site (Trunk's dist/).
    #[arg(long, value_name = "DIR", default_value = "dist")]
    dist: PathBuf,
    /// The dataset the site serves, inside the site (default: its
    /// data/tanjungpinang.json).
    #[arg(long, value_name = "FILE")]
    data: Option<PathBuf>,
    /// The site's public address, for absolute share-image links
    /// (relative links without it).
    #[arg(long, value_name = "URL")]
    site_url: Option<String>,
    /// GeoJSON boundaries for the map (else the dataset's, when a local file).
    #[arg(long, value_name = "FILE")]
    boundaries: Option<PathBuf>,
    /// The feature property that holds each area's key (else the dataset's).
    #[arg(long, value_name = "PROPERTY")]
    key: Option<String>,
}

/// The share image as PNG, drawn from its SVG with the system's fonts.
fn rasterise(svg: &str) -> Result<Vec<u8>, String> {
    let mut options = resvg::usvg::Options::default();
    {
        let fonts = options.fontdb_mut();
        fonts.load_system_fonts();
        // The charts ask for the system's sans-serif; name one that a
        // Debian machine has, as browsers do.
        for family in ["DejaVu Sans", "Liberation Sans", "Noto Sans"] {
            if fonts
                .faces()
                .any(|f| f.families.iter().any(|(name, _)| name == family))
            {
                fonts.set_sans_serif_family(family);
                break;
            }
        }
    }
    let tree = resvg::usvg::Tree::from_str(svg, &options).map_err(|e| e.to_string())?;
    let size = tree.size().to_int_size();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or("the share image has no size")?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::default(),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| e.to_string())
}

fn write_all(dist: &Path, files: &[(String, Vec<u8>)]) -> Result<(), String> {
    for (name, contents) in files {
        let path = dist.join(name);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(&path, contents).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// The dated copy of the dataset to keep beside it: named after its date,
/// and, when a different file of that date is already kept (a same-day
/// correction), after its checksum too, so no pinned link changes numbers.
fn dated_copy(dist: &Path, data_href: &str, dataset: &Dataset, bytes: &[u8]) -> String {
    let date = version_date(dataset);
    let plain = dated_href(data_href, date, None);
    match std::fs::read(dist.join(&plain)) {
        Ok(kept) if kept != bytes => {
            // The checksum's FNV-1a part: eight hex digits.
            let sum = pantau::core::bake::checksum(bytes);
            let tag = sum.split('-').nth(1).unwrap_or("0");
            dated_href(data_href, date, Some(tag))
        }
        _ => plain,
    }
}

pub fn run(args: &Args) -> u8 {
    let index_path = args.dist.join("index.html");
    let index = match std::fs::read_to_string(&index_path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!(
                "{}: cannot read the built site's page: {e}",
                index_path.display()
            );
            return USAGE;
        }
    };
    let data = args
        .data
        .clone()
        .unwrap_or_else(|| args.dist.join("data").join("tanjungpinang.json"));
    let Some(data_href) = site_path(&args.dist, &data) else {
        eprintln!(
            "{}: the dataset must be inside the site ({}), so the page can serve the bytes it was baked from",
            data.display(),
            args.dist.display()
        );
        return USAGE;
    };
    let bytes = match std::fs::read(&data) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{}: cannot read: {e}", data.display());
            return USAGE;
        }
    };
    let dataset = match pantau::core::validate::check_bytes(&bytes).result {
        Ok(ds) => ds,
        Err(errors) => {
            for e in &errors {
                eprintln!("{}: error: {e}", data.display());
            }
            eprintln!("{}: not baked; nothing was written", data.display());
            return INVALID;
        }
    };
    let shapes = super::boundaries(
        &data,
        &dataset,
        args.boundaries.as_ref(),
        args.key.as_deref(),
    );
    let version_href = dated_copy(&args.dist, &data_href, &dataset, &bytes);
    let source = Source {
        bytes: &bytes,
        dataset: Rc::new(dataset),
        shapes: shapes.map(Rc::new),
        data_href: &data_href,
        version_href: &version_href,
        site_url: args.site_url.as_deref(),
    };
    let baked = match bake(&source) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("error: {e}");
            return USAGE;
        }
    };
    let Some(page) = inject(&index, &baked) else {
        eprintln!(
            "{}: no <head> and <body> to bake into",
            index_path.display()
        );
        return USAGE;
    };
    // The embed build's page (when the site has one) shows the same static
    // first views: its base is the site, so the same addresses serve it.
    let embed_path = args.dist.join(EMBED_PAGE);
    let embed_page = match std::fs::read_to_string(&embed_path) {
        Ok(text) => match inject(&text, &baked) {
            Some(page) => Some(page),
            None => {
                eprintln!(
                    "{}: no <head> and <body> to bake into",
                    embed_path.display()
                );
                return USAGE;
            }
        },
        Err(_) => None,
    };
    let png = match rasterise(&baked.share_svg) {
        Ok(png) => png,
        Err(e) => {
            eprintln!("error: the share image could not be drawn: {e}");
            return USAGE;
        }
    };
    let mut files: Vec<(String, Vec<u8>)> = baked
        .files
        .into_iter()
        .map(|(name, text)| (name, text.into_bytes()))
        .collect();
    files.push((SHARE_IMAGE.to_owned(), png));
    files.push((LAST_GOOD.to_owned(), bytes.clone()));
    files.push((version_href.clone(), bytes.clone()));
    files.push(("index.html".to_owned(), page.into_bytes()));
    let embed_baked = embed_page.is_some();
    if let Some(page) = embed_page {
        files.push((EMBED_PAGE.to_owned(), page.into_bytes()));
    }
    match write_all(&args.dist, &files) {
        Ok(()) => {
            eprintln!(
                "{}: baked from {data_href} ({} bytes): every view in both languages, the share image and meta tags{}",
                args.dist.display(),
                bytes.len(),
                if embed_baked { ", for the full page and the embed page" } else { "" }
            );
            OK
        }
        Err(e) => {
            eprintln!("cannot write: {e}");
            USAGE
        }
    }
}

/// `file`'s path inside `dist`, with forward slashes, as the page links it.
fn site_path(dist: &Path, file: &Path) -> Option<String> {
    let dist = dist.canonicalize().ok()?;
    let file = file.canonicalize().ok()?;
    let rel = file.strip_prefix(&dist).ok()?;
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    (!parts.is_empty()).then(|| parts.join("/"))
}
