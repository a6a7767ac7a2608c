//! errcat without std: the generated enum and its accessors need only
//! `core`; with the `alloc` feature, `errcat::Error` and the wire formats
//! work with a heap and no std.
#![forbid(unsafe_code)]
#![no_std]

#[cfg(feature = "alloc")]
extern crate alloc;

errcat::catalog! {
    /// Errors of a firmware.
    pub enum DeviceError = "errors.toml";
}

/// Accessors are `const`: usable in a `const` table of a firmware image.
pub const TIMEOUT_STATUS: u16 = DeviceError::SensorTimeout.status();

/// The code's status, looked up from its wire code, with `core` alone.
#[must_use]
pub fn status_of(code: &str) -> Option<u16> {
    DeviceError::from_code(code).map(DeviceError::status)
}

/// The `FromStr` error without a heap keeps a bounded prefix of the text.
#[must_use]
pub fn refused(code: &str) -> Option<errcat::UnknownCode> {
    code.parse::<DeviceError>().err()
}

/// The RFC 6749 JSON body, with a heap.
#[cfg(feature = "alloc")]
#[must_use]
pub fn json_body(code: DeviceError, state: &str) -> alloc::string::String {
    errcat::Error::from(code)
        .with_state(state)
        .json_body(errcat::Expose::default())
}

/// Reads a JSON error body back, with a heap and serde but no std.
#[cfg(feature = "serde")]
#[must_use]
pub fn read_code(body: &[u8]) -> Option<DeviceError> {
    errcat::ErrorResponse::from_json(body)
        .ok()?
        .code::<DeviceError>()
        .known()
}
