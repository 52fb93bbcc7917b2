//! The timetable's tables (R25): migration 000006.

// The timetable (R25): rooms, bells, versions with entries, changes, lessons.

diesel::table! {
    rooms (id) {
        id -> Text,
        school_id -> Text,
        name -> Text,
        capacity -> Nullable<Integer>,
    }
}

diesel::table! {
    bell_schedules (id) {
        id -> Text,
        school_id -> Text,
        shift -> Integer,
        weekdays -> Integer,
        valid_from -> Date,
    }
}

diesel::table! {
    bells (school_id, schedule_id, number) {
        school_id -> Text,
        schedule_id -> Text,
        number -> Integer,
        starts_min -> Integer,
        ends_min -> Integer,
    }
}

diesel::table! {
    timetable_versions (id) {
        id -> Text,
        school_id -> Text,
        year_id -> Text,
        valid_from -> Date,
        created_at -> Timestamp,
    }
}

diesel::table! {
    timetable_entries (id) {
        id -> Text,
        school_id -> Text,
        version_id -> Text,
        class_id -> Text,
        subgroup_id -> Nullable<Text>,
        subject_id -> Text,
        teacher_id -> Text,
        co_teacher_id -> Nullable<Text>,
        room_id -> Nullable<Text>,
        weekday -> Integer,
        lesson -> Integer,
        weeks -> Text,
    }
}

diesel::table! {
    timetable_changes (id) {
        id -> Text,
        school_id -> Text,
        year_id -> Text,
        kind -> Text,
        on_date -> Date,
        lesson -> Integer,
        class_id -> Text,
        subgroup_id -> Nullable<Text>,
        teacher_id -> Nullable<Text>,
        room_id -> Nullable<Text>,
        subject_id -> Nullable<Text>,
        to_date -> Nullable<Date>,
        to_lesson -> Nullable<Integer>,
        created_by -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    lessons (id) {
        id -> Text,
        school_id -> Text,
        year_id -> Text,
        lesson_key -> Text,
        planned_on -> Date,
        held_on -> Date,
        lesson -> Integer,
        class_id -> Text,
        subgroup_id -> Nullable<Text>,
        subject_id -> Text,
        teacher_id -> Text,
        co_teacher_id -> Nullable<Text>,
        room_id -> Nullable<Text>,
        cancelled -> Bool,
        entry_id -> Nullable<Text>,
        changes -> Text,
        holds_data -> Bool,
        detached -> Bool,
    }
}

diesel::table! {
    calendar_feeds (id) {
        id -> Text,
        school_id -> Text,
        user_id -> Text,
        token_hash -> Text,
        created_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::allow_tables_to_appear_in_same_query!(
    rooms,
    bell_schedules,
    bells,
    timetable_versions,
    timetable_entries,
    timetable_changes,
    lessons,
    calendar_feeds,
);
