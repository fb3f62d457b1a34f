//! Where each byte of a rewritten text came from in the input, so that every
//! change, however late in the rewriting it happens, is reported with byte
//! offsets into the text the user gave.

use std::ops::Range;

/// One stretch of the current text and the stretch of input it stands for.
#[derive(Clone, Debug, PartialEq)]
struct Piece {
    out: Range<usize>,
    src: Range<usize>,
    /// The stretch is the input's own text (perhaps in another case), byte
    /// for byte; otherwise it was written by a rule in place of all of `src`.
    aligned: bool,
}

/// A map from the current text to the input, as a list of pieces that cover
/// the current text in order.
#[derive(Clone, Debug)]
pub struct Provenance {
    pieces: Vec<Piece>,
}

/// One edit to the current text, as the map needs to know it.
pub struct Edit<'a> {
    /// What the edit replaces, in the current text.
    pub range: Range<usize>,
    /// The parts of the new text, in order.
    pub parts: &'a [Part],
    /// The length of the new text.
    pub len: usize,
}

/// A part of an edit's new text.
#[derive(Clone, Debug)]
pub struct Part {
    /// Where it stands in the edit's new text.
    pub out: Range<usize>,
    /// Where it was copied from in the current text (a capture), and whether
    /// byte for byte; `None` for text the rule wrote.
    pub copied: Option<(Range<usize>, bool)>,
}

impl Provenance {
    /// The map of a text that has not been changed.
    pub fn identity(len: usize) -> Self {
        Provenance {
            pieces: vec![Piece {
                out: 0..len,
                src: 0..len,
                aligned: true,
            }],
        }
    }

    /// The input range that `range` of the current text stands for.
    pub fn to_source(&self, range: Range<usize>) -> Range<usize> {
        let mut start = usize::MAX;
        let mut end = 0;
        for piece in self.from(range.start) {
            if !range.is_empty() && piece.out.end == range.start {
                continue;
            }
            let touches = if range.is_empty() {
                piece.out.start <= range.start
            } else {
                piece.out.start < range.end
            };
            if !touches {
                break;
            }
            let (s, e) = if piece.aligned {
                let offset = |at: usize| {
                    piece.src.start + at.clamp(piece.out.start, piece.out.end) - piece.out.start
                };
                (offset(range.start), offset(range.end))
            } else {
                (piece.src.start, piece.src.end)
            };
            start = start.min(s);
            end = end.max(e);
            if range.is_empty() {
                break;
            }
        }
        if start == usize::MAX {
            0..0
        } else {
            start..end
        }
    }

    /// For each stretch of the input in `sources`, the stretch of the current
    /// text it became: what is left of its own words, and what rules wrote in
    /// place of it (or, when rules rewrote a larger stretch around it, in
    /// place of that).
    pub fn to_outputs(&self, sources: &[Range<usize>]) -> Vec<Range<usize>> {
        // Pieces by where their source starts: a piece that overlaps a
        // stretch starts at most the widest source before it.
        let mut by_source: Vec<&Piece> = self.pieces.iter().collect();
        by_source.sort_by_key(|piece| piece.src.start);
        let widest = by_source.iter().map(|p| p.src.len()).max().unwrap_or(0);
        sources
            .iter()
            .map(|source| {
                let first = by_source.partition_point(|p| p.src.start + widest < source.start);
                let near = by_source[first..]
                    .iter()
                    .take_while(|p| p.src.start <= source.end)
                    .copied();
                let within = output_of(near.clone(), source, |piece| {
                    source.start <= piece.src.start && piece.src.end <= source.end
                });
                within.unwrap_or_else(|| output_of(near, source, |_| true).unwrap_or(0..0))
            })
            .collect()
    }

    /// Whether `range` of the current text holds only words that rules wrote.
    pub fn is_written(&self, range: Range<usize>) -> bool {
        self.from(range.start)
            .iter()
            .take_while(|piece| piece.out.start < range.end)
            .filter(|piece| piece.out.end > range.start)
            .all(|piece| !piece.aligned)
    }

    /// The pieces from the one that holds (or ends at) byte `at` on.
    fn from(&self, at: usize) -> &[Piece] {
        let first = self.pieces.partition_point(|p| p.out.end < at);
        &self.pieces[first..]
    }

