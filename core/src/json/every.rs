//! Every shape problem of an input, not only the first.
//!
//! serde stops at the first problem. On the error path only (a successful read never comes
//! here), the reader takes the problem's member out of the JSON text and reads again, up
//! to [`MAX_SHAPE_PROBLEMS`] problems and [`MAX_READS`] reads, each with its field path in
//! the text as it was given. The text is edited, not parsed into a `serde_json::Value`
//! and written back, so that the order of keys (which decides which problem serde meets
//! first) and everything else about it stay as written.
//!
//! Exact, not hopeful: taking a member out can itself cause an error ("missing field" for
//! the member taken out, or something said about the object it was taken from). Such an
//! error is never reported: "missing field `k`" for a `k` taken out means the object has
//! to go too (and is taken out in turn, up to the root, where the search ends); any other
//! error at an object something was taken from, or at one that holds it, ends the search
//! there, since it could be the edit's doing. A problem elsewhere is in text the edits
//! did not touch, so it is real. Malformed JSON text reports its one problem.

use crate::limits::MAX_SHAPE_PROBLEMS;

/// The most reads of the edited text after the first problem (each is one read of at most
/// the input's length): the problems and the objects taken out on the way to each.
pub const MAX_READS: usize = 4 * MAX_SHAPE_PROBLEMS;

/// One step of a field path.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Seg {
    Key(String),
    Index(usize),
}

/// A member taken out: the container it was in and its key or index, in the coordinates
/// of the text as given (`original`), and the container's path at the time of the edit
/// (`at`, for array indices after it, which moved down by one).
#[derive(Debug)]
struct Taken {
    original: Vec<Seg>,
    at: Vec<Seg>,
    what: Seg,
}

/// The search for every problem of a text that failed to read with `first` (its path and
/// serde's message), driven by the reader: [`Every::next_text`] is the edited text to read
/// next, [`Every::feed`] takes what reading it gave, [`Every::found`] is `first` and each
/// further problem as `(path, message)`.
pub(super) struct Every {
    found: Vec<(String, String)>,
    current: String,
    taken: Vec<Taken>,
    path: String,
    message: String,
    reads: usize,
    ready: bool,
}

impl Every {
    pub(super) fn new(text: &str, first: (String, String)) -> Every {
        let mut search = Every {
            found: vec![first.clone()],
            current: text.to_string(),
            taken: Vec::new(),
            path: first.0,
            message: first.1,
            reads: 0,
            ready: false,
        };
        // Malformed text: its one problem (nothing after it can be read reliably).
        if serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok() {
            search.cut();
        }
        search
    }

    /// The edited text to read next, or `None` when the search is over.
    pub(super) fn next_text(&self) -> Option<&str> {
        self.ready.then_some(self.current.as_str())
    }

    /// Every problem found: the first, then each further one.
    pub(super) fn found(self) -> Vec<(String, String)> {
        self.found
    }

    /// Take the member at fault out of the text, making it the next to read.
    fn cut(&mut self) {
        self.ready = false;
        if self.reads >= MAX_READS || self.found.len() >= MAX_SHAPE_PROBLEMS {
            return;
        }
        let (current, path, message) = (&self.current, &self.path, &self.message);
        let Some(segs) = segments(current, path) else { return };
        // An unknown field reported at its object (an internally tagged enum reads its
        // variant's fields after the object) is the member of that name, where there is one.
        let target = match quoted(message, "unknown field `") {
            Some(key) if !matches!(segs.last(), Some(Seg::Key(k)) if *k == key) => {
                let mut inner = segs.clone();
                inner.push(Seg::Key(key));
                if span(current, &inner).is_some() {
                    inner
                } else {
                    segs
                }
            }
            _ => segs,
        };
        let Some((container, what)) = split_last(&target) else {
            return;
        };
        let Some((start, end)) = span(current, &target) else {
            return;
        };
        let original = to_original(&self.taken, container.to_vec());
        self.current.replace_range(start..end, "");
        self.taken.push(Taken {
            original,
            at: container.to_vec(),
            what: what.clone(),
        });
        self.reads += 1;
        self.ready = true;
    }

