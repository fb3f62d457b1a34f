//! The grounds of a PDF's pages (see [`Ground`]), each held once as a form
//! XObject that every page with the same ground paints: a batch of a
//! thousand posters of one template holds its artwork once, not a thousand
//! times, and a print shop's RIP renders it once.

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use lopdf::{Dictionary, Object, ObjectId, Stream};
use rustc_hash::{FxHashMap, FxHasher};

use crate::print::render::pdf_page::Ground;

/// How many different grounds a document remembers; a batch whose rows
/// each have a ground of their own forgets them and still draws each.
const KEPT_GROUNDS: usize = 64;

/// A page's ground, ready to be matched with the grounds written before.
pub struct PageGround {
    content: Arc<[u8]>,
    /// The graphics states and colour spaces its content names.
    resources: Dictionary,
    hash: u64,
}

impl PageGround {
    /// The ground of a page whose graphics states are `states` and whose
    /// spot colour spaces are `spaces`.
    pub fn new(ground: Ground, states: &[Dictionary], spaces: &Dictionary) -> PageGround {
        let mut resources = Dictionary::new();
        if ground.states > 0 {
            let named = states[..ground.states]
                .iter()
                .enumerate()
                .map(|(index, state)| (format!("GS{index}"), Object::Dictionary(state.clone())));
            resources.set(
                "ExtGState",
                Object::Dictionary(Dictionary::from_iter(named)),
            );
        }
        if !spaces.is_empty() {
            resources.set("ColorSpace", Object::Dictionary(spaces.clone()));
        }
        // Worked out where the page is drawn, on any core; the grounds are
        // matched where pages are written, one after another.
        let mut hasher = FxHasher::default();
        ground.content.hash(&mut hasher);
        PageGround {
            content: ground.content,
            resources,
            hash: hasher.finish(),
        }
    }
}

/// The grounds written so far, by their content's hash.
#[derive(Default)]
pub struct Grounds {
    written: FxHashMap<u64, Vec<(PageGround, ObjectId)>>,
}

impl Grounds {
    /// The form written before for the same ground, if there is one. A
    /// ground drawn once for many pages is the same content, told at once.
    pub fn find(&self, ground: &PageGround) -> Option<ObjectId> {
        let known = self.written.get(&ground.hash)?;
        known
            .iter()
            .find(|(known, _)| {
                known.content == ground.content && known.resources == ground.resources
            })
            .map(|(_, id)| *id)
    }

    /// The form of a ground not written before, over `bbox`, to be written
    /// as object `id`; it is remembered for the pages to come.
    pub fn form(&mut self, ground: PageGround, id: ObjectId, bbox: &Object) -> Stream {
        let dictionary = Dictionary::from_iter([
            ("Type", Object::Name(b"XObject".to_vec())),
            ("Subtype", Object::Name(b"Form".to_vec())),
            ("BBox", bbox.clone()),
            ("Resources", Object::Dictionary(ground.resources.clone())),
        ]);
        let form = Stream::new(dictionary, ground.content.to_vec());
        if self.written.values().map(Vec::len).sum::<usize>() >= KEPT_GROUNDS {
            self.written.clear();
        }
        self.written
            .entry(ground.hash)
            .or_default()
            .push((ground, id));
        form
    }
}
