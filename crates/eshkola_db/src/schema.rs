//! The diesel schema, hand-kept over the portable type set shared by both engines.
//! It mirrors `migrations/*/…/up.sql`; the migration tests catch drift.

diesel::table! {
    schools (id) {
        id -> Text,
        name -> Text,
        short_name -> Text,
        time_zone -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    users (id) {
        id -> Text,
        school_id -> Text,
        login -> Text,
        password_hash -> Nullable<Text>,
        surname -> Text,
        first_name -> Text,
        patronymic -> Nullable<Text>,
        active -> Bool,
        created_at -> Timestamp,
        last_login_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    user_roles (school_id, user_id, role) {
        school_id -> Text,
        user_id -> Text,
        role -> Text,
    }
}

diesel::table! {
    guardianships (school_id, parent_id, student_id) {
        school_id -> Text,
        parent_id -> Text,
        student_id -> Text,
        relationship -> Text,
    }
}

diesel::table! {
    sessions (id) {
        id -> Text,
        school_id -> Text,
        user_id -> Text,
        user_agent -> Text,
        ip -> Text,
        created_at -> Timestamp,
        last_used_at -> Timestamp,
        expires_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    refresh_tokens (token_hash) {
        token_hash -> Text,
        school_id -> Text,
        session_id -> Text,
        issued_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    login_failures (id) {
        id -> Text,
        login -> Text,
        failed_at -> Timestamp,
    }
}

diesel::joinable!(users -> schools (school_id));
diesel::joinable!(sessions -> users (user_id));
diesel::allow_tables_to_appear_in_same_query!(
    schools,
    users,
    user_roles,
    guardianships,
    sessions,
    refresh_tokens,
    login_failures,
);
