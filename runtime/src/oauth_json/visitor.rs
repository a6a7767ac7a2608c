//! `Deserialize` for [`ErrorResponse`]: the serde visitor every JSON
//! reader uses. It walks the members and reads each value as the
//! [`ResponseBuilder`] says; the builder decides what they mean.
//!
//! A member the builder skips (an extension whose value is not a string)
//! is skipped two ways. `from_json`, which has the body's [`Outline`],
//! knows which values are strings before reading them, and skips the
//! others unread with `IgnoredAny`, as serde's derive and Python's `json`
//! skip a value; the outline bounds their depth. `Deserialize`, which has
//! no bytes to outline, walks a value through the deserializer to learn
//! whether it is a string, so the deserializer's rules for every value
//! (`serde_json` refuses `1e400`) and its recursion limit hold there.

use alloc::string::String;
use core::cell::Cell;
use core::fmt;

use serde::de::{self, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

use super::outline::Outline;
use crate::response::{Format, Read, ResponseBuilder};
use crate::{ErrorResponse, ParseError};

impl<'de> Deserialize<'de> for ErrorResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let verdict = Cell::new(None);
        deserializer
            .deserialize_map(ResponseVisitor {
                max_members: usize::MAX,
                verdict: &verdict,
                outline: None,
            })?
            .finish()
            .map_err(de::Error::custom)
    }
}

/// Reads a JSON object's members into a [`ResponseBuilder`], which the
/// reader finishes once the deserializer has seen the end of the input:
/// `{}}` is malformed JSON before it is a response without `error`.
pub(super) struct ResponseVisitor<'v> {
    pub(super) max_members: usize,
    /// The precise reason for a failure that has a [`ParseError`] of its
    /// own; serde's error type can only carry a message.
    pub(super) verdict: &'v Cell<Option<ParseError>>,
    /// The body's outline, when the reader has the body.
    pub(super) outline: Option<&'v Outline>,
}

impl ResponseVisitor<'_> {
    fn fail<E: de::Error>(&self, verdict: ParseError) -> E {
        let error = E::custom(&verdict);
        self.verdict.set(Some(verdict));
        error
    }
}

impl<'de> Visitor<'de> for ResponseVisitor<'_> {
    type Value = ResponseBuilder;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an OAuth 2.0 error response object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ResponseBuilder, A::Error> {
        let mut builder = ResponseBuilder::new(Format::Json);
        let mut members = 0_usize;
        loop {
            let holds_string = self.outline.map(|outline| outline.holds_string(members));
            // A member whose value is not a string is skipped or refused
            // whatever its name, so a name that is not Unicode
            // (`"\ud800"`) is read as sent, not refused.
            let name = if holds_string == Some(false) {
                match map.next_key::<NameAsSent>()? {
                    None => break,
                    Some(NameAsSent(name)) => name,
                }
            } else {
                match map.next_key::<String>()? {
                    None => break,
                    Some(name) => Some(name),
                }
            };
            members += 1;
            if members > self.max_members {
                return Err(self.fail(ParseError::TooManyParameters {
                    limit: self.max_members,
                }));
            }
            let Some(name) = name else {
                map.next_value::<IgnoredAny>()?;
                continue;
            };
            // Asked before the value is read, so that serde reports a
            // standard member that is not a string with its position.
            let recorded = match builder.read(&name).map_err(|error| self.fail(error))? {
                // `null` is how a naive serializer writes an unset
                // `Option`, and the common clients read it as absent: so
                // does this, keeping the member's code (`error` aside).
                Read::Text => match map.next_value::<Option<String>>()? {
                    Some(value) => builder.param(name, value),
                    None => builder.null(&name),
                },
                Read::TextOrSkip => match holds_string {
                    Some(true) => builder.param(name, map.next_value::<String>()?),
                    Some(false) => {
                        map.next_value::<IgnoredAny>()?;
                        Ok(())
                    }
                    None => match map.next_value::<MaybeString>()?.0 {
                        Some(value) => builder.param(name, value),
                        None => Ok(()),
                    },
                },
            };
            recorded.map_err(|error| self.fail(error))?;
        }
        Ok(builder)
    }
}

/// A member's name, `None` when it is not Unicode (a lone surrogate
/// escape, `"\ud800"`): read as the bytes `serde_json` decodes it to, which
/// are UTF-8 but for such an escape.
struct NameAsSent(Option<String>);

impl<'de> Deserialize<'de> for NameAsSent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_bytes(NameVisitor)
    }
}

struct NameVisitor;

impl Visitor<'_> for NameVisitor {
    type Value = NameAsSent;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<NameAsSent, E> {
        Ok(NameAsSent(Some(name.into())))
    }

    fn visit_bytes<E: de::Error>(self, name: &[u8]) -> Result<NameAsSent, E> {
        Ok(NameAsSent(core::str::from_utf8(name).ok().map(Into::into)))
    }
}

/// A member's value read as [`Read::TextOrSkip`] without an outline: kept
/// when it is a string, skipped (and consumed whole) when it is anything
/// else.
struct MaybeString(Option<String>);

impl<'de> Deserialize<'de> for MaybeString {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(MaybeStringVisitor)
    }
}

struct MaybeStringVisitor;

impl<'de> Visitor<'de> for MaybeStringVisitor {
    type Value = MaybeString;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<MaybeString, E> {
        Ok(MaybeString(Some(value.into())))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<MaybeString, E> {
        Ok(MaybeString(Some(value)))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<MaybeString, E> {
        Ok(MaybeString(None))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<MaybeString, E> {
        Ok(MaybeString(None))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<MaybeString, E> {
        Ok(MaybeString(None))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<MaybeString, E> {
        Ok(MaybeString(None))
    }

    fn visit_unit<E: de::Error>(self) -> Result<MaybeString, E> {
        Ok(MaybeString(None))
    }

    fn visit_none<E: de::Error>(self) -> Result<MaybeString, E> {
        Ok(MaybeString(None))
    }

    // Without an outline (serde's `Deserialize`), the members of a
    // skipped array or object are read as `MaybeString` too, not as
    // `IgnoredAny`: `serde_json` skips an `IgnoredAny` without counting
    // its depth, and a body nested 100,000 deep must be refused at the
    // recursion limit, as documented, not walked.
    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<MaybeString, A::Error> {
        while seq.next_element::<MaybeString>()?.is_some() {}
        Ok(MaybeString(None))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<MaybeString, A::Error> {
        while map.next_entry::<IgnoredAny, MaybeString>()?.is_some() {}
        Ok(MaybeString(None))
    }
}
