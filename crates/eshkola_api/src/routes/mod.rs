//! The `/api/v1` routes, registered through utoipa-actix-web so the mounted app
//! and the OpenAPI document come from the same calls.

// Parents' absence notes (R18, R23).
pub(crate) mod absence_notes;
mod accounts;
// Announcements and events (R21).
mod announcements;
mod assignments;
// The class teacher's attendance section (R18).
mod attendance;
mod auth;
mod calendar;
mod classes;
// The diary and progress (R5, R23, R24).
mod convert;
mod credentials;
pub(crate) mod diary;
mod fields;
// Final marks (R15).
mod files;
mod finals;
pub mod health;
mod imports;
mod journal;
// The journal's rules, kinds of work and attendance codes (R13, R14, R18).
mod journal_setup;
mod me;
// Messages between staff and families (R20).
mod messages;
// The notification centre (R19, R23).
pub(crate) mod notifications;
mod object;
mod people;
mod periods;
mod plans;
mod school;
mod sessions;
mod setup;
mod subgroup_members;
mod subgroups;
mod subjects;
mod teachers;
mod throttle;
pub(crate) mod timetable;
// How timely the journal is filled (R14, R29).
mod timeliness;
// The weekly paper report (R22, R31).
pub(crate) mod weekly_reports;
mod years;

use utoipa_actix_web::{scope, service_config::ServiceConfig};

pub use throttle::LoginThrottle;

