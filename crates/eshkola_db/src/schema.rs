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

diesel::table! {
    school_profiles (school_id) {
        school_id -> Text,
        inn -> Nullable<Text>,
        ogrn -> Nullable<Text>,
        code -> Nullable<Text>,
        address -> Nullable<Text>,
        phone -> Nullable<Text>,
        email -> Nullable<Text>,
        website -> Nullable<Text>,
        director_id -> Nullable<Text>,
        week_days -> Integer,
    }
}

diesel::table! {
    academic_years (id) {
        id -> Text,
        school_id -> Text,
        name -> Text,
        starts_on -> Date,
        ends_on -> Date,
    }
}

diesel::table! {
    periods (id) {
        id -> Text,
        school_id -> Text,
        year_id -> Text,
        kind -> Text,
        number -> Integer,
        grade_from -> Integer,
        grade_to -> Integer,
        starts_on -> Date,
        ends_on -> Date,
        finals_open_on -> Date,
        finals_close_on -> Date,
    }
}

diesel::table! {
    calendar_entries (id) {
        id -> Text,
        school_id -> Text,
        year_id -> Text,
        kind -> Text,
        name -> Text,
        starts_on -> Date,
        ends_on -> Date,
        instead_of -> Nullable<Date>,
        grade_from -> Nullable<Integer>,
        grade_to -> Nullable<Integer>,
    }
}

diesel::table! {
    classes (id) {
        id -> Text,
        school_id -> Text,
        year_id -> Text,
        grade -> Integer,
        letter -> Text,
        shift -> Integer,
        assessment -> Text,
        class_teacher_id -> Nullable<Text>,
    }
}

diesel::table! {
    subgroups (id) {
        id -> Text,
        school_id -> Text,
        class_id -> Text,
        name -> Text,
    }
}

diesel::table! {
    class_students (school_id, class_id, student_id) {
        school_id -> Text,
        class_id -> Text,
        student_id -> Text,
        enrolled_on -> Date,
        left_on -> Nullable<Date>,
    }
}

diesel::table! {
    subgroup_members (school_id, subgroup_id, student_id) {
        school_id -> Text,
        subgroup_id -> Text,
        student_id -> Text,
    }
}

diesel::table! {
    subjects (id) {
        id -> Text,
        school_id -> Text,
        name -> Text,
        short_name -> Text,
    }
}

diesel::table! {
    teaching_assignments (id) {
        id -> Text,
        school_id -> Text,
        class_id -> Text,
        subgroup_id -> Nullable<Text>,
        subject_id -> Text,
        teacher_id -> Text,
        weekly_half_hours -> Integer,
    }
}

diesel::table! {
    student_profiles (school_id, user_id) {
        school_id -> Text,
        user_id -> Text,
        birth_date -> Date,
        sex -> Text,
        verified_at -> Nullable<Timestamp>,
        verified_by -> Nullable<Text>,
    }
}

diesel::table! {
    parent_profiles (school_id, user_id) {
        school_id -> Text,
        user_id -> Text,
        phone -> Nullable<Text>,
        email -> Nullable<Text>,
        declined_electronic_access -> Bool,
        verified_at -> Nullable<Timestamp>,
        verified_by -> Nullable<Text>,
    }
}

diesel::table! {
    movements (id) {
        id -> Text,
        school_id -> Text,
        student_id -> Text,
        kind -> Text,
        moved_on -> Date,
        order_number -> Text,
        order_date -> Date,
        from_class_id -> Nullable<Text>,
        to_class_id -> Nullable<Text>,
        reason -> Nullable<Text>,
        origin -> Nullable<Text>,
        destination -> Nullable<Text>,
        recorded_by -> Text,
        recorded_at -> Timestamp,
    }
}

diesel::table! {
    activation_codes (id) {
        id -> Text,
        school_id -> Text,
        user_id -> Text,
        code_hash -> Text,
        issued_by -> Text,
        issued_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
    }
}

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

// Year rollover (R10): which accounts a leaving movement blocked. Queried on
// its own, so it stays out of the joinable list below.
diesel::table! {
    movement_blocks (school_id, movement_id, user_id) {
        school_id -> Text,
        movement_id -> Text,
        user_id -> Text,
        released_at -> Nullable<Timestamp>,
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
    school_profiles,
    academic_years,
    periods,
    calendar_entries,
    classes,
    subgroups,
    class_students,
    subgroup_members,
    subjects,
    teaching_assignments,
    student_profiles,
    parent_profiles,
    movements,
    activation_codes,
);
