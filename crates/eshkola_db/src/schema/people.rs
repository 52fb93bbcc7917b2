//! The foundation, school setup and people: schools, users and their roles,
//! sessions, years, periods, the calendar, classes, subjects, enrolments,
//! profiles, movement and activation codes.

diesel::table! {
    schools (id) {
        id -> Text,
        name -> Text,
        short_name -> Text,
        time_zone -> Text,
        created_at -> Timestamp,
        refs_version -> BigInt,
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
