//! Record encoding: one version byte, then the record in bincode (serde,
//! standard configuration). The version byte lets a later format read or
//! refuse an old record instead of misreading it.

use crate::error::{Error, Result};
use serde::{de::DeserializeOwned, Serialize};

/// The version of every record this build writes (the first byte of each
/// record; the database's format version is `store::FORMAT_VERSION`).
pub(crate) const RECORD_VERSION: u8 = 1;

pub(crate) fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    let mut out = vec![RECORD_VERSION];
    // Encoding plain data structs into a Vec cannot fail: no maps with
    // non-string keys, no I/O.
    bincode::serde::encode_into_std_write(value, &mut out, bincode::config::standard())
        .expect("bincode encoding of an in-memory record");
    out
}

/// Decodes a record; `what` names it in errors (a `format_args!` costs
/// nothing unless the record is bad: node reads are on every query's path).
pub(crate) fn decode<T: DeserializeOwned>(bytes: &[u8], what: impl std::fmt::Display) -> Result<T> {
    match bytes.split_first() {
        Some((&RECORD_VERSION, body)) => bincode::serde::decode_from_slice(body, bincode::config::standard())
            .map(|(value, _)| value)
            .map_err(|e| Error::Corrupt { what: format!("{what}: {e}") }),
        Some((&other, _)) => Err(Error::Corrupt {
            what: format!("{what} has record version {other}, this build reads version {RECORD_VERSION}"),
        }),
        None => Err(Error::Corrupt { what: format!("{what} is empty") }),
    }
}

pub(crate) fn encode_u64(value: u64) -> Vec<u8> {
    value.to_be_bytes().to_vec()
}

pub(crate) fn decode_u64(bytes: &[u8], what: &str) -> Result<u64> {
    bytes
        .try_into()
        .map(u64::from_be_bytes)
        .map_err(|_| Error::Corrupt { what: format!("{what} is {} bytes, expected 8", bytes.len()) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_round_trip_and_other_versions_are_refused() {
        let value = ("Қуат".to_string(), 7u64, vec![true, false]);
        let bytes = encode(&value);
        assert_eq!(bytes[0], RECORD_VERSION);
        let back: (String, u64, Vec<bool>) = decode(&bytes, "test").unwrap();
        assert_eq!(back, value);
        let mut newer = bytes.clone();
        newer[0] = RECORD_VERSION + 1;
        let err = decode::<(String, u64, Vec<bool>)>(&newer, "node 7").unwrap_err();
        assert!(err.to_string().contains("record version 2"), "{err}");
        assert!(decode::<u8>(&[], "x").is_err());
        assert!(decode::<String>(&[RECORD_VERSION, 200], "x").is_err());
    }
}
