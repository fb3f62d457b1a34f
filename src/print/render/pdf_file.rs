//! A PDF file written object by object, as the objects are made: a batch of
//! ten thousand pages never waits whole in memory. (lopdf, which builds
//! the objects, writes only whole documents and keeps its writer to
//! itself.)

use std::collections::BTreeMap;
use std::io::{self, Write};

use lopdf::{Dictionary, Object, ObjectId, StringFormat};

/// A PDF being written: its header is out, objects follow one by one, and
/// [`PdfFile::finish`] writes the rest, the cross-reference table and the
/// trailer.
pub struct PdfFile<'w> {
    out: &'w mut dyn Write,
    written: usize,
    /// Where each object starts, by object number.
    offsets: BTreeMap<u32, usize>,
}

impl<'w> PdfFile<'w> {
    pub fn begin(out: &'w mut dyn Write, version: &str) -> io::Result<Self> {
        let mut file = PdfFile {
            out,
            written: 0,
            offsets: BTreeMap::new(),
        };
        // The comment of four high bytes tells transfer programs the file
        // is binary.
        file.put(format!("%PDF-{version}\n%\u{e2}\u{e3}\u{cf}\u{d3}\n").as_bytes())?;
        Ok(file)
    }

    /// Writes objects written out before, by [`written`], each with its
    /// number.
    pub fn written(&mut self, objects: &[(u32, Vec<u8>)]) -> io::Result<()> {
        for (number, bytes) in objects {
            self.offsets.insert(*number, self.written);
            self.put(bytes)?;
        }
        Ok(())
    }

    /// Writes one indirect object. A stream's content goes straight to the
    /// file, uncopied.
    pub fn object(&mut self, id: ObjectId, object: &Object) -> io::Result<()> {
        match object {
            Object::Stream(stream) => self.stream(id, &stream.dict, &stream.content),
            object => {
                let mut bytes = self.opening(id);
                put_object(&mut bytes, object);
                bytes.extend_from_slice(b"\nendobj\n");
                self.put(&bytes)
            }
        }
    }

    fn stream(&mut self, id: ObjectId, dictionary: &Dictionary, content: &[u8]) -> io::Result<()> {
        let mut dictionary = dictionary.clone();
        dictionary.set("Length", Object::Integer(content.len() as i64));
        let mut bytes = self.opening(id);
        put_dictionary(&mut bytes, &dictionary);
        bytes.extend_from_slice(b"\nstream\n");
        self.put(&bytes)?;
        self.put(content)?;
        self.put(b"\nendstream\nendobj\n")
    }

    /// "N G obj", where the object starts.
    fn opening(&mut self, (number, generation): ObjectId) -> Vec<u8> {
        self.offsets.insert(number, self.written);
        let mut opening = Vec::with_capacity(256);
        put_integer(&mut opening, i64::from(number));
        opening.push(b' ');
        put_integer(&mut opening, i64::from(generation));
        opening.extend_from_slice(b" obj\n");
        opening
    }

