//! What a batch makes again and again for every row (a template's artwork,
//! an icon, a font subset, a compressed font program), kept for the last few
//! times it was asked for, so that it is made once.

use std::collections::VecDeque;
use std::sync::Mutex;

/// The last `capacity` values asked for, each with the key it was made for.
/// Shared by threads; a poisoned lock makes it forget, never fail.
pub struct Recent<K, V> {
    capacity: usize,
    kept: Mutex<VecDeque<(K, V)>>,
}

impl<K, V: Clone> Recent<K, V> {
    pub const fn new(capacity: usize) -> Self {
        Recent {
            capacity,
            kept: Mutex::new(VecDeque::new()),
        }
    }

    /// The value kept for a key `matches` accepts, else the one `make`
    /// makes, which is then kept under `key()`, the oldest making room.
    pub fn get_or_make<E>(
        &self,
        matches: impl Fn(&K) -> bool,
        key: impl FnOnce() -> K,
        make: impl FnOnce() -> Result<V, E>,
    ) -> Result<V, E> {
        // What is asked for again goes to the back, so that a value asked
        // for often is kept however many others come and go.
        let known = self.kept.lock().ok().and_then(|mut kept| {
            let at = kept.iter().position(|(known, _)| matches(known))?;
            let entry = kept.remove(at)?;
            let value = entry.1.clone();
            kept.push_back(entry);
            Some(value)
        });
        if let Some(value) = known {
            return Ok(value);
        }
        let value = make()?;
        if let Ok(mut kept) = self.kept.lock() {
            if kept.len() >= self.capacity {
                kept.pop_front();
            }
            kept.push_back((key(), value.clone()));
        }
        Ok(value)
    }

    /// [`Recent::get_or_make`] for a value that can always be made.
    pub fn get_or_insert_with(
        &self,
        matches: impl Fn(&K) -> bool,
        key: impl FnOnce() -> K,
        make: impl FnOnce() -> V,
    ) -> V {
        self.get_or_make(matches, key, || Ok::<_, std::convert::Infallible>(make()))
            .unwrap_or_else(|never| match never {})
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_last_few_asked_for_and_makes_the_rest() {
        let recent: Recent<u32, u32> = Recent::new(2);
        let made = std::cell::Cell::new(0);
        let get = |key: u32| {
            recent
                .get_or_make(
                    |known| *known == key,
                    || key,
                    || {
                        made.set(made.get() + 1);
                        Ok::<_, ()>(key * 10)
                    },
                )
                .unwrap()
        };
        assert_eq!((get(1), get(2), get(1)), (10, 20, 10));
        assert_eq!(made.get(), 2);
        get(3); // 2 goes: 1 was asked for after it.
        get(1);
        assert_eq!(made.get(), 3);
        get(2);
        assert_eq!(made.get(), 4);
    }
}
