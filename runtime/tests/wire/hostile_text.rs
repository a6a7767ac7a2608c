//! The strategies the property tests share: any code of the catalog, and
//! text biased towards what breaks the wire formats.

use proptest::prelude::*;

use crate::LoginError;

/// Any code of the tests' catalog.
pub(crate) fn any_code() -> impl Strategy<Value = LoginError> {
    proptest::sample::select(LoginError::ALL)
}

/// The characters that break formats, headers and URIs: quotes and
/// escapes, line breaks and other controls, the URI and form delimiters,
/// and non-ASCII (a Latin-1 letter, NEL, the Unicode line separator).
const NASTY_CHARS: [char; 21] = [
    '"', '\\', '\r', '\n', '\t', ' ', '%', '+', '&', '=', '#', '?', '/', ':', '@', ',', ';', 'é',
    '\u{0}', '\u{85}', '\u{2028}',
];

/// Any text, biased towards the characters that break formats: any string,
/// or up to 39 characters that are mostly [`NASTY_CHARS`], the rest any
/// character or a lower-case letter.
pub(crate) fn nasty_text() -> impl Strategy<Value = String> {
    // Each nasty character as likely as any character, or any letter.
    let nasty_char = prop_oneof![
        21 => proptest::sample::select(&NASTY_CHARS[..]),
        1 => any::<char>(),
        1 => proptest::char::range('a', 'z'),
    ];
    prop_oneof![
        any::<String>(),
        proptest::collection::vec(nasty_char, 0..40).prop_map(|chars| chars.into_iter().collect()),
    ]
}

/// [`nasty_text`] cut to at most `max` bytes, at a character boundary: text
/// short enough that no output bound cuts it, for properties that compare
/// what was sent with what was read.
pub(crate) fn short_nasty_text(max: usize) -> impl Strategy<Value = String> {
    nasty_text().prop_map(move |mut text| {
        let mut end = text.len().min(max);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
        text
    })
}

/// One `&`-separated pair of a redirect URI's query: as written, and as a
/// form reader decodes it.
#[derive(Debug, Clone)]
pub(crate) struct QueryPair {
    /// The pair as it stands in the URI, without its `&`.
    pub(crate) raw: String,
    pub(crate) decoded: Decoded,
}

/// What a form reader makes of a [`QueryPair`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Decoded {
    /// `a&&b`: no pair at all.
    Empty,
    /// A name and a value (empty for a pair without `=`).
    Pair(String, String),
    /// Not form-encoded UTF-8 (`%FF`).
    Invalid,
}

/// How a name or value is form-encoded: the many ways a client may write
/// the same text.
#[derive(Debug, Clone, Copy)]
enum Encoding {
    /// As `application/x-www-form-urlencoded` serializers do: unreserved
    /// characters as they are, a space as `+`, the rest `%XX`.
    Serializer,
    /// Every byte `%XX`, upper-case hex digits.
    AllBytesUpper,
    /// Every byte `%xx`, lower-case hex digits.
    AllBytesLower,
    /// The first character's bytes `%XX`, the rest as a serializer
    /// writes them: `%65rror`.
    FirstChar,
}

fn encode(text: &str, encoding: Encoding) -> String {
    let all_bytes = |text: &str, upper: bool| -> String {
        text.bytes()
            .map(|byte| {
                if upper {
                    format!("%{byte:02X}")
                } else {
                    format!("%{byte:02x}")
                }
            })
            .collect()
    };
    let serialize = |text: &str| url::form_urlencoded::byte_serialize(text.as_bytes()).collect();
    match encoding {
        Encoding::Serializer => serialize(text),
        Encoding::AllBytesUpper => all_bytes(text, true),
        Encoding::AllBytesLower => all_bytes(text, false),
        Encoding::FirstChar => {
            let first = text.chars().next().map_or(0, char::len_utf8);
            all_bytes(&text[..first], true) + &serialize(&text[first..])
        }
    }
}

