//! The field path of a serde_json error, found from its position in the JSON text.
//!
//! serde_json reports where in the text it stopped (line and column); this walks the text
//! up to that point, keeping the stack of objects and arrays it is inside, and names the
//! field the way `serde_path_to_error` would (`roster.seats[2].class`, `?` for a key that
//! could not be read), without wrapping every input type's deserializer. Which field an
//! error belongs to depends on where serde_json notices it: a wrong value just after the
//! value (or just before a `{`/`[` it refused to enter), an unknown field just after the
//! key, a missing field just after the object's `}`, a syntax error at the offending
//! byte. The property test in `tests/json_paths.rs` checks every case against
//! `serde_path_to_error` itself.

use serde_json::error::Category;

/// The `expecting` text of a constitution source (a visitor that reads any value and
/// refuses a sequence only after entering it).
pub(crate) const CONSTITUTION_EXPECTING: &str = "a preset id (string) or a constitution (object)";

/// [`Walk::in_string`]: just after a backslash.
const BACKSLASH: u8 = u8::MAX;

/// Where the walk stands between two bytes.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Phase {
    /// Before a value: at the start, after `:`, after `[` or after `,` in an array.
    Value,
    /// Inside a string value (`escape`: see [`Walk::in_string`]).
    Str { escape: u8 },
    /// Inside a number.
    Num(Num),
    /// Inside `true`, `false` or `null`, with the bytes still to come.
    Lit(&'static [u8]),
    /// Just after a whole value (and any whitespace).
    After,
    /// Where an object key is expected: after `{` or after `,` in an object.
    Key,
    /// Inside a key string.
    KeyStr { escape: u8 },
    /// After a key, before its `:`.
    Colon,
}

/// A number's grammar, state by state (`-`, the integer, fraction and exponent).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Num {
    Minus,
    Zero,
    Int,
    Dot,
    Frac,
    E,
    ESign,
    Exp,
}

impl Num {
    /// The next state, or `None` when `b` does not continue the number.
    fn step(self, b: u8) -> Option<Num> {
        use Num::*;
        match (self, b) {
            (Minus, b'0') => Some(Zero),
            (Minus, b'1'..=b'9') => Some(Int),
            (Int, b'0'..=b'9') => Some(Int),
            (Zero | Int, b'.') => Some(Dot),
            (Dot | Frac, b'0'..=b'9') => Some(Frac),
            (Zero | Int | Frac, b'e' | b'E') => Some(E),
            (E, b'+' | b'-') => Some(ESign),
            (E | ESign | Exp, b'0'..=b'9') => Some(Exp),
            _ => None,
        }
    }

    /// Whether what has been read is a whole number.
    fn whole(self) -> bool {
        matches!(self, Num::Zero | Num::Int | Num::Frac | Num::Exp)
    }
}

#[derive(Debug, Clone)]
enum Frame {
    /// `key`: the last key read; `fresh`: no key read yet; `open`: where its `{` is.
    Obj {
        key: Option<String>,
        fresh: bool,
        open: usize,
    },
    /// `index`: the element being read (or next); `comma`: just after a `,`.
    Arr { index: usize, comma: bool },
}

struct Walk<'a> {
    text: &'a [u8],
    stack: Vec<Frame>,
    phase: Phase,
    /// Where the key string being read starts (its opening quote).
    key_start: usize,
}

