//! The class journal's tables (R13–R18, R30): migration 000009.

use super::{lessons, users};

// The class journal (R13–R18, R30): migration 000009.
diesel::table! {
    journal_settings (school_id) {
        school_id -> Text,
        deadline_min -> Integer,
        round_up_from -> Integer,
        version -> Integer,
    }
}

diesel::table! {
    work_kinds (id) {
        id -> Text,
        school_id -> Text,
        name -> Text,
        short_name -> Text,
        weight_tenths -> Integer,
        category -> Text,
        pair -> Bool,
        position -> Integer,
        archived -> Bool,
    }
}

diesel::table! {
    attendance_codes (id) {
        id -> Text,
        school_id -> Text,
        code -> Text,
        name -> Text,
        kind -> Text,
        excused -> Bool,
        position -> Integer,
        archived -> Bool,
    }
}

diesel::table! {
    plan_topics (id) {
        id -> Text,
        school_id -> Text,
        assignment_id -> Text,
        position -> Integer,
        title -> Text,
        hours -> Integer,
        category -> Text,
    }
}

diesel::table! {
    stored_files (id) {
        id -> Text,
        school_id -> Text,
        name -> Text,
        media_type -> Text,
        size_bytes -> BigInt,
        sha256 -> Text,
        uploaded_by -> Text,
        uploaded_at -> Timestamp,
    }
}

diesel::table! {
    lesson_records (school_id, lesson_id) {
        school_id -> Text,
        lesson_id -> Text,
        topic -> Nullable<Text>,
        work_kind_id -> Nullable<Text>,
        plan_topic_id -> Nullable<Text>,
        homework -> Nullable<Text>,
        homework_due_on -> Nullable<Date>,
        note -> Nullable<Text>,
        filled_at -> Nullable<Timestamp>,
        filled_late -> Bool,
        updated_at -> Timestamp,
        updated_by -> Text,
        version -> Integer,
    }
}

diesel::table! {
    homework_files (school_id, lesson_id, file_id) {
        school_id -> Text,
        lesson_id -> Text,
        file_id -> Text,
    }
}

diesel::table! {
    marks (id) {
        id -> Text,
        school_id -> Text,
        lesson_id -> Text,
        student_id -> Text,
        value -> Text,
        work_kind_id -> Text,
        comment -> Nullable<Text>,
        position -> Integer,
        created_at -> Timestamp,
        created_by -> Text,
        late -> Bool,
        updated_at -> Timestamp,
        updated_by -> Text,
        version -> Integer,
    }
}

diesel::table! {
    attendance (school_id, lesson_id, student_id) {
        school_id -> Text,
        lesson_id -> Text,
        student_id -> Text,
        code_id -> Text,
        set_by -> Text,
        set_at -> Timestamp,
        late -> Bool,
        corrected_code_id -> Nullable<Text>,
        corrected_by -> Nullable<Text>,
        corrected_at -> Nullable<Timestamp>,
        version -> Integer,
    }
}

diesel::table! {
    final_marks (id) {
        id -> Text,
        school_id -> Text,
        year_id -> Text,
        class_id -> Text,
        subject_id -> Text,
        student_id -> Text,
        slot -> Text,
        value -> Text,
        comment -> Nullable<Text>,
        created_at -> Timestamp,
        created_by -> Text,
        updated_at -> Timestamp,
        updated_by -> Text,
        version -> Integer,
    }
}

diesel::table! {
    journal_history (id) {
        id -> Text,
        school_id -> Text,
        at -> Timestamp,
        actor_id -> Text,
        client_addr -> Nullable<Text>,
        entity -> Text,
        entity_id -> Text,
        field -> Text,
        old_value -> Nullable<Text>,
        new_value -> Nullable<Text>,
        reason -> Nullable<Text>,
        lesson_id -> Nullable<Text>,
        student_id -> Nullable<Text>,
        class_id -> Nullable<Text>,
        subject_id -> Nullable<Text>,
    }
}

// Journal tables join each other, the dated lessons and users (names); other
// pairs are queried separately, since a pair may be declared only once.
diesel::allow_tables_to_appear_in_same_query!(
    journal_settings,
    work_kinds,
    attendance_codes,
    plan_topics,
    stored_files,
    lesson_records,
    homework_files,
    marks,
    attendance,
    final_marks,
    journal_history,
    lessons,
    users,
);
