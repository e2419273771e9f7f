//! Small helpers for the sentences engines write.

/// `""` for one, `"s"` for any other number: `format!("{n} meeting{}", plural(n))`.
pub fn plural<N: PartialEq + From<u8>>(n: N) -> &'static str {
    if n == N::from(1) {
        ""
    } else {
        "s"
    }
}

/// At most `max` characters of `s`, to quote in a message (see [`crate::limits::shown`]).
pub fn cut(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

/// As [`cut`], with "…" where something was left off.
pub fn cut_marked(s: &str, max: usize) -> String {
    let mut out = cut(s, max);
    if s.chars().nth(max).is_some() {
        out.push('…');
    }
    out
}

/// "a", "a and b", "a, b and c".
pub fn and_list(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}
