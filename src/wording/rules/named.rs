//! Things a rule file names (word classes, word forms, guards) and compiled
//! rules refer to by number.

use std::ops::Index;

use rustc_hash::FxHashMap;

/// Items by name, each with a fixed index.
#[derive(Debug)]
pub struct Named<T> {
    names: FxHashMap<String, usize>,
    items: Vec<T>,
}

impl<T> Default for Named<T> {
    fn default() -> Self {
        Named {
            names: FxHashMap::default(),
            items: Vec::new(),
        }
    }
}

impl<T: Default> Named<T> {
    /// The item called `name`, new and empty if there was none.
    pub fn entry(&mut self, name: &str) -> &mut T {
        let index = *self.names.entry(name.to_owned()).or_insert_with(|| {
            self.items.push(T::default());
            self.items.len() - 1
        });
        &mut self.items[index]
    }
}

impl<T> Named<T> {
    /// The index of the item called `name`.
    pub fn index(&self, name: &str) -> Option<usize> {
        self.names.get(name).copied()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut T> {
        self.items.iter_mut()
    }
}

impl<T> Index<usize> for Named<T> {
    type Output = T;

    fn index(&self, index: usize) -> &T {
        &self.items[index]
    }
}
