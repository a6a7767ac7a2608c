//! gRPC statuses both ways (feature `tonic`), through tonic's own `Status`
//! and tonic-types' decoding of its details, one module per concern.

mod hostile;
mod mapping;
mod round_trip;

errcat::catalog! {
    /// The gRPC tests' codes.
    pub enum GrpcError = "tests/grpc/catalog.toml";
}

errcat::catalog! {
    /// A catalog whose `grpc_code` field has a default.
    pub enum DefaultedError = "tests/grpc/defaulted.toml";
}