fn any_encoding() -> impl Strategy<Value = Encoding> {
    proptest::sample::select(
        &[
            Encoding::Serializer,
            Encoding::AllBytesUpper,
            Encoding::AllBytesLower,
            Encoding::FirstChar,
        ][..],
    )
}

/// The names of the parameters an error response sets, a few near misses,
/// and a few names a client repeats.
const PARAMETER_NAMES: [&str; 12] = [
    "error",
    "error_description",
    "error_uri",
    "state",
    "iss",
    "ERROR",
    "errors",
    "state ",
    "Iss",
    "tag",
    "lang",
    "tag",
];

/// Pairs written by hand, as no serializer would write them, with what a
/// reader makes of them: a `%` without hex digits is itself, `+` a space,
/// `=` after the first part of the value, and a `?` data (so a query may
/// end in one).
const ODD_PAIRS: [(&str, Option<(&str, &str)>); 14] = [
    ("a=1?", Some(("a", "1?"))),
    ("?", Some(("?", ""))),
    ("??=?", Some(("??", "?"))),
    ("100%", Some(("100%", ""))),
    ("a=%zz", Some(("a", "%zz"))),
    ("=", Some(("", ""))),
    ("=x", Some(("", "x"))),
    ("a==b", Some(("a", "=b"))),
    ("a+b=c+d", Some(("a b", "c d"))),
    ("%2B=%26%3D", Some(("+", "&="))),
    ("%FF", None),
    ("a=%C3", None),
    ("%E2%82=x", None),
    ("x=%80%80", None),
];

/// Any pair of a client's query: names and values that are any text,
/// form-encoded in any of several ways (so `%65rror` is among the names),
/// the response's own names among them; an empty pair; a pair written by
/// hand, valid or not.
pub(crate) fn query_pair() -> impl Strategy<Value = QueryPair> {
    let name = prop_oneof![
        1 => proptest::sample::select(&PARAMETER_NAMES[..]).prop_map(str::to_owned),
        2 => short_nasty_text(16),
    ];
    let encoded = (
        name,
        short_nasty_text(24),
        any_encoding(),
        any_encoding(),
        any::<bool>(),
    )
        .prop_map(|(name, value, name_encoding, value_encoding, bare)| {
            let mut raw = encode(&name, name_encoding);
            // A name without `=` has an empty value, as has `name=`.
            if !(bare && value.is_empty()) {
                raw.push('=');
                raw.push_str(&encode(&value, value_encoding));
            }
            // An empty name and value without `=` is an empty pair.
            let decoded = if raw.is_empty() {
                Decoded::Empty
            } else {
                Decoded::Pair(name, value)
            };
            QueryPair { raw, decoded }
        });
    let odd = proptest::sample::select(&ODD_PAIRS[..]).prop_map(|(raw, decoded)| QueryPair {
        raw: raw.to_owned(),
        decoded: decoded.map_or(Decoded::Invalid, |(name, value)| {
            Decoded::Pair(name.to_owned(), value.to_owned())
        }),
    });
    prop_oneof![
        12 => encoded,
        1 => Just(QueryPair { raw: String::new(), decoded: Decoded::Empty }),
        2 => odd,
    ]
}

/// A redirect URI a client might register: the part before the query, and
/// the query's pairs when it has one (`?` alone is an empty list).
#[derive(Debug, Clone)]
pub(crate) struct RedirectBase {
    /// The scheme, authority and path.
    pub(crate) prefix: String,
    pub(crate) query: Option<Vec<QueryPair>>,
}

impl RedirectBase {
    /// The URI, and the byte offset of each pair of the query in it.
    pub(crate) fn uri(&self) -> (String, Vec<usize>) {
        let mut uri = self.prefix.clone();
        let mut offsets = Vec::new();
        if let Some(query) = &self.query {
            uri.push('?');
            for (index, pair) in query.iter().enumerate() {
                if index > 0 {
                    uri.push('&');
                }
                offsets.push(uri.len());
                uri.push_str(&pair.raw);
            }
        }
        (uri, offsets)
    }
}

