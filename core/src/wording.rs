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

/// `"1 organisation"`, `"2 organisations"`: a count and its noun, regular plural.
pub fn count<N: PartialEq + From<u8> + Copy + std::fmt::Display>(n: N, noun: &str) -> String {
    format!("{n} {noun}{}", plural(n))
}

/// As [`count`], for a noun whose plural is not the noun plus "s" (`criterion`, `criteria`).
pub fn count_irregular<N: PartialEq + From<u8> + Copy + std::fmt::Display>(n: N, one: &str, many: &str) -> String {
    let word = if n == N::from(1) { one } else { many };
    format!("{n} {word}")
}

/// `"a"` or `"an"` before `word`, by its sound as far as spelling tells: "an other member",
/// "an ex officio member", "a core member", "a one-off", "an hour", "a unanimous vote".
pub fn a_or_an(word: &str) -> &'static str {
    let w = word.trim_start().to_ascii_lowercase();
    // Spelled with a vowel but said with a consonant, and the reverse.
    const CONSONANT_SOUND: &[&str] = &["one", "once", "uni", "unan", "use", "usu", "eu", "ewe", "ufo"];
    const VOWEL_SOUND: &[&str] = &["hour", "honest", "honour", "heir"];
    if CONSONANT_SOUND.iter().any(|p| w.starts_with(p)) {
        return "a";
    }
    if VOWEL_SOUND.iter().any(|p| w.starts_with(p)) {
        return "an";
    }
    // A number said with a vowel: "an 8", "an 11", "an 18".
    if w.starts_with('8') || w.starts_with("11") || w.starts_with("18") {
        let digits = w.chars().take_while(|c| c.is_ascii_digit()).count();
        return if w.starts_with('8') || digits == 2 || digits == 5 {
            "an"
        } else {
            "a"
        };
    }
    match w.chars().next() {
        Some('a' | 'e' | 'i' | 'o' | 'u') => "an",
        _ => "a",
    }
}

/// `word` with its indefinite article: "an other member", "a core member".
pub fn article(word: &str) -> String {
    format!("{} {word}", a_or_an(word))
}

/// "the Clackmannanshire Alliance", but "The Board" rather than "the The Board": a name
/// that already starts with "The" keeps its own.
pub fn the(name: &str) -> String {
    let starts_with_the = name.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("the "));
    if starts_with_the {
        name.to_string()
    } else {
        format!("the {name}")
    }
}

/// "was" for one, "were" for any other number.
pub fn was<N: PartialEq + From<u8>>(n: N) -> &'static str {
    if n == N::from(1) {
        "was"
    } else {
        "were"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_follow_the_sound() {
        for (word, want) in [
            ("other member", "an other member"),
            ("ex officio member", "an ex officio member"),
            ("core member", "a core member"),
            ("non-voting attendee", "a non-voting attendee"),
            ("interest", "an interest"),
            ("one-off gift", "a one-off gift"),
            ("unanimous vote", "a unanimous vote"),
            ("hour", "an hour"),
            ("8-week period", "an 8-week period"),
            ("18 month gap", "an 18 month gap"),
            ("1 day", "a 1 day"),
            ("two-thirds majority", "a two-thirds majority"),
        ] {
            assert_eq!(article(word), want);
        }
    }

    #[test]
    fn counts_and_names() {
        assert_eq!(count(1u32, "organisation"), "1 organisation");
        assert_eq!(count(0u32, "organisation"), "0 organisations");
        assert_eq!(count_irregular(1u32, "criterion", "criteria"), "1 criterion");
        assert_eq!(count_irregular(3u32, "criterion", "criteria"), "3 criteria");
        assert_eq!(the("The Board"), "The Board");
        assert_eq!(the("Theatre Group"), "the Theatre Group");
        assert_eq!(the("Alliance"), "the Alliance");
        assert_eq!(was(1u32), "was");
        assert_eq!(was(2u32), "were");
    }
}