    /// What reading [`Every::next_text`] gave: `None` when it read, else the problem's
    /// path and message.
    pub(super) fn feed(&mut self, outcome: Option<(String, String)>) {
        self.ready = false;
        let Some((next_path, next_message)) = outcome else {
            return;
        };
        let (current, taken) = (&self.current, &self.taken);
        let Some(next) = segments(current, &next_path) else {
            return;
        };
        let next_original = to_original(taken, next.clone());
        let missing = quoted(&next_message, "missing field `");
        let touched = taken.iter().any(|t| t.original.starts_with(&next_original));
        if touched {
            let from_here = |key: &str| {
                taken
                    .iter()
                    .any(|t| t.original == next_original && t.what == Seg::Key(key.to_string()))
            };
            let present = |key: &str| {
                let mut inner = next.clone();
                inner.push(Seg::Key(key.to_string()));
                span(current, &inner).is_some()
            };
            match (missing, quoted(&next_message, "unknown field `")) {
                // The edit's doing: the object goes too; nothing is reported.
                (Some(key), _) if from_here(&key) => {}
                // Absent from the text as given: real.
                (Some(_), _) => self.found.push((render(&next_original), next_message.clone())),
                // A key that is in the text and unknown whatever else is there: real.
                (None, Some(key)) if present(&key) => self.found.push((render(&next_original), next_message.clone())),
                // Perhaps the edit's doing: stop here.
                _ => return,
            }
        } else {
            self.found.push((render(&next_original), next_message.clone()));
        }
        self.path = next_path;
        self.message = next_message;
        self.cut();
    }
}

/// `abc` from "missing field `abc`…" for the prefix "missing field `".
fn quoted(message: &str, prefix: &str) -> Option<String> {
    let rest = message.strip_prefix(prefix)?;
    rest.find('`').map(|end| rest[..end].to_string())
}

fn split_last(segs: &[Seg]) -> Option<(&[Seg], &Seg)> {
    let (last, rest) = segs.split_last()?;
    Some((rest, last))
}

/// A path in the current text's coordinates as it was in the text as given: every array
/// element taken out before an index moved it down by one.
fn to_original(taken: &[Taken], mut segs: Vec<Seg>) -> Vec<Seg> {
    for t in taken.iter().rev() {
        if let Seg::Index(gone) = t.what {
            if segs.len() > t.at.len() && segs.starts_with(&t.at) {
                if let Some(Seg::Index(i)) = segs.get_mut(t.at.len()) {
                    if *i >= gone {
                        *i += 1;
                    }
                }
            }
        }
    }
    segs
}

/// A path as the reader writes it: `roster.seats[2].class`, `[0].date`, `` for the root.
fn render(segs: &[Seg]) -> String {
    let mut out = String::new();
    for s in segs {
        match s {
            Seg::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Seg::Index(i) => {
                out.push('[');
                out.push_str(&i.to_string());
                out.push(']');
            }
        }
    }
    out
}

/// The steps of `path` in `text` (valid JSON): the key or index at each level, found in
/// the text itself, so that a key holding `.` or `[` is read as the text has it. `None`
/// when the path does not lead anywhere, or could be read two ways.
fn segments(text: &str, path: &str) -> Option<Vec<Seg>> {
    let mut segs = Vec::new();
    let mut rest = path;
    let mut scan = Scan::new(text);
    scan.ws();
    let mut first = true;
    while !rest.is_empty() {
        match scan.peek()? {
            b'[' => {
                let inner = rest.strip_prefix('[')?;
                let close = inner.find(']')?;
                let index: usize = inner[..close].parse().ok()?;
                rest = &inner[close + 1..];
                scan.element(index)?;
                segs.push(Seg::Index(index));
            }
            b'{' => {
                let key_text = if first { rest } else { rest.strip_prefix('.')? };
                let members = scan.members()?;
                let mut matches = members.iter().filter(|m| {
                    key_text
                        .strip_prefix(m.key.as_str())
                        .is_some_and(|after| after.is_empty() || after.starts_with('.') || after.starts_with('['))
                });
                let (m, again) = (matches.next()?, matches.next());
                if again.is_some() {
                    return None;
                }
                rest = &key_text[m.key.len()..];
                scan.i = m.value;
                segs.push(Seg::Key(m.key.clone()));
            }
            _ => return None,
        }
        first = false;
    }
    Some(segs)
}

