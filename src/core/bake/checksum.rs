//! The checksum a static first view records of the dataset bytes it was
//! baked from, and that `static/preload.js` computes again over the bytes
//! served now: equal, and the static view may show.
//!
//! Written by hand rather than taken from a crate: it must be computed
//! identically by a few lines of JavaScript on plain http, where the
//! browser's `crypto.subtle` is not available. Two 32-bit hashes of
//! different families (FNV-1a and a multiply-xorshift) plus the length: a
//! republished file is not an adversary, and a stale match would need both
//! hashes and the length to collide.

/// `<bytes>-<fnv1a hex>-<mix hex>`.
///
/// ```
/// assert_eq!(pantau::core::bake::checksum(b""), "0-811c9dc5-00000000");
/// assert_eq!(pantau::core::bake::checksum(b"a"), "1-e40c292c-ca881466");
/// ```
pub fn checksum(bytes: &[u8]) -> String {
    let mut fnv: u32 = 0x811c_9dc5;
    let mut mix: u32 = 0;
    for &b in bytes {
        fnv = (fnv ^ u32::from(b)).wrapping_mul(0x0100_0193);
        mix = (mix ^ u32::from(b)).wrapping_mul(0x5bd1_e995);
        mix ^= mix >> 15;
    }
    format!("{}-{fnv:08x}-{mix:08x}", bytes.len())
}

#[cfg(test)]
mod tests {
    use super::checksum;

    #[test]
    fn one_changed_byte_changes_the_checksum() {
        let text = include_bytes!("../../../static/data/tanjungpinang.json");
        let mut changed = text.to_vec();
        let at = changed.len() / 2;
        changed[at] ^= 1;
        assert_ne!(checksum(text), checksum(&changed));
        assert_ne!(checksum(b"ab"), checksum(b"ba"));
        assert!(checksum(text).starts_with(&format!("{}-", text.len())));
    }
}
