//! The diary's tables (R18, R19, R21, R23): notifications, absence notes,
//! announcements, the e-mail outbox and preferences; migrations 000010–000012
//! and 000014. Each is queried on its own.

// The notification centre (R19, R23): queried on its own.
diesel::table! {
    notifications (id) {
        id -> Text,
        school_id -> Text,
        user_id -> Text,
        kind -> Text,
        student_id -> Text,
        subject_id -> Nullable<Text>,
        lesson_id -> Nullable<Text>,
        value -> Nullable<Text>,
        created_at -> Timestamp,
        read_at -> Nullable<Timestamp>,
    }
}

// Absence notes from parents (R18, R23): queried on their own.
diesel::table! {
    absence_notes (id) {
        id -> Text,
        school_id -> Text,
        student_id -> Text,
        author_id -> Text,
        from_on -> Date,
        to_on -> Date,
        reason -> Text,
        comment -> Nullable<Text>,
        created_at -> Timestamp,
        withdrawn_at -> Nullable<Timestamp>,
        file_id -> Nullable<Text>,
    }
}

// Announcements and events (R21) and the classes they are for.
diesel::table! {
    announcements (id) {
        id -> Text,
        school_id -> Text,
        author_id -> Text,
        title -> Text,
        body -> Text,
        event_on -> Nullable<Date>,
        event_until -> Nullable<Date>,
        for_staff -> Bool,
        for_students -> Bool,
        for_parents -> Bool,
        grade_from -> Nullable<Integer>,
        grade_to -> Nullable<Integer>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    announcement_classes (school_id, announcement_id, class_id) {
        school_id -> Text,
        announcement_id -> Text,
        class_id -> Text,
    }
}

// E-mail (R19, R23): the outbox a worker delivers, and who wants what.
diesel::table! {
    mail_outbox (id) {
        id -> Text,
        school_id -> Text,
        user_id -> Text,
        to_address -> Text,
        kind -> Text,
        subject -> Text,
        body -> Text,
        created_at -> Timestamp,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        locked_until -> Nullable<Timestamp>,
        sent_at -> Nullable<Timestamp>,
        failed_at -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
    }
}

// The weekly digest's ledger (R23).
diesel::table! {
    mail_digests (school_id, week_from) {
        school_id -> Text,
        week_from -> Date,
        queued_at -> Timestamp,
    }
}

// The address a staff member or student gave for letters (R19, R23).
diesel::table! {
    mail_addresses (school_id, user_id) {
        school_id -> Text,
        user_id -> Text,
        email -> Text,
    }
}

diesel::table! {
    mail_preferences (school_id, user_id, kind) {
        school_id -> Text,
        user_id -> Text,
        kind -> Text,
        email -> Bool,
    }
}