/// The bytes to cut to take out the member at `segs` (with one comma beside it), so that
/// what is left is still valid JSON. `None` for the root or a path that leads nowhere.
fn span(text: &str, segs: &[Seg]) -> Option<(usize, usize)> {
    let (parent, last) = split_last(segs)?;
    let mut scan = Scan::new(text);
    scan.ws();
    for s in parent {
        match s {
            Seg::Index(i) => scan.element(*i)?,
            Seg::Key(k) => {
                let members = scan.members()?;
                let mut found = members.iter().filter(|m| m.key == *k);
                let (m, again) = (found.next()?, found.next());
                if again.is_some() {
                    return None;
                }
                scan.i = m.value;
            }
        }
    }
    let (items, at): (Vec<(usize, usize)>, usize) = match last {
        Seg::Index(i) => (scan.elements()?, *i),
        Seg::Key(k) => {
            let members = scan.members()?;
            let mut hits = members.iter().enumerate().filter(|(_, m)| m.key == *k);
            let ((j, _), again) = (hits.next()?, hits.next());
            if again.is_some() {
                return None;
            }
            (members.iter().map(|m| (m.start, m.end)).collect(), j)
        }
    };
    let (start, end) = *items.get(at)?;
    Some(
        match (items.get(at + 1), at.checked_sub(1).and_then(|p| items.get(p))) {
            (Some(&(next, _)), _) => (start, next),
            (None, Some(&(_, prev_end))) => (prev_end, end),
            (None, None) => (start, end),
        },
    )
}

/// An object member: where its key starts, where its value starts and ends.
struct Member {
    key: String,
    start: usize,
    value: usize,
    end: usize,
}

/// A cursor over valid JSON text.
struct Scan<'a> {
    b: &'a [u8],
    i: usize,
}