impl<'a> Walk<'a> {
    /// Walk `text[..stop]`, or until a byte JSON does not allow (then `Err` at it).
    fn to(text: &'a str, stop: usize) -> Walk<'a> {
        let mut w = Walk {
            text: text.as_bytes(),
            stack: Vec::new(),
            phase: Phase::Value,
            key_start: 0,
        };
        for i in 0..stop.min(w.text.len()) {
            let Some(&b) = w.text.get(i) else { break };
            if !w.step(i, b) {
                break;
            }
        }
        w
    }

    /// Take one byte; `false` (the state unchanged) when JSON does not allow it here.
    fn step(&mut self, i: usize, b: u8) -> bool {
        let space = matches!(b, b' ' | b'\t' | b'\n' | b'\r');
        match self.phase {
            Phase::Str { escape } => {
                self.phase = match Self::in_string(escape, b) {
                    Some(escape) => Phase::Str { escape },
                    None => Phase::After,
                };
                true
            }
            Phase::KeyStr { escape } => {
                self.phase = match Self::in_string(escape, b) {
                    Some(escape) => Phase::KeyStr { escape },
                    None => {
                        let raw = self.text.get(self.key_start..=i).unwrap_or_default();
                        let key = std::str::from_utf8(raw)
                            .ok()
                            .and_then(|s| serde_json::from_str::<String>(s).ok());
                        if let Some(Frame::Obj { key: k, fresh, .. }) = self.stack.last_mut() {
                            *k = key;
                            *fresh = false;
                        }
                        Phase::Colon
                    }
                };
                true
            }
            Phase::Num(n) => match n.step(b) {
                Some(next) => {
                    self.phase = Phase::Num(next);
                    true
                }
                None if n.whole() => {
                    self.phase = Phase::After;
                    self.step(i, b)
                }
                None => false,
            },
            Phase::Lit(rest) => match rest.split_first() {
                Some((&want, more)) if want == b => {
                    self.phase = if more.is_empty() {
                        Phase::After
                    } else {
                        Phase::Lit(more)
                    };
                    true
                }
                _ => false,
            },
            _ if space => true,
            Phase::Value => self.start_value(i, b),
            Phase::Key => match b {
                b'"' => {
                    self.key_start = i;
                    self.phase = Phase::KeyStr { escape: 0 };
                    true
                }
                b'}' if self.fresh() => self.close(),
                _ => false,
            },
            Phase::Colon => {
                if b == b':' {
                    self.phase = Phase::Value;
                }
                b == b':'
            }
            Phase::After => match (self.stack.last_mut(), b) {
                (Some(Frame::Obj { key, .. }), b',') => {
                    *key = None;
                    self.phase = Phase::Key;
                    true
                }
                (Some(Frame::Arr { index, comma }), b',') => {
                    *index = index.saturating_add(1);
                    *comma = true;
                    self.phase = Phase::Value;
                    true
                }
                (Some(Frame::Obj { .. }), b'}') | (Some(Frame::Arr { .. }), b']') => self.close(),
                _ => false,
            },
        }
    }

    /// The escape state after byte `b` of a string, `None` at its closing quote.
    /// `escape` is 0 in plain text, [`BACKSLASH`] just after a backslash, and 1 to 4 for
    /// the bytes of a `\u` escape still to come (serde_json takes four, whatever they are).
    fn in_string(escape: u8, b: u8) -> Option<u8> {
        match (escape, b) {
            (0, b'"') => None,
            (0, b'\\') => Some(BACKSLASH),
            (BACKSLASH, b'u') => Some(4),
            (BACKSLASH, _) => Some(0),
            (n, _) => Some(n.saturating_sub(1)),
        }
    }

    fn start_value(&mut self, i: usize, b: u8) -> bool {
        self.phase = match b {
            b'{' => {
                self.stack.push(Frame::Obj {
                    key: None,
                    fresh: true,
                    open: i,
                });
                Phase::Key
            }
            b'[' => {
                self.stack.push(Frame::Arr { index: 0, comma: false });
                Phase::Value
            }
            b']' if matches!(self.stack.last(), Some(Frame::Arr { index: 0, comma: false })) => {
                return self.close();
            }
            b'"' => Phase::Str { escape: 0 },
            b'-' => Phase::Num(Num::Minus),
            b'0' => Phase::Num(Num::Zero),
            b'1'..=b'9' => Phase::Num(Num::Int),
            b't' => Phase::Lit(b"rue"),
            b'f' => Phase::Lit(b"alse"),
            b'n' => Phase::Lit(b"ull"),
            _ => return false,
        };
        true
    }

    fn close(&mut self) -> bool {
        self.stack.pop();
        self.phase = Phase::After;
        true
    }

    fn fresh(&self) -> bool {
        matches!(self.stack.last(), Some(Frame::Obj { fresh: true, .. }))
    }

    /// Where the innermost container's `{` is, when it is an object.
    fn open_object(&self) -> Option<usize> {
        match self.stack.last() {
            Some(Frame::Obj { open, .. }) => Some(*open),
            _ => None,
        }
    }

    /// The path of the innermost container (`with_current`: and of its current key or
    /// element), as serde_path_to_error prints it; `unknown` adds a `?` segment.
    fn path(&self, with_current: bool, unknown: bool) -> String {
        let mut out = String::new();
        let last = self.stack.len().saturating_sub(1);
        for (i, frame) in self.stack.iter().enumerate() {
            if i == last && !with_current {
                break;
            }
            match frame {
                Frame::Obj { key: Some(key), .. } => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(key);
                }
                Frame::Obj { key: None, .. } => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push('?');
                }
                Frame::Arr { index, .. } => {
                    out.push('[');
                    out.push_str(&index.to_string());
                    out.push(']');
                }
            }
        }
        if unknown {
            if !out.is_empty() {
                out.push('.');
            }
            out.push('?');
        }
        out
    }
}

/// The byte offset serde_json's line and column point at (just past the byte it read
/// last, or just past the byte it peeked at).
fn offset(text: &str, line: usize, column: usize) -> usize {
    let mut start = 0;
    if line > 1 {
        let mut seen = 1;
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                seen += 1;
                if seen == line {
                    start = i + 1;
                    break;
                }
            }
        }
    }
    start.saturating_add(column).min(text.len())
}

