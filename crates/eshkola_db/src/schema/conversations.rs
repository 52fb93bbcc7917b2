//! Conversations: messages between staff and families (R20); migration
//! 000013. Queried on their own: a thread, its members, its messages and
//! their attachments.

diesel::table! {
    message_threads (id) {
        id -> Text,
        school_id -> Text,
        subject -> Text,
        started_by -> Text,
        created_at -> Timestamp,
        last_message_at -> Timestamp,
    }
}

diesel::table! {
    thread_members (school_id, thread_id, user_id) {
        school_id -> Text,
        thread_id -> Text,
        user_id -> Text,
        last_read_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    messages (id) {
        id -> Text,
        school_id -> Text,
        thread_id -> Text,
        author_id -> Text,
        body -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    message_files (school_id, message_id, file_id) {
        school_id -> Text,
        message_id -> Text,
        file_id -> Text,
    }
}

diesel::allow_tables_to_appear_in_same_query!(
    message_threads,
    thread_members,
    messages,
    message_files
);