impl<'a> Scan<'a> {
    fn new(text: &'a str) -> Self {
        Scan {
            b: text.as_bytes(),
            i: 0,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn eat(&mut self, want: u8) -> Option<()> {
        self.ws();
        (self.peek()? == want).then(|| self.i += 1)
    }

    /// Past a string whose opening quote is at the cursor.
    fn string(&mut self) -> Option<()> {
        self.i += 1;
        loop {
            match self.peek()? {
                b'"' => {
                    self.i += 1;
                    return Some(());
                }
                b'\\' => self.i += 2,
                _ => self.i += 1,
            }
        }
    }

    /// Past the value at the cursor (containers by their brackets, iteratively).
    fn value(&mut self) -> Option<()> {
        self.ws();
        let mut depth = 0usize;
        loop {
            match self.peek()? {
                b'"' => self.string()?,
                b'{' | b'[' => {
                    depth += 1;
                    self.i += 1;
                }
                b'}' | b']' => {
                    depth = depth.checked_sub(1)?;
                    self.i += 1;
                }
                // Inside a container: punctuation, space, numbers and literals.
                _ if depth > 0 => self.i += 1,
                // A number or a literal: up to the next delimiter.
                _ => {
                    while self
                        .peek()
                        .is_some_and(|c| !matches!(c, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r'))
                    {
                        self.i += 1;
                    }
                }
            }
            if depth == 0 {
                return Some(());
            }
        }
    }

    /// The members of the object at the cursor; the cursor is left after it.
    fn members(&mut self) -> Option<Vec<Member>> {
        self.eat(b'{')?;
        let mut out = Vec::new();
        self.ws();
        if self.peek()? == b'}' {
            self.i += 1;
            return Some(out);
        }
        loop {
            self.ws();
            let start = self.i;
            self.string()?;
            let key: String = serde_json::from_str(std::str::from_utf8(self.b.get(start..self.i)?).ok()?).ok()?;
            self.eat(b':')?;
            self.ws();
            let value = self.i;
            self.value()?;
            out.push(Member {
                key,
                start,
                value,
                end: self.i,
            });
            self.ws();
            match self.peek()? {
                b',' => self.i += 1,
                b'}' => {
                    self.i += 1;
                    return Some(out);
                }
                _ => return None,
            }
        }
    }

    /// The (start, end) of each element of the array at the cursor.
    fn elements(&mut self) -> Option<Vec<(usize, usize)>> {
        self.eat(b'[')?;
        let mut out = Vec::new();
        self.ws();
        if self.peek()? == b']' {
            self.i += 1;
            return Some(out);
        }
        loop {
            self.ws();
            let start = self.i;
            self.value()?;
            out.push((start, self.i));
            self.ws();
            match self.peek()? {
                b',' => self.i += 1,
                b']' => {
                    self.i += 1;
                    return Some(out);
                }
                _ => return None,
            }
        }
    }

    /// Move the cursor to element `index` of the array at the cursor.
    fn element(&mut self, index: usize) -> Option<()> {
        let (start, _) = *self.elements()?.get(index)?;
        self.i = start;
        Some(())
    }
}

/// The most objects [`inner_holders`] lists, and how deep it looks.
const MAX_HOLDERS: usize = 16;
const MAX_HOLDER_DEPTH: usize = 64;

/// Where an unknown field `key` reported at the object at `path` really is, when that
/// object has no member `key` itself: serde reads an internally tagged enum's variant from
/// a buffered copy, so a problem inside a part of it (a `greaterOf` headcount's parts) is
/// reported at the outermost enum read from the text (`quorum.headcount`). The objects
/// inside it with a member `key` are listed, in the order of the text, each as its path
/// and the text without that member (to tell which one serde refused); empty where the
/// object has the member itself, or the path names the member (an ordinary struct's
/// unknown field), or nothing inside has it.
fn inner_holders(text: &str, path: &str, key: &str) -> Vec<(String, String)> {
    let Some(segs) = segments(text, path) else {
        return Vec::new();
    };
    if matches!(segs.last(), Some(Seg::Key(k)) if k == key) {
        return Vec::new();
    }
    let mut scan = Scan::new(text);
    scan.ws();
    for s in &segs {
        let found = match s {
            Seg::Index(i) => scan.element(*i),
            Seg::Key(k) => scan.members().and_then(|members| {
                let m = members.iter().find(|m| m.key == *k)?;
                scan.i = m.value;
                Some(())
            }),
        };
        if found.is_none() {
            return Vec::new();
        }
        scan.ws();
    }
    let mut here = segs.clone();
    let mut found = Vec::new();
    holders(&mut scan, &mut here, key, 0, &mut found);
    found
        .into_iter()
        .filter_map(|holder| {
            let mut member = holder.clone();
            member.push(Seg::Key(key.to_string()));
            let (start, end) = span(text, &member)?;
            let mut edited = text.to_string();
            edited.replace_range(start..end, "");
            Some((render(&holder), edited))
        })
        .collect()
}

/// The search for the part of an internally tagged enum that an unknown field reported at
/// the enum belongs to, driven by the reader as [`Every`] is: one object inside holding the
/// field is the part; of several, the first that serde refuses the field for, that is,
/// where the text without it does not read as "missing field" (a part of another kind
/// that has the field rightly, `count` in a fixed part, misses it when it is taken out).
pub(super) struct Part {
    candidates: Vec<(String, String)>,
    next: usize,
    missing: String,
    found: Option<String>,
}

impl Part {
    pub(super) fn new(text: &str, path: &str, message: &str) -> Part {
        let key = quoted(message, "unknown field `");
        let candidates = key.as_deref().map(|k| inner_holders(text, path, k)).unwrap_or_default();
        let found = match candidates.as_slice() {
            [(only, _)] => Some(only.clone()),
            _ => None,
        };
        Part {
            missing: format!("missing field `{}`", key.unwrap_or_default()),
            next: 0,
            candidates,
            found,
        }
    }

    /// The text without the field in the next object to try, or `None` when the search is over.
    pub(super) fn next_text(&self) -> Option<&str> {
        if self.found.is_some() {
            return None;
        }
        self.candidates.get(self.next).map(|(_, text)| text.as_str())
    }

    /// What reading [`Part::next_text`] gave: `None` when it read, else serde's message.
    pub(super) fn feed(&mut self, outcome: Option<String>) {
        if !outcome.is_some_and(|m| m.starts_with(&self.missing)) {
            self.found = self.candidates.get(self.next).map(|(path, _)| path.clone());
        }
        self.next += 1;
    }

    /// The path to report: the part's, where one was found, else `reported`.
    pub(super) fn path(self, reported: String) -> String {
        self.found.unwrap_or(reported)
    }
}

/// The objects at or under the value at the cursor (but not the value itself) with a
/// member `key`, in the order of the text.
fn holders(scan: &mut Scan, path: &mut Vec<Seg>, key: &str, depth: usize, out: &mut Vec<Vec<Seg>>) {
    if depth > MAX_HOLDER_DEPTH || out.len() >= MAX_HOLDERS {
        return;
    }
    scan.ws();
    match scan.peek() {
        Some(b'{') => {
            let Some(members) = scan.members() else { return };
            if depth > 0 && members.iter().any(|m| m.key == key) {
                out.push(path.clone());
            } else if depth == 0 && members.iter().any(|m| m.key == key) {
                // The object reported has the member itself: serde's path is right.
                return;
            }
            for m in &members {
                let mut inner = Scan { b: scan.b, i: m.value };
                path.push(Seg::Key(m.key.clone()));
                holders(&mut inner, path, key, depth + 1, out);
                path.pop();
            }
        }
        Some(b'[') => {
            let Some(items) = scan.elements() else { return };
            for (j, (start, _)) in items.into_iter().enumerate() {
                let mut inner = Scan { b: scan.b, i: start };
                path.push(Seg::Index(j));
                holders(&mut inner, path, key, depth + 1, out);
                path.pop();
            }
        }
        _ => {}
    }
}
