//! One sort for the whole core: every ordering is reduced to an integer
//! key and sorts `(key, index)` pairs.
//!
//! Each `sort_by_key` call with its own element type and closure compiles
//! its own copy of the sort (about 3.5 KB of wasm each); sorting one pair
//! type everywhere keeps a single copy. The index makes ties keep their
//! original order, so callers get a stable sort from the smaller unstable
//! one.

/// Sorts `items` by `key`, ascending; equal keys keep their order.
pub fn sort_by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> i64) {
    let mut keyed: Vec<(i64, usize)> = items.iter().map(key).zip(0..).collect();
    keyed.sort_unstable();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        keyed
            .into_iter()
            .filter_map(|(_, i)| slots.get_mut(i).and_then(Option::take)),
    );
}

/// An integer key that orders floats as `f64::total_cmp` does.
pub fn float_key(x: f64) -> i64 {
    let bits = x.to_bits() as i64;
    // Negative floats sort backwards by their bits; flipping all but the
    // sign bit puts them in order below the positive ones.
    bits ^ ((((bits >> 63) as u64) >> 1) as i64)
}

/// A map kept as a sorted `Vec`: what the validator and the boundary
/// reader need (a few thousand keys, looked up by binary search), without
/// a hash table's code in the wasm for each key type.
#[derive(Debug)]
pub struct SortedMap<K, V> {
    entries: Vec<(K, V)>,
}

impl<K, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        SortedMap {
            entries: Vec::new(),
        }
    }
}

impl<K: Ord, V> SortedMap<K, V> {
    /// The value of `key`.
    pub fn get(&self, key: &K) -> Option<&V> {
        self.entries
            .binary_search_by(|(k, _)| k.cmp(key))
            .ok()
            .and_then(|i| self.entries.get(i))
            .map(|(_, v)| v)
    }

    /// Sets `key` to `value`, replacing a value it had.
    pub fn insert(&mut self, key: K, value: V) {
        match self.entries.binary_search_by(|(k, _)| k.cmp(&key)) {
            Ok(i) => self.entries[i].1 = value,
            Err(i) => self.entries.insert(i, (key, value)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_key_and_keeps_ties_in_order() {
        let mut words = vec!["pear", "fig", "apple", "kiwi", "date", "plum"];
        sort_by_key(&mut words, |w| w.len() as i64);
        assert_eq!(words, ["fig", "pear", "kiwi", "date", "plum", "apple"]);
    }

    #[test]
    fn sorts_empty_and_single_lists() {
        let mut empty: Vec<i32> = Vec::new();
        sort_by_key(&mut empty, |x| i64::from(*x));
        assert!(empty.is_empty());
        let mut one = vec![7];
        sort_by_key(&mut one, |x| i64::from(*x));
        assert_eq!(one, [7]);
    }

    #[test]
    fn float_keys_order_like_total_cmp() {
        let mut xs = vec![
            3.5,
            -0.0,
            f64::INFINITY,
            -2.25,
            0.0,
            f64::NEG_INFINITY,
            1e-300,
            -1e300,
            42.0,
        ];
        let mut expected = xs.clone();
        expected.sort_by(f64::total_cmp);
        sort_by_key(&mut xs, |x| float_key(*x));
        assert_eq!(
            xs.iter().map(|x| x.to_bits()).collect::<Vec<_>>(),
            expected.iter().map(|x| x.to_bits()).collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_sorted_map_finds_what_was_put_in_whatever_the_order() {
        let mut map = SortedMap::default();
        for (k, v) in [
            ("sei-jang", 1),
            ("dompak", 2),
            ("kemboja", 3),
            ("dompak", 4),
        ] {
            map.insert(k, v);
        }
        assert_eq!(map.get(&"dompak"), Some(&4), "a later value replaces");
        assert_eq!(map.get(&"sei-jang"), Some(&1));
        assert_eq!(map.get(&"kemboja"), Some(&3));
        assert_eq!(map.get(&"air-raja"), None);
    }
}