    /// Writes the document's objects (those not written yet), the
    /// cross-reference table and the trailer. `late` is the content of a
    /// stream the document holds empty, written from where it lies.
    pub fn finish(
        mut self,
        document: &lopdf::Document,
        late: Option<(ObjectId, &[u8])>,
    ) -> io::Result<()> {
        for (&id, object) in &document.objects {
            match (object, late) {
                (Object::Stream(stream), Some((late_id, content))) if late_id == id => {
                    self.stream(id, &stream.dict, content)?;
                }
                _ => self.object(id, object)?,
            }
        }
        let size = document
            .max_id
            .max(self.offsets.keys().copied().max().unwrap_or(0))
            + 1;
        let start = self.written;
        let mut table = Vec::with_capacity(20 * size as usize + 32);
        write!(table, "xref\n0 {size}\n")?;
        for number in 0..size {
            match self.offsets.get(&number) {
                Some(offset) => {
                    // Ten digits, zero-padded, as the table's fixed width asks.
                    let mut buffer = itoa::Buffer::new();
                    let digits = buffer.format(*offset).as_bytes();
                    table.extend(std::iter::repeat_n(b'0', 10 - digits.len().min(10)));
                    table.extend_from_slice(digits);
                    table.extend_from_slice(b" 00000 n\r\n");
                }
                // Numbers no object took are free; the first heads the list.
                None if number == 0 => table.extend_from_slice(b"0000000000 65535 f\r\n"),
                None => table.extend_from_slice(b"0000000000 00001 f\r\n"),
            }
        }
        let mut trailer = Dictionary::new();
        for (key, value) in document.trailer.iter() {
            if key.as_slice() != b"Size" {
                trailer.set(key.clone(), value.clone());
            }
        }
        trailer.set("Size", Object::Integer(i64::from(size)));
        table.extend_from_slice(b"trailer\n");
        put_object(&mut table, &Object::Dictionary(trailer));
        write!(table, "\nstartxref\n{start}\n%%EOF\n")?;
        self.put(&table)?;
        self.out.flush()
    }

    fn put(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.out.write_all(bytes)?;
        self.written += bytes.len();
        Ok(())
    }
}

/// An indirect object as a file holds it, to be written, maybe many times,
/// by [`PdfFile::written`].
pub fn written(id: ObjectId, object: &Object) -> Vec<u8> {
    let mut bytes = Vec::new();
    let mut file = PdfFile {
        out: &mut bytes,
        written: 0,
        offsets: BTreeMap::new(),
    };
    // Writing into memory cannot fail.
    _ = file.object(id, object);
    bytes
}

/// An object as PDF syntax.
fn put_object(out: &mut Vec<u8>, object: &Object) {
    match object {
        Object::Null => out.extend_from_slice(b"null"),
        Object::Boolean(true) => out.extend_from_slice(b"true"),
        Object::Boolean(false) => out.extend_from_slice(b"false"),
        Object::Integer(value) => put_integer(out, *value),
        Object::Real(value) => put_number(out, *value),
        Object::Name(name) => put_name(out, name),
        Object::String(text, StringFormat::Literal) => put_literal(out, text),
        Object::String(text, StringFormat::Hexadecimal) => {
            out.push(b'<');
            for &byte in text {
                out.extend_from_slice(&hex(byte));
            }
            out.push(b'>');
        }
        Object::Array(items) => {
            out.push(b'[');
            for (index, item) in items.iter().enumerate() {
                if index > 0 {
                    out.push(b' ');
                }
                put_object(out, item);
            }
            out.push(b']');
        }
        Object::Dictionary(dictionary) => put_dictionary(out, dictionary),
        // Streams are indirect objects, written by PdfFile::stream.
        Object::Stream(_) => out.extend_from_slice(b"null"),
        Object::Reference((number, generation)) => {
            put_integer(out, i64::from(*number));
            out.push(b' ');
            put_integer(out, i64::from(*generation));
            out.extend_from_slice(b" R");
        }
    }
}

/// Integers are most of what a font's dictionaries hold (its glyphs'
/// widths): written without the formatting machinery.
fn put_integer(out: &mut Vec<u8>, value: i64) {
    out.extend_from_slice(itoa::Buffer::new().format(value).as_bytes());
}

/// Writes `value` to a thousandth, without an exponent or trailing zeros:
/// how streep writes every real number of a PDF, a thousandth of a point
/// being far finer than any press.
pub fn put_number(out: &mut Vec<u8>, value: f32) {
    // Rounded half away from zero, as `f64::round` does, without the call
    // into libm that it is on a plain x86-64 target.
    let scaled = f64::from(value) * 1000.0;
    let thousandths = (scaled + 0.5f64.copysign(scaled)) as i64;
    if thousandths < 0 {
        out.push(b'-');
    }
    let magnitude = thousandths.unsigned_abs();
    out.extend_from_slice(itoa::Buffer::new().format(magnitude / 1000).as_bytes());
    let fraction = magnitude % 1000;
    if fraction != 0 {
        out.push(b'.');
        let digits = [fraction / 100, fraction / 10 % 10, fraction % 10].map(|d| b'0' + d as u8);
        let significant = 3 - digits.iter().rev().take_while(|&&d| d == b'0').count();
        out.extend_from_slice(&digits[..significant]);
    }
}

