//! Activation codes: random, single-use, expiring, stored as SHA-256 (a fast
//! hash suffices for 60 random bits that expire in two weeks and are
//! throttled per account and per address). Shown once, on the slip.

use chrono::{Duration, NaiveDateTime};
use eshkola_api_types::{credentials::CredentialSlip, me::PersonName};
use eshkola_db::{
    DbConn, QueryError,
    models::{ActivationCodeRow, UserRow},
    queries::{activation_codes, sessions, users},
};
use eshkola_domain::{
    Role,
    activation::{CODE_LEN, code_from_bytes, display},
};
use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::routes::convert::person_name;

/// How a normalized code is stored.
pub fn hash_code(code: &str) -> String {
    Sha256::digest(code.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A code as issued: the only time it exists in clear.
pub struct IssuedCode {
    pub code: String,
    pub expires_at: NaiveDateTime,
}

/// Issues a new code for a person, valid for `ttl_secs`, revoking their
/// older ones. If they have a password, it is cleared and their sessions end:
/// the code is a reset.
pub fn issue(
    conn: &mut DbConn,
    user: &UserRow,
    issued_by: &str,
    now: NaiveDateTime,
    ttl_secs: i64,
) -> Result<IssuedCode, QueryError> {
    if user.password_hash.is_some() {
        users::clear_password(conn, &user.school_id, &user.id)?;
        sessions::revoke_all(conn, &user.school_id, &user.id, None, now)?;
    }
    activation_codes::revoke_open(conn, &user.school_id, &user.id, now)?;
    let mut bytes = [0u8; CODE_LEN];
    rand::rng().fill_bytes(&mut bytes);
    let code = code_from_bytes(&bytes);
    let expires_at = now + Duration::seconds(ttl_secs);
    activation_codes::insert(
        conn,
        &ActivationCodeRow {
            id: eshkola_db::new_id(),
            school_id: user.school_id.clone(),
            user_id: user.id.clone(),
            code_hash: hash_code(&code),
            issued_by: issued_by.into(),
            issued_at: now,
            expires_at,
            used_at: None,
            revoked_at: None,
        },
    )?;
    Ok(IssuedCode {
        code: display(&code),
        expires_at,
    })
}

/// The printable slip for one person.
pub fn slip(
    user: &UserRow,
    roles: Vec<Role>,
    class: Option<String>,
    child: Option<PersonName>,
    issued: IssuedCode,
) -> CredentialSlip {
    CredentialSlip {
        person: person_name(user),
        roles,
        class,
        child,
        login: user.login.clone(),
        code: issued.code,
        expires_at: issued.expires_at.and_utc(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_stored_as_sha256() {
        assert_eq!(hash_code("ABCD9AB9JKLM"), hash_code("ABCD9AB9JKLM"));
        assert_eq!(hash_code("").len(), 64);
        assert_ne!(hash_code("ABCD9AB9JKLM"), hash_code("ABCD9AB9JKLN"));
    }
}