/// Registers every `/api/v1` operation. `throttle` limits sign-in attempts per IP.
pub fn configure(throttle: LoginThrottle) -> impl FnOnce(&mut ServiceConfig<'_>) {
    move |cfg| {
        cfg.service(
            scope::scope("/auth")
                .wrap(throttle.middleware())
                .service(auth::sign_in)
                .service(auth::refresh_session)
                .service(auth::sign_out)
                .service(credentials::activate::activate),
        )
        .service(me::get_me)
        .service(me::change_password)
        .service(sessions::list_my_sessions)
        .service(sessions::end_my_other_sessions)
        .service(sessions::end_my_session)
        .service(accounts::list_accounts)
        .service(accounts::update_account)
        .service(accounts::list_account_sessions)
        .service(accounts::end_account_sessions)
        // School setup (R8): profile, years with periods and calendar, classes,
        // subgroups, subjects, teaching assignments.
        .service(school::get_school)
        .service(school::update_school)
        .service(teachers::list_teachers)
        .service(years::list_years)
        .service(years::create_year)
        .service(years::get_year)
        .service(years::update_year)
        .service(years::delete_year)
        .service(periods::set_periods)
        .service(periods::suggest_periods)
        .service(calendar::list_calendar)
        .service(calendar::create_calendar_entry)
        .service(calendar::delete_calendar_entry)
        .service(classes::list_classes)
        .service(classes::create_class)
        .service(classes::get_class)
        .service(classes::update_class)
        .service(classes::delete_class)
        .service(subgroups::create_subgroup)
        .service(subgroups::rename_subgroup)
        .service(subgroups::delete_subgroup)
        // Subgroup membership (R8).
        .service(subgroup_members::get_subgroup_members)
        .service(subgroup_members::set_subgroup_members)
        .service(assignments::list_assignments)
        .service(assignments::create_assignment)
        .service(assignments::delete_assignment)
        .service(subjects::list_subjects)
        .service(subjects::create_subject)
        .service(subjects::update_subject)
        .service(subjects::delete_subject)
        // People (R1, R5, R9, R10, R34): students, parents, movement, roster.
        .service(people::students::list_students)
        .service(people::students::admit_student)
        .service(people::students::get_student)
        .service(people::students::update_student)
        .service(people::movement::withdraw_student)
        .service(people::movement::transfer_student)
        .service(people::movement::list_movements)
        .service(people::parents::list_parents)
        .service(people::parents::create_parent)
        .service(people::parents::get_parent)
        .service(people::parents::update_parent)
        .service(people::parents::link_guardian)
        .service(people::parents::unlink_guardian)
        .service(people::roster::get_roster)
        .service(people::verify::verify_person)
        // People screens: a student's movement history on their card.
        .service(people::history::list_student_movements)
        // The rest of movement (R10): re-admission, the year rollover, the
        // weekly report of contingent changes.
        .service(people::readmit::readmit_student)
        .service(people::rollover::preview_rollover)
        .service(people::rollover::apply_rollover)
        .service(people::contingent::contingent_report)
        // Credentials (R2, R3, R4): staff accounts and activation codes.
        .service(credentials::staff::create_staff)
        .service(credentials::staff::set_staff_roles)
        .service(credentials::issue::issue_class_credentials)
        .service(credentials::issue::issue_person_credentials)
        // The timetable (R25): rooms, bells, versions and weeks, changes,
        // dated lessons and their views, the personal iCalendar feed.
        .service(timetable::rooms::list_rooms)
        .service(timetable::rooms::create_room)
        .service(timetable::rooms::update_room)
        .service(timetable::rooms::delete_room)
        .service(timetable::bells::list_bell_schedules)
        .service(timetable::bells::create_bell_schedule)
        .service(timetable::bells::delete_bell_schedule)
        .service(timetable::versions::list_versions)
        .service(timetable::versions::create_version)
        .service(timetable::versions::delete_version)
        .service(timetable::week::get_class_week)
        .service(timetable::week::check_class_week)
        .service(timetable::week::save_class_week)
        .service(timetable::changes::list_changes)
        .service(timetable::changes::create_change)
        .service(timetable::changes::delete_change)
        .service(timetable::regenerate::generate_lessons)
        .service(timetable::detached::detached_lessons)
        .service(timetable::detached::move_entries)
        .service(timetable::views::class_lessons)
        .service(timetable::views::teacher_lessons)
        .service(timetable::views::room_lessons)
        .service(timetable::views::my_timetable)
        .service(timetable::views::my_today)
        .service(timetable::feed::create_feed)
        .service(timetable::feed::revoke_feed)
        .service(timetable::feed::get_feed)
        // Bulk import and export (R11): classes, students, parents, staff.
        .service(imports::import)
        .service(imports::template)
        .service(imports::export)
        .service(timetable::hours::teaching_hours)
        // The class journal (R13–R18, R30): the list, a page, a lesson saved
        // as a whole, single marks and attendance, the history.
        .service(journal::list::list_journals)
        .service(journal::page::get_journal)
        .service(journal::lesson::get_lesson)
        .service(journal::lesson::save_lesson)
        .service(journal::marks::create_mark)
        .service(journal::marks::update_mark)
        .service(journal::marks::delete_mark)
        .service(journal::attendance::set_attendance)
        .service(journal::history::get_history)
        .service(journal::history::student_mark_history)
        // Final marks (R15).
        .service(finals::sheet::get_finals)
        .service(finals::post::put_final)
        // The journal's rules, kinds of work and attendance codes (R13, R14, R18).
        .service(journal_setup::settings::get_journal_settings)
        .service(journal_setup::settings::put_journal_settings)
        .service(journal_setup::work_kinds::list_work_kinds)
        .service(journal_setup::work_kinds::create_work_kind)
        .service(journal_setup::work_kinds::update_work_kind)
        .service(journal_setup::work_kinds::delete_work_kind)
        .service(journal_setup::attendance_codes::list_attendance_codes)
        .service(journal_setup::attendance_codes::create_attendance_code)
        .service(journal_setup::attendance_codes::update_attendance_code)
        .service(journal_setup::attendance_codes::delete_attendance_code)
        // The class teacher's attendance section (R18).
        .service(attendance::section::class_attendance)
        .service(attendance::corrections::correct_attendance)
        // Students at risk and telling their parents (R19).
        .service(attendance::at_risk::class_at_risk)
        .service(attendance::at_risk::notify_parents)
        // How timely the journal is filled (R14, R29).
        .service(timeliness::journal_timeliness)
        // The thematic plan (R13) and its coverage (R29); stored files.
        .service(plans::edit::get_plan)
        .service(plans::edit::save_plan)
        .service(plans::file::import_plan)
        .service(plans::file::export_plan)
        .service(plans::file::plan_template)
        .service(plans::schedule::plan_schedule)
        .service(plans::coverage::plan_coverage)
        .service(files::upload::upload_file)
        .service(files::download::download_file)
        .service(files::delete::delete_file)
        // The diary and progress (R5, R23, R24).
        .service(diary::week::my_diary)
        .service(diary::homework::my_homework)
        .service(diary::progress::my_progress)
        // The weekly paper report (R22, R31).
        .service(weekly_reports::class_weekly_reports)
        .service(weekly_reports::class_weekly_reports_pdf)
        .service(weekly_reports::student_weekly_report)
        .service(weekly_reports::student_weekly_report_pdf)
        // The notification centre (R19, R23).
        .service(notifications::centre::my_notifications)
        .service(notifications::centre::mark_read)
        .service(notifications::mail_settings::get_mail_settings)
        .service(notifications::mail_settings::put_mail_settings)
        // Parents' absence notes (R18, R23).
        .service(absence_notes::create_note)
        .service(absence_notes::list_notes)
        .service(absence_notes::withdraw_note)
        // Announcements and events (R21).
        .service(announcements::create_announcement)
        .service(announcements::list_announcements)
        .service(announcements::update_announcement)
        .service(announcements::delete_announcement)
        // Messages between staff and families (R20).
        .service(messages::recipients::list_recipients)
        .service(messages::threads::list_threads)
        .service(messages::threads::get_thread)
        .service(messages::threads::mark_thread_read)
        .service(messages::threads::unread_messages)
        .service(messages::write::create_thread)
        .service(messages::write::reply)
        .service(messages::write::broadcast);
    }
}