/// A byte as two upper-case hexadecimal digits.
fn hex(byte: u8) -> [u8; 2] {
    const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
    [
        DIGITS[usize::from(byte >> 4)],
        DIGITS[usize::from(byte & 0xf)],
    ]
}

fn put_dictionary(out: &mut Vec<u8>, dictionary: &Dictionary) {
    out.extend_from_slice(b"<<");
    for (key, value) in dictionary.iter() {
        put_name(out, key);
        out.push(b' ');
        put_object(out, value);
    }
    out.extend_from_slice(b">>");
}

/// A name, with `#xx` for every byte PDF does not allow in one as it is.
fn put_name(out: &mut Vec<u8>, name: &[u8]) {
    out.push(b'/');
    for &byte in name {
        let regular = (b'!'..=b'~').contains(&byte) && !b"#()<>[]{}/%".contains(&byte);
        if regular {
            out.push(byte);
        } else {
            out.push(b'#');
            out.extend_from_slice(&hex(byte));
        }
    }
}

/// A literal string: parentheses and backslashes escaped, and carriage
/// returns, which a reader would take for line ends.
fn put_literal(out: &mut Vec<u8>, text: &[u8]) {
    out.push(b'(');
    for &byte in text {
        match byte {
            b'(' | b')' | b'\\' => out.extend_from_slice(&[b'\\', byte]),
            b'\r' => out.extend_from_slice(b"\\r"),
            _ => out.push(byte),
        }
    }
    out.push(b')');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_document_reads_back_the_same() {
        let mut document = lopdf::Document::with_version("1.6");
        let content = lopdf::Stream::new(Dictionary::new(), b"0 0 0 1 k\n".to_vec());
        let content = document.add_object(content);
        let title = Object::string_literal("Wacht (hier) \\ \r nu");
        let info = document.add_object(Dictionary::from_iter([
            ("Title", title.clone()),
            ("Odd#Name", Object::Name(b"A B/C".to_vec())),
            (
                "Id",
                Object::String(vec![0, 255, 16], StringFormat::Hexadecimal),
            ),
            ("Box", vec![0.into(), Object::Real(595.5)].into()),
            ("Content", Object::Reference(content)),
        ]));
        document.trailer.set("Info", Object::Reference(info));
        let mut bytes = Vec::new();
        let file = PdfFile::begin(&mut bytes, "1.6").unwrap();
        file.finish(&document, None).unwrap();
        let read = lopdf::Document::load_mem(&bytes).unwrap();
        assert_eq!(read.version, "1.6");
        let read_info = read.get_dictionary(info).unwrap();
        assert_eq!(read_info.get(b"Title").unwrap(), &title);
        assert_eq!(
            read_info.get(b"Odd#Name").unwrap().as_name().unwrap(),
            b"A B/C"
        );
        assert_eq!(
            read_info.get(b"Id").unwrap().as_str().unwrap(),
            [0, 255, 16]
        );
        let stream = read.get_object(content).unwrap().as_stream().unwrap();
        assert_eq!(stream.content, b"0 0 0 1 k\n");
    }

    #[test]
    fn numbers_are_written_as_pdf_reads_them() {
        let written = |value: f32| {
            let mut out = Vec::new();
            put_number(&mut out, value);
            String::from_utf8(out).unwrap()
        };
        assert_eq!(written(0.0), "0");
        assert_eq!(written(1.0), "1");
        assert_eq!(written(-12.5), "-12.5");
        assert_eq!(written(595.2756), "595.276");
        assert_eq!(written(0.05), "0.05");
        assert_eq!(written(-0.0004), "0");
        assert_eq!(written(1.0e-9), "0");
        assert_eq!(written(14_400.0), "14400");
    }
}
