//! A map from text keys kept as a list sorted by key: found by binary search,
//! read in key order, and written and read by serde as a JSON object. The
//! widget's maps are small (a few dozen answers, a few hundred texts), and a
//! sorted list costs its wasm far less code than the standard `BTreeMap`.

use core::fmt;
use core::marker::PhantomData;
use core::slice;

use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Values by text key, in key order. As in a map, a key is there at most
/// once: inserting it again replaces its value.
#[derive(Clone, PartialEq, Eq)]
pub struct SortedMap<V>(Vec<(String, V)>);

impl<V> Default for SortedMap<V> {
    fn default() -> Self {
        SortedMap(Vec::new())
    }
}

impl<V> SortedMap<V> {
    /// Where `key` is (`Ok`), or where it would go to keep the order (`Err`).
    fn position(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    pub fn get(&self, key: &str) -> Option<&V> {
        let at = self.position(key).ok()?;
        self.0.get(at).map(|(_, value)| value)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        let at = self.position(key).ok()?;
        self.0.get_mut(at).map(|(_, value)| value)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.position(key).is_ok()
    }

    /// Adds or replaces the value for `key`; returns the value it replaces.
    pub fn insert(&mut self, key: String, value: V) -> Option<V> {
        match self.position(&key) {
            Ok(at) => self.0.get_mut(at).map(|(_, old)| core::mem::replace(old, value)),
            Err(at) => {
                self.0.insert(at, (key, value));
                None
            }
        }
    }

    /// Removes the entry for `key`; returns its value.
    pub fn remove(&mut self, key: &str) -> Option<V> {
        let at = self.position(key).ok()?;
        Some(self.0.remove(at).1)
    }

    /// The value for `key`, with a default one added if it has none.
    pub fn entry_or_default(&mut self, key: &str) -> &mut V
    where
        V: Default,
    {
        let at = match self.position(key) {
            Ok(at) => at,
            Err(at) => {
                self.0.insert(at, (key.to_string(), V::default()));
                at
            }
        };
        &mut self.0[at].1
    }

    /// Every key and its value, in key order.
    pub fn iter(&self) -> Iter<'_, V> {
        Iter(self.0.iter())
    }

    /// Every key and its value, in key order, as the list they are kept in.
    pub fn as_slice(&self) -> &[(String, V)] {
        &self.0
    }

    /// The keys, in order.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(key, _)| key)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }
}

/// The entries of a [`SortedMap`] in key order: see [`SortedMap::iter`].
pub struct Iter<'a, V>(slice::Iter<'a, (String, V)>);

impl<'a, V> Iterator for Iter<'a, V> {
    type Item = (&'a String, &'a V);

    fn next(&mut self) -> Option<Self::Item> {
        self.0.next().map(|(key, value)| (key, value))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl<'a, V> IntoIterator for &'a SortedMap<V> {
    type Item = (&'a String, &'a V);
    type IntoIter = Iter<'a, V>;

    fn into_iter(self) -> Iter<'a, V> {
        self.iter()
    }
}

/// Later entries replace earlier ones with the same key, as in a map.
impl<V> Extend<(String, V)> for SortedMap<V> {
    fn extend<I: IntoIterator<Item = (String, V)>>(&mut self, entries: I) {
        for (key, value) in entries {
            self.insert(key, value);
        }
    }
}

/// Later entries replace earlier ones with the same key, as in a map.
impl<V> FromIterator<(String, V)> for SortedMap<V> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(entries: I) -> Self {
        let mut map = SortedMap::default();
        map.extend(entries);
        map
    }
}

/// Written as a map: `{"key": value}`.
impl<V: fmt::Debug> fmt::Debug for SortedMap<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

/// A JSON object, in key order.
impl<V: Serialize> Serialize for SortedMap<V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.len()))?;
        for (key, value) in self {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// From a JSON object; a key given twice keeps its last value, as
/// `serde_json` does for a `BTreeMap`.
impl<'de, V: Deserialize<'de>> Deserialize<'de> for SortedMap<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Entries<V>(PhantomData<V>);

        impl<'de, V: Deserialize<'de>> Visitor<'de> for Entries<V> {
            type Value = SortedMap<V>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<SortedMap<V>, A::Error> {
                let mut map = SortedMap::default();
                while let Some((key, value)) = access.next_entry::<String, V>()? {
                    map.insert(key, value);
                }
                Ok(map)
            }
        }

        deserializer.deserialize_map(Entries(PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(entries: &[(&str, u32)]) -> SortedMap<u32> {
        entries.iter().map(|(key, value)| (key.to_string(), *value)).collect()
    }

    fn keys(map: &SortedMap<u32>) -> Vec<&str> {
        map.keys().map(String::as_str).collect()
    }

    #[test]
    fn entries_are_kept_in_key_order_whatever_order_they_come_in() {
        let map = map(&[("pregnant", 1), ("bleeding", 2), ("red-flags", 3), ("age", 4)]);
        assert_eq!(keys(&map), ["age", "bleeding", "pregnant", "red-flags"]);
        let values: Vec<u32> = map.iter().map(|(_, value)| *value).collect();
        assert_eq!(values, [4, 2, 1, 3]);
        assert_eq!(map.get("pregnant"), Some(&1));
        assert_eq!(map.get("pregnan"), None);
        assert!(map.contains_key("age") && !map.contains_key("zzz"));
    }

    #[test]
    fn a_key_inserted_again_replaces_its_value() {
        let mut map = map(&[("b", 1), ("a", 2), ("b", 3)]);
        assert_eq!(keys(&map), ["a", "b"], "a key is there once");
        assert_eq!(map.get("b"), Some(&3), "the later entry wins");
        assert_eq!(map.insert("a".into(), 5), Some(2));
        assert_eq!(map.insert("c".into(), 6), None);
        assert_eq!(map.len(), 3);
    }

    #[test]
    fn remove_and_entry_or_default() {
        let mut map = map(&[("a", 1), ("b", 2)]);
        assert_eq!(map.remove("a"), Some(1));
        assert_eq!(map.remove("a"), None);
        *map.entry_or_default("c") += 7;
        *map.entry_or_default("b") += 7;
        assert_eq!(keys(&map), ["b", "c"]);
        assert_eq!((map.get("b"), map.get("c")), (Some(&9), Some(&7)));
        map.clear();
        assert!(map.is_empty());
    }

    #[test]
    fn read_and_written_as_a_json_object_in_key_order() {
        let read: SortedMap<u32> = serde_json::from_str(r#"{"b": 1, "a": 2, "b": 3}"#).expect("an object");
        assert_eq!(keys(&read), ["a", "b"]);
        assert_eq!(read.get("b"), Some(&3), "a repeated key keeps its last value");
        assert_eq!(serde_json::to_string(&read).expect("json"), r#"{"a":2,"b":3}"#);
        assert!(serde_json::from_str::<SortedMap<u32>>(r#"[["a", 1]]"#).is_err());
        assert_eq!(format!("{read:?}"), r#"{"a": 2, "b": 3}"#);
    }
}