    /// The pieces that cover `range` of the current text, moved to start at `at`.
    fn restrict(&self, range: Range<usize>, at: usize, into: &mut Vec<Piece>) {
        for piece in self.from(range.start) {
            if piece.out.start >= range.end {
                break;
            }
            let from = piece.out.start.max(range.start);
            let to = piece.out.end.min(range.end);
            if from >= to {
                continue;
            }
            let out = at + from - range.start..at + to - range.start;
            let src = if piece.aligned {
                piece.src.start + from - piece.out.start..piece.src.start + to - piece.out.start
            } else {
                piece.src.clone()
            };
            into.push(Piece {
                out,
                src,
                aligned: piece.aligned,
            });
        }
    }

    /// The map after `edits` (sorted, not overlapping) are made to a current
    /// text of `len` bytes.
    pub fn apply(&self, len: usize, edits: &[Edit]) -> Provenance {
        let mut pieces = Vec::with_capacity(self.pieces.len() + edits.len() * 3);
        let mut cursor = 0;
        let mut out = 0;
        for edit in edits {
            self.restrict(cursor..edit.range.start, out, &mut pieces);
            out += edit.range.start - cursor;
            let whole = self.to_source(edit.range.clone());
            for part in edit.parts {
                let at = out + part.out.start;
                match &part.copied {
                    Some((from, true)) => self.restrict(from.clone(), at, &mut pieces),
                    Some((from, false)) => pieces.push(Piece {
                        out: at..out + part.out.end,
                        src: self.to_source(from.clone()),
                        aligned: false,
                    }),
                    None => pieces.push(Piece {
                        out: at..out + part.out.end,
                        src: whole.clone(),
                        aligned: false,
                    }),
                }
            }
            out += edit.len;
            cursor = edit.range.end;
        }
        self.restrict(cursor..len, out, &mut pieces);
        pieces.retain(|p| !p.out.is_empty());
        Provenance { pieces }
    }
}

/// The output of the aligned pieces that overlap `source` and the written
/// pieces that `written` accepts.
fn output_of<'a>(
    pieces: impl Iterator<Item = &'a Piece>,
    source: &Range<usize>,
    written: impl Fn(&Piece) -> bool,
) -> Option<Range<usize>> {
    let mut found: Option<Range<usize>> = None;
    for piece in pieces {
        let from = piece.src.start.max(source.start);
        let to = piece.src.end.min(source.end);
        if from > to || (from == to && !source.is_empty()) {
            continue;
        }
        let out = if piece.aligned {
            piece.out.start + from - piece.src.start..piece.out.start + to - piece.src.start
        } else if written(piece) {
            piece.out.clone()
        } else {
            continue;
        };
        found = Some(match found {
            Some(f) => f.start.min(out.start)..f.end.max(out.end),
            None => out,
        });
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follows_copied_text_through_two_edits() {
        // "Gelieve achter de streep te wachten" → "Wilt u achter de streep wachten?"
        let input = "Gelieve achter de streep te wachten";
        let map = Provenance::identity(input.len());
        let parts = [
            Part {
                out: 0..7,
                copied: None,
            },
            Part {
                out: 7..23,
                copied: Some((8..24, true)),
            },
            Part {
                out: 23..32,
                copied: Some((28..35, false)),
            },
        ];
        let map = map.apply(
            input.len(),
            &[Edit {
                range: 0..35,
                parts: &parts,
                len: 32,
            }],
        );
        // "achter de streep" in the new text is still at 8..24 of the input.
        assert_eq!(map.to_source(7..23), 8..24);
        assert_eq!(map.to_source(14..16), 15..17);
        // Text the rule wrote stands for the whole replaced stretch.
        assert_eq!(map.to_source(0..4), 0..35);
        assert!(map.is_written(0..4));
        assert!(!map.is_written(0..10));
        // And the other way round: what a stretch of the input became.
        assert_eq!(
            map.to_outputs(&[8..24, 0..35, 0..7, 28..35]),
            [7..23, 0..32, 0..7, 23..32]
        );
        // Unchanged text after an edit keeps its place.
        let map = Provenance::identity(10).apply(
            10,
            &[Edit {
                range: 2..4,
                parts: &[Part {
                    out: 0..5,
                    copied: None,
                }],
                len: 5,
            }],
        );
        assert_eq!(map.to_source(8..11), 5..8);
        assert_eq!(map.to_source(3..5), 2..4);
    }
}
