//! The attendance section in the browser (R18): a maths teacher marked a 5А
//! student absent (Н) on Tuesday 8 December 2026 (seeded straight into the
//! database, as the journal's entry would write it); the class teacher opens
//! «Посещаемость» from the menu, finds the absence in the week's grid, sets
//! «Б — Болел» for the day, and the grid shows the corrected reason with no
//! unexcused absence left.

use anyhow::{Context, Result, ensure};
use eshkola_db::{
    models::AbsenceRow,
    queries::{
        attendance_corrections, class_students, classes, journal_lists,
        lessons::{self, Whose},
        users,
    },
};

use crate::browser_harness::{Browser, screenshots, wait_for, wait_for_text};

const DAY: &str = "2026-12-08";

/// Writes the absence; returns (class id, student id).
fn seed_absence(url: &str) -> Result<(String, String)> {
    let pool = eshkola_db::connect(url, 1)?;
    let mut conn = pool.get()?;
    let teacher = users::find_by_login(&mut conn, "classteacher")?.context("classteacher")?;
    let school = teacher.school_id.clone();
    let day = DAY.parse()?;
    let mut found = None;
    for lesson in lessons::held_between(&mut conn, &school, Whose::All, day, day)? {
        let class = classes::get(&mut conn, &school, &lesson.class_id)?;
        if class.class_teacher_id.as_deref() == Some(teacher.id.as_str())
            && lesson.subgroup_id.is_none()
        {
            found = Some((class, lesson));
            break;
        }
    }
    let (class, lesson) = found.context("a whole-class lesson of 5А on the day")?;
    let student = class_students::current_in_class(&mut conn, &school, &class.id)?
        .into_iter()
        .next()
        .context("a student of 5А")?
        .student_id;
    let absent = journal_lists::attendance_codes(&mut conn, &school)?
        .into_iter()
        .find(|c| c.code == "Н")
        .context("the Н code")?;
    let row = AbsenceRow {
        school_id: school,
        lesson_id: lesson.id,
        student_id: student.clone(),
        code_id: absent.id,
        set_by: lesson.teacher_id,
        set_at: eshkola_db::now(),
        late: false,
        corrected_code_id: None,
        corrected_by: None,
        corrected_at: None,
        version: 1,
    };
    attendance_corrections::insert_entry(&mut conn, &row)?;
    Ok((class.id, student))
}

pub async fn class_teacher_sets_a_reason(b: &Browser) -> Result<()> {
    let client = &b.client;
    let (class, student) = seed_absence(&b.database_url())?;
    b.sign_in("classteacher").await?;
    wait_for(client, ".app-nav a[href='/attendance']")
        .await?
        .click()
        .await?;
    wait_for(client, "#attendance-page").await?;
    b.goto(&format!("/attendance?class={class}&week={DAY}"))
        .await?;
    let cell = format!("tr[data-student='{student}'] td[data-date='{DAY}']");
    let codes = wait_for_text(client, &format!("{cell} .codes"), "Н").await?;
    ensure!(!codes.contains('Б'), "before: `{codes}`");
    wait_for(client, &format!("#reason-{student}-{DAY}"))
        .await?
        .select_by_label("Б — Болел")
        .await?;
    wait_for(client, &format!("{cell} .apply-reason"))
        .await?
        .click()
        .await?;
    wait_for_text(client, &format!("{cell} .codes"), "Б").await?;
    wait_for(client, &format!("{cell} .code--corrected")).await?;
    let unexcused = wait_for(
        client,
        &format!("tr[data-student='{student}'] td.total:nth-last-child(2)"),
    )
    .await?
    .text()
    .await?;
    ensure!(
        unexcused.trim() == "0",
        "unexcused after the note: `{unexcused}`"
    );
    // Under the grid, the parents' notes of the week (none in the demo).
    wait_for_text(client, "#class-notes", "Записки родителей").await?;
    screenshots(client, "eshkola-attendance").await?;
    b.sign_out().await
}

/// The deputy keeps the journal's lists (R13): adds a kind of work with a
/// fractional weight in «Настройки журнала», then opens the timeliness report.
pub async fn deputy_adds_a_kind_of_work(b: &Browser) -> Result<()> {
    let client = &b.client;
    b.sign_in("deputy").await?;
    wait_for(client, ".app-nav a[href='/journal/setup']")
        .await?
        .click()
        .await?;
    wait_for(client, "#work-kinds li[data-kind='Контрольная работа']").await?;
    wait_for(client, "#attendance-codes li[data-code='Н']").await?;
    for (id, text) in [
        ("#kind-name", "Проект"),
        ("#kind-short", "Пр"),
        ("#kind-weight", "2,5"),
    ] {
        let input = wait_for(client, id).await?;
        input.clear().await?;
        input.send_keys(text).await?;
    }
    wait_for(client, "#new-kind button[type='submit']")
        .await?
        .click()
        .await?;
    wait_for(client, "#work-kinds li[data-kind='Проект']").await?;
    let weight = wait_for(client, "#work-kinds li[data-kind='Проект'] input")
        .await?
        .prop("value")
        .await?
        .unwrap_or_default();
    ensure!(weight == "2,5", "the new kind's weight reads `{weight}`");
    screenshots(client, "eshkola-journal-setup").await?;
    wait_for(client, ".app-nav a[href='/journal/timeliness']")
        .await?
        .click()
        .await?;
    wait_for(client, "#timeliness-page").await?;
    wait_for_text(client, "#timeliness-page", "Срок заполнения — 19:00").await?;
    screenshots(client, "eshkola-timeliness").await?;
    b.sign_out().await
}