/// Any redirect URI errcat may be given to build on: `https:`, `http:` or
/// a custom scheme (`com.example.app:`), a host and maybe a port, a path;
/// maybe a query of [`query_pair`]s with repeated names, empty pairs and a
/// trailing `&`; now and then one with more parameters than errcat takes,
/// or longer than it takes.
pub(crate) fn redirect_base() -> impl Strategy<Value = RedirectBase> {
    let host = prop_oneof![
        6 => "[a-z][a-z0-9-]{0,8}(\\.[a-z][a-z0-9-]{0,8}){0,2}",
        1 => Just("127.0.0.1".to_owned()),
        1 => Just("[::1]".to_owned()),
    ];
    let path = "(/[a-zA-Z0-9._~!$'()*+,;=:@%-]{0,8}){0,3}";
    let prefix = prop_oneof![
        3 => (
            proptest::sample::select(&["https", "http"][..]),
            host,
            proptest::option::of(0_u16..=65535),
            path,
        )
            .prop_map(|(scheme, host, port, path)| match port {
                Some(port) => format!("{scheme}://{host}:{port}{path}"),
                None => format!("{scheme}://{host}{path}"),
            }),
        1 => (
            proptest::sample::select(&["com.example.app", "x+y-z.w"][..]),
            prop_oneof![Just("/oauth2redirect".to_owned()), "[a-z/]{0,12}".prop_map(String::from)],
        )
            .prop_map(|(scheme, path)| format!("{scheme}:{path}")),
    ];
    let query = (
        proptest::collection::vec(query_pair(), 0..10),
        // Each pair again, values and all.
        proptest::option::weighted(0.1, Just(())),
        // A trailing `&` or two: empty pairs at the end.
        0_usize..3,
        // Around the most parameters errcat takes (59).
        proptest::option::weighted(0.05, 50_usize..70),
        // Around the longest URI errcat takes (2048 bytes).
        proptest::option::weighted(0.08, 1900_usize..2100),
    )
        .prop_map(|(mut pairs, again, trailing, many, pad)| {
            if again.is_some() {
                pairs.extend(pairs.clone());
            }
            for _ in 0..many.unwrap_or(0) {
                pairs.push(QueryPair {
                    raw: "m=1".to_owned(),
                    decoded: Decoded::Pair("m".to_owned(), "1".to_owned()),
                });
            }
            if let Some(pad) = pad {
                pairs.push(QueryPair {
                    raw: format!("pad={}", "a".repeat(pad)),
                    decoded: Decoded::Pair("pad".to_owned(), "a".repeat(pad)),
                });
            }
            pairs.extend((0..trailing).map(|_| QueryPair {
                raw: String::new(),
                decoded: Decoded::Empty,
            }));
            pairs
        });
    (prefix, proptest::option::weighted(0.8, query))
        .prop_map(|(prefix, query)| RedirectBase { prefix, query })
}

/// Any text, biased towards what a percent-decoder could misread: literal
/// escapes (`%41`, `%4`, a lone `%`) among the characters the text rule
/// encodes.
pub(crate) fn escape_like_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "(%[0-9a-fA-F]{0,2}|[\r\n\t \"\\\\+&=#?/:@,;'<>é\u{0}\u{7f}\u{85}\u{2028}a-z])*",
    ]
}

/// The configuration of every property test here: `cases` cases from a
/// fixed seed, so the same cases run on every run and every machine (a
/// failure reproduces, a pass means the same thing everywhere), and no
/// regression files are written into the source tree.
pub(crate) fn fixed_seed(cases: u32, seed: u64) -> ProptestConfig {
    ProptestConfig {
        cases,
        rng_seed: proptest::test_runner::RngSeed::Fixed(seed),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}
