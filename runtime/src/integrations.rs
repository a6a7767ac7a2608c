//! Impls for generated enums that depend on errcat's features.
//!
//! The macro cannot write `#[cfg(feature = "serde")]` into the user's crate:
//! it would test the user's features, not errcat's. Instead the generated
//! code invokes [`__errcat_integrations!`](crate::__errcat_integrations),
//! and each macro below is defined twice here, once per state of its
//! feature, so the choice is made when errcat is compiled.

/// Expands to every integration impl enabled in this build of errcat.
#[doc(hidden)]
#[macro_export]
macro_rules! __errcat_integrations {
    ($name:ident) => {
        $crate::__errcat_serde!($name);
        $crate::__errcat_http!($name);
        $crate::__errcat_axum!($name);
        $crate::__errcat_actix!($name);
        $crate::__errcat_openapi!($name);
        $crate::__errcat_tonic!($name);
    };
}

/// `Serialize` and `Deserialize` as the wire code.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __errcat_serde {
    ($name:ident) => {
        impl $crate::__private::serde::Serialize for $name {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str($name::code(*self))
            }
        }

        impl<'de> $crate::__private::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::__private::deserialize_code(deserializer)
            }
        }
    };
}

#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __errcat_serde {
    ($name:ident) => {};
}

/// `From<Enum> for http::Response<String>`.
#[cfg(feature = "http")]
#[doc(hidden)]
#[macro_export]
macro_rules! __errcat_http {
    ($name:ident) => {
        impl ::core::convert::From<$name>
            for $crate::__private::http::Response<$crate::__private::String>
        {
            fn from(code: $name) -> Self {
                $crate::__private::code_response($crate::__private::entry(code))
            }
        }
    };
}

#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __errcat_http {
    ($name:ident) => {};
}

/// `axum_core::response::IntoResponse`.
#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __errcat_axum {
    ($name:ident) => {
        impl $crate::__private::axum_core::response::IntoResponse for $name {
            fn into_response(self) -> $crate::__private::axum_core::response::Response {
                $crate::__private::code_into_response($crate::__private::entry(self))
            }
        }
    };
}

#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __errcat_axum {
    ($name:ident) => {};
}

/// actix-web's `ResponseError` and `Responder`.
#[cfg(feature = "actix")]
#[doc(hidden)]
#[macro_export]
macro_rules! __errcat_actix {
    ($name:ident) => {
        impl $crate::__private::actix_web::ResponseError for $name {
            fn status_code(&self) -> $crate::__private::actix_web::http::StatusCode {
                $crate::__private::code_actix_status(self.status())
            }

            fn error_response(&self) -> $crate::__private::actix_web::HttpResponse {
                $crate::__private::code_actix_response($crate::__private::entry(*self))
            }
        }

        impl $crate::__private::actix_web::Responder for $name {
            type Body = $crate::__private::actix_web::body::BoxBody;

            fn respond_to(
                self,
                _request: &$crate::__private::actix_web::HttpRequest,
            ) -> $crate::__private::actix_web::HttpResponse {
                $crate::__private::actix_web::ResponseError::error_response(&self)
            }
        }
    };
}

#[cfg(not(feature = "actix"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __errcat_actix {
    ($name:ident) => {};
}

/// utoipa's `PartialSchema`, `ToSchema` (the string enum of the codes) and
/// `IntoResponses` (those of `Error<Enum>`), and aide's `OperationOutput`:
/// each a call of a builder compiled in errcat with the enum's table.
#[doc(hidden)]
#[macro_export]
macro_rules! __errcat_openapi {
    ($name:ident) => {
        $crate::__errcat_utoipa!($name);
        $crate::__errcat_aide!($name);
    };
}

#[cfg(feature = "utoipa")]
#[doc(hidden)]
#[macro_export]
macro_rules! __errcat_utoipa {
    ($name:ident) => {
        impl $crate::__private::utoipa::PartialSchema for $name {
            fn schema() -> $crate::__private::utoipa_support::SchemaRef {
                $crate::__private::utoipa_support::code_schema($crate::__private::table::<$name>())
            }
        }

        impl $crate::__private::utoipa::ToSchema for $name {
            fn name() -> $crate::__private::Cow<'static, str> {
                $crate::__private::Cow::Borrowed(::core::stringify!($name))
            }
        }

        impl $crate::__private::utoipa::IntoResponses for $name {
            fn responses() -> $crate::__private::utoipa_support::Responses {
                $crate::__private::utoipa_support::responses(
                    $crate::__private::table::<$name>(),
                    $crate::BodyFormat::OAuth,
                )
            }
        }
    };
}

#[cfg(not(feature = "utoipa"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __errcat_utoipa {
    ($name:ident) => {};
}

#[cfg(feature = "aide")]
#[doc(hidden)]
#[macro_export]
macro_rules! __errcat_aide {
    ($name:ident) => {
        impl $crate::__private::aide::OperationOutput for $name {
            type Inner = Self;

            fn inferred_responses(
                _: &mut $crate::__private::aide::generate::GenContext,
                _: &mut $crate::__private::aide::openapi::Operation,
            ) -> $crate::__private::aide_support::Responses {
                $crate::__private::aide_support::responses(
                    $crate::__private::table::<$name>(),
                    $crate::BodyFormat::OAuth,
                )
            }
        }
    };
}

#[cfg(not(feature = "aide"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __errcat_aide {
    ($name:ident) => {};
}

/// `From<Enum> for tonic::Status`.
#[cfg(feature = "tonic")]
#[doc(hidden)]
#[macro_export]
macro_rules! __errcat_tonic {
    ($name:ident) => {
        impl ::core::convert::From<$name> for $crate::__private::tonic::Status {
            fn from(code: $name) -> Self {
                $crate::__private::code_status($crate::__private::entry(code))
            }
        }
    };
}

#[cfg(not(feature = "tonic"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __errcat_tonic {
    ($name:ident) => {};
}

#[cfg(feature = "serde")]
pub(crate) mod serde_support {
    use core::fmt;
    use core::marker::PhantomData;

    use serde::de::{self, Visitor};

    use crate::ErrorCode;

    /// Deserializes a wire code of catalog `C`: its first entry.
    ///
    /// # Errors
    ///
    /// When the value is not a string, or not a code of the catalog.
    pub fn deserialize_code<'de, C: ErrorCode, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<C, D::Error> {
        deserializer.deserialize_str(CodeVisitor(PhantomData))
    }

    struct CodeVisitor<C>(PhantomData<C>);

    impl<C: ErrorCode> Visitor<'_> for CodeVisitor<C> {
        type Value = C;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an error code of the catalog")
        }

        fn visit_str<E: de::Error>(self, code: &str) -> Result<C, E> {
            C::from_code(code).ok_or_else(|| E::invalid_value(de::Unexpected::Str(code), &self))
        }
    }
}
