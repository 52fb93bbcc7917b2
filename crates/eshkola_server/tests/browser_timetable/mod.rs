//! The timetable in the browser (R25): the deputy places a lesson for 5А in
//! the editor, places one that double-books the maths teacher and sees the
//! conflict at once, removes it and saves; the teacher then finds the new
//! lesson in their own timetable. Screenshots of the editor and the week.
//! Then the deputy records a substitution on that week (`changes.rs`), and
//! moves the entries of a lesson a new day off detached (`detached.rs`).

mod changes;
mod detached;

use anyhow::{Context, Result, ensure};

use crate::browser_harness::{Browser, screenshots, wait_for, wait_for_text};

/// The demo maths teacher, as the editor's picker names him.
const MATHS_TEACHER: &str = "Волков С. А.";

pub async fn journeys(browser: &Browser) -> Result<()> {
    deputy_places_a_lesson(browser)
        .await
        .context("journey of the deputy")?;
    teacher_sees_the_lesson(browser)
        .await
        .context("journey of the teacher")?;
    changes::deputy_records_a_substitution(browser)
        .await
        .context("journey of the changes on dates")?;
    detached::deputy_moves_the_entries_of_a_detached_lesson(browser)
        .await
        .context("journey of a detached lesson")
}

async fn place(b: &Browser, cell: &str) -> Result<()> {
    let client = &b.client;
    wait_for(client, &format!("td[data-cell='{cell}']"))
        .await?
        .click()
        .await?;
    wait_for(client, "#entry-subject")
        .await?
        .select_by_label("Матем.")
        .await?;
    wait_for(client, "#entry-teacher")
        .await?
        .select_by_label(MATHS_TEACHER)
        .await?;
    wait_for(client, "#place-lesson").await?.click().await?;
    Ok(())
}

async fn deputy_places_a_lesson(b: &Browser) -> Result<()> {
    let client = &b.client;
    b.sign_in("deputy").await?;
    wait_for(client, ".app-nav a[href='/timetable']")
        .await?
        .click()
        .await?;
    wait_for(client, "#editor-link").await?.click().await?;
    wait_for(client, "#editor-class")
        .await?
        .select_by_label("5А")
        .await?;
    // 5А's maths on Monday, second lesson, comes from the demo timetable.
    wait_for(client, "td[data-cell='1-2'] .editor-entry").await?;
    wait_for(client, "#no-conflicts").await?;

    // Tuesday, fifth lesson: free for the class and for the teacher.
    place(b, "2-5").await?;
    wait_for(client, "td[data-cell='2-5'] .editor-entry").await?;
    wait_for(client, "#no-conflicts").await?;

    // Monday, third lesson: Волков teaches 5Б then; the conflict shows at once.
    place(b, "1-3").await?;
    wait_for(client, "td[data-cell='1-3'].editor-cell--conflict").await?;
    let conflicts = wait_for_text(client, "#conflicts", "5Б").await?;
    ensure!(
        conflicts.contains("Волков"),
        "the conflict reads `{conflicts}`"
    );
    screenshots(client, "eshkola-timetable-editor").await?;

    // Taking it out clears the conflict; the week is saved.
    wait_for(
        client,
        "td[data-cell='1-3'] .editor-entry:last-child button",
    )
    .await?
    .click()
    .await?;
    wait_for(client, "#no-conflicts").await?;
    wait_for(client, "#save-week").await?.click().await?;
    wait_for_text(client, "#editor-page", "Расписание класса сохранено").await?;
    b.sign_out().await
}

async fn teacher_sees_the_lesson(b: &Browser) -> Result<()> {
    let client = &b.client;
    b.sign_in("teacher").await?;
    // Tuesday 8 December 2026, a school day of the demo year.
    b.goto("/timetable?view=mine&week=2026-12-08").await?;
    let lesson = wait_for(
        client,
        ".lesson[data-date='2026-12-08'][data-lesson='5'][data-class='5А']",
    )
    .await?;
    let text = lesson.text().await?;
    ensure!(text.contains("Матем."), "the new lesson reads `{text}`");
    wait_for(
        client,
        ".lesson[data-date='2026-12-08'][data-lesson='2'][data-class='5А']",
    )
    .await?;
    screenshots(client, "eshkola-timetable-week").await?;
    b.sign_out().await
}
