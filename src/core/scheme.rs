//! The scheme a browser reads at the start of an address, for the two
//! places that let only `http:` and `https:` through: a `data` parameter
//! ([`crate::core::params`]) and a dataset's boundaries file
//! ([`crate::core::validate`]). One reading for both, so an address is
//! never safe in one and refused in the other. Hand-written rather than
//! the browser's `URL`: the core also runs natively (the CLI, the bake),
//! and a scheme is a few rules of the WHATWG URL standard.

/// What kind of address a browser would read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scheme {
    /// No scheme: resolved against the page (or the dataset).
    Relative,
    /// `http:` or `https:`, in any case.
    Http,
    /// Any other scheme: `javascript:`, `data:`, `file:` and the like.
    Other,
}

/// Reads `address` as the WHATWG URL parser does up to its first `:`:
/// it skips leading spaces and C0 controls and ignores tabs and newlines
/// anywhere (so `java\tscript:` is `javascript:`), and a scheme is an
/// ASCII letter, then letters, digits, `+`, `-` or `.`. Anything else
/// before the `:` makes a relative reference (`2019:x.json` is a path).
pub fn scheme(address: &str) -> Scheme {
    let mut name = String::new();
    let bytes = address
        .bytes()
        .skip_while(|b| *b <= b' ')
        .filter(|b| !matches!(b, b'\t' | b'\n' | b'\r'));
    for b in bytes {
        if b == b':' {
            return match name.as_str() {
                "" => Scheme::Relative,
                "http" | "https" => Scheme::Http,
                _ => Scheme::Other,
            };
        }
        let allowed = if name.is_empty() {
            b.is_ascii_alphabetic()
        } else {
            b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.')
        };
        if !allowed {
            return Scheme::Relative;
        }
        name.push(char::from(b.to_ascii_lowercase()));
    }
    Scheme::Relative
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schemes_are_read_as_a_browser_reads_them() {
        for (address, expected) in [
            ("x.json", Scheme::Relative),
            ("../d.json?v=2", Scheme::Relative),
            ("/data/x.json", Scheme::Relative),
            ("//cdn.example/x.json", Scheme::Relative),
            // Not a letter first, or a character no scheme has: a path.
            ("2019:x.json", Scheme::Relative),
            (":x", Scheme::Relative),
            ("a b:c", Scheme::Relative),
            ("dir/a:b", Scheme::Relative),
            ("?q=a:b", Scheme::Relative),
            ("#a:b", Scheme::Relative),
            ("http://a.example/x.json", Scheme::Http),
            ("HTTPS://a.example/x.json", Scheme::Http),
            ("https:x.json", Scheme::Http),
            ("javascript:alert(1)", Scheme::Other),
            ("JavaScript:alert(1)", Scheme::Other),
            ("data:application/json,{}", Scheme::Other),
            ("file:///etc/passwd", Scheme::Other),
            ("web+pantau:x", Scheme::Other),
            ("h2.x-y:z", Scheme::Other),
            ("httpx:z", Scheme::Other),
            // What the parser strips or drops does not hide a scheme.
            ("  javascript:alert(1)", Scheme::Other),
            ("\u{1}\u{1f}data:x", Scheme::Other),
            ("java\tscript:alert(1)", Scheme::Other),
            ("java\nscr\ript:alert(1)", Scheme::Other),
            (" ht\ttp://a.example/", Scheme::Http),
        ] {
            assert_eq!(scheme(address), expected, "{address:?}");
        }
    }
}