/// The field path of `e`, an error from deserializing `text` with serde_json, and
/// `message`, its text without the position. Empty for the root.
///
/// Malformed text at the first key of an object, or at its end, belongs to the enum itself
/// rather than to a key (`?`) when the object is read as an enum (`{ "variant": … }`).
/// Only the caller can tell (it knows the type), so then the answer also carries
/// `EnumProbe`: the byte of the object's `{` and the path to use if it is an enum. (A
/// plain value instead of a callback: a callback through `dyn Fn` puts every input type's
/// reader in the WebAssembly function table, where no per-area module can drop it.)
pub(crate) fn of_error(text: &str, e: &serde_json::Error, message: &str) -> (String, Option<EnumProbe>) {
    if e.line() == 0 {
        return (String::new(), None);
    }
    let at = offset(text, e.line(), e.column());
    let (w, culprit) = match e.classify() {
        Category::Data => return (data(&Walk::to(text, at), text, at, message), None),
        Category::Eof => (Walk::to(text, text.len()), None),
        Category::Syntax | Category::Io => {
            // Only an enum read as an object says "expected value" after a whole value
            // (something other than its closing `}`), and it stops before that byte.
            // (An enum's `{}` says it at the `}`, where a key was due.)
            let culprit = at.saturating_sub(1);
            let before = Walk::to(text, culprit);
            if message == "expected value" && !(before.phase == Phase::Key && before.fresh()) {
                let here = Walk::to(text, at);
                if here.phase == Phase::After && here.open_object().is_some() {
                    return (here.path(false, false), None);
                }
            }
            (before, text.as_bytes().get(culprit).copied())
        }
    };
    let path = syntax(&w, culprit, message);
    let at_key = matches!(w.phase, Phase::Key | Phase::KeyStr { .. }) && w.fresh();
    let at_end = w.phase == Phase::After && culprit.is_none();
    match w.open_object() {
        Some(open) if path.ends_with('?') && (at_key || at_end) => {
            let if_enum = w.path(false, false);
            (path, Some(EnumProbe { open, if_enum }))
        }
        _ => (path, None),
    }
}

/// The question [`of_error`] leaves to its caller: is the object whose `{` is at byte
/// `open` read as an enum? If so, the error's path is `if_enum`.
pub(crate) struct EnumProbe {
    pub(crate) open: usize,
    pub(crate) if_enum: String,
}

/// The byte offset of a serde_json error in `text`.
pub(crate) fn offset_of(text: &str, e: &serde_json::Error) -> usize {
    offset(text, e.line(), e.column())
}

/// A wrong value, a missing or unknown field: the walk stands where serde_json stopped.
fn data(w: &Walk, text: &str, at: usize, message: &str) -> String {
    match w.phase {
        Phase::Value => {
            // A visitor that entered the array before refusing it (a constitution
            // source) names the array; otherwise the refused value is the next one.
            let next = text
                .as_bytes()
                .get(at..)
                .unwrap_or_default()
                .iter()
                .find(|b| !b.is_ascii_whitespace());
            let entered = matches!(w.stack.last(), Some(Frame::Arr { index: 0, comma: false }))
                && message.starts_with("invalid type: sequence")
                && (next != Some(&b'[') || message.ends_with(CONSTITUTION_EXPECTING));
            w.path(!entered, false)
        }
        Phase::Str { .. } | Phase::Num(_) | Phase::Lit(_) | Phase::After => w.path(true, false),
        // An enum written as an object refuses its variant at the key.
        Phase::Key | Phase::KeyStr { .. } => w.path(false, false),
        Phase::Colon if message.starts_with("unknown field") => w.path(true, false),
        Phase::Colon => w.path(false, false),
    }
}

/// Malformed text (or too deep, or too long an array): the walk stands before the
/// offending byte (`None` at the end of the text).
fn syntax(w: &Walk, culprit: Option<u8>, message: &str) -> String {
    let in_array = matches!(w.stack.last(), Some(Frame::Arr { .. }));
    match w.phase {
        Phase::Str { .. } | Phase::Lit(_) => w.path(true, false),
        Phase::Num(n)
            if !n.whole() || culprit.is_some_and(|b| n.step(b).is_some() || n == Num::Zero && b.is_ascii_digit()) =>
        {
            w.path(true, false)
        }
        Phase::Num(_) | Phase::After => {
            if in_array {
                w.path(false, false)
            } else {
                w.path(false, !w.stack.is_empty())
            }
        }
        Phase::Value => match w.stack.last() {
            Some(Frame::Arr { comma, .. })
                if culprit.is_none() || (*comma && culprit == Some(b']')) || message == "trailing characters" =>
            {
                w.path(false, false)
            }
            _ => w.path(true, false),
        },
        Phase::Key if w.fresh() && matches!(message, "expected value" | "EOF while parsing a value") => {
            w.path(false, false)
        }
        Phase::Key | Phase::KeyStr { .. } => w.path(false, true),
        Phase::Colon => w.path(false, false),
    }
}
