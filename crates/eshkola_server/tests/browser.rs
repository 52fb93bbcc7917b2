//! Browser journeys: the real `eshkola serve --demo` binary with the built SPA,
//! driven through headless Chromium by chromedriver (fantoccini); see
//! `browser_harness/`.
//!
//! For every demo role: sign in, land on the role's home page, reload and keep
//! the session (the refresh cookie restores it), sign out. Then the school
//! setup: the deputy creates a class, the teacher only reads, the parent has
//! no setup at all (`browser_setup/`). The timetable: the deputy places a
//! lesson, sees a conflict, saves; the teacher sees the lesson
//! (`browser_timetable/`). Activation codes: the class teacher
//! issues them, a parent activates with one (`browser_people/`). The
//! administration's people screens: staff, the account base, admission,
//! parents and withdrawal (`browser_people_admin/`). The year rollover: the
//! administrator promotes the demo classes (`browser_rollover/`). Bulk import:
//! the secretary checks and applies a student list (`browser_import/`). The
//! thematic plan: the teacher imports a plan file (`browser_plans/`). The
//! class journal: the teacher fills a lesson by keyboard, the deputy reads a
//! changed mark's history (`browser_journal/`). The diary: the teacher gives
//! a five, the parent sees it in the diary and the forecast on the progress
//! page (`browser_diary/`). Needs
//! `just spa` first; without Chromium it is skipped, except on CI
//! (`CI=true`) where it fails.

mod browser_attendance;
mod browser_diary;
mod browser_harness;
mod browser_import;
mod browser_journal;
mod browser_messages;
mod browser_people;
mod browser_people_admin;
mod browser_plans;
mod browser_reports;
mod browser_rollover;
mod browser_setup;
mod browser_timetable;

use anyhow::{Context, Result, ensure};
use fantoccini::{Client, Locator};

use browser_harness::{
    Browser, DEMO_PASSWORD, fill_sign_in, screenshot, screenshots, url_path, wait_for,
};

/// Demo login, `data-role` of its home page, its URL and its heading.
const JOURNEYS: [(&str, &str, &str, &str); 8] = [
    ("admin", "administrator", "/admin", "Администрирование"),
    ("director", "director", "/director", "Директор"),
    ("deputy", "deputy", "/deputy", "Заместитель директора"),
    ("secretary", "secretary", "/secretary", "Секретарь"),
    ("teacher", "teacher", "/teacher", "Учитель"),
    (
        "classteacher",
        "class_teacher",
        "/class-teacher",
        "Классный руководитель",
    ),
    ("student", "student", "/student", "Дневник ученика"),
    ("parent", "parent", "/parent", "Кабинет родителя"),
];

/// The demo parent's first child.
const DEMO_CHILD: &str = "Иванов Артём Дмитриевич";

#[tokio::test(flavor = "multi_thread")]
async fn every_role_signs_in_reloads_and_signs_out() -> Result<()> {
    let Some(browser) = Browser::start().await? else {
        return Ok(());
    };
    let outcome = journeys(&browser.client, &browser.base).await;
    browser.finish("roles", outcome).await
}

#[tokio::test(flavor = "multi_thread")]
async fn staff_set_up_the_school() -> Result<()> {
    let Some(browser) = Browser::start().await? else {
        return Ok(());
    };
    let outcome = browser_setup::journeys(&browser).await;
    browser.finish("setup", outcome).await
}

#[tokio::test(flavor = "multi_thread")]
async fn teacher_imports_a_thematic_plan() -> Result<()> {
    let Some(browser) = Browser::start().await? else {
        return Ok(());
    };
    let outcome = browser_plans::journeys(&browser).await;
    browser.finish("plans", outcome).await
}

#[tokio::test(flavor = "multi_thread")]
async fn secretary_imports_students_from_a_file() -> Result<()> {
    let Some(browser) = Browser::start().await? else {
        return Ok(());
    };
    let outcome = browser_import::journeys(&browser).await;
    browser.finish("import", outcome).await
}

#[tokio::test(flavor = "multi_thread")]
async fn class_teacher_hands_out_codes_and_a_parent_activates() -> Result<()> {
    let Some(browser) = Browser::start().await? else {
        return Ok(());
    };
    let outcome = browser_people::journeys(&browser).await;
    browser.finish("people", outcome).await
}

#[tokio::test(flavor = "multi_thread")]
async fn administration_keeps_staff_students_and_parents() -> Result<()> {
    let Some(browser) = Browser::start().await? else {
        return Ok(());
    };
    let outcome = browser_people_admin::journeys(&browser).await;
    browser.finish("people-admin", outcome).await
}

#[tokio::test(flavor = "multi_thread")]
async fn administrator_rolls_the_year_over() -> Result<()> {
    let Some(browser) = Browser::start().await? else {
        return Ok(());
    };
    let outcome = browser_rollover::journeys(&browser).await;
    browser.finish("rollover", outcome).await
}

#[tokio::test(flavor = "multi_thread")]
async fn deputy_builds_the_timetable_and_the_teacher_sees_it() -> Result<()> {
    let Some(browser) = Browser::start().await? else {
        return Ok(());
    };
    let outcome = browser_timetable::journeys(&browser).await;
    browser.finish("timetable", outcome).await
}

/// The class teacher sets the reason of an absence (R18); the deputy adds a
/// kind of work and opens the timeliness report: `browser_attendance/`; the
/// class teacher prints the weekly paper reports (R22): `browser_reports/`.
#[tokio::test(flavor = "multi_thread")]
async fn class_teacher_corrects_an_absence() -> Result<()> {
    let Some(browser) = Browser::start().await? else {
        return Ok(());
    };
    let mut outcome = browser_attendance::class_teacher_sets_a_reason(&browser).await;
    if outcome.is_ok() {
        outcome = browser_attendance::deputy_adds_a_kind_of_work(&browser).await;
    }
    if outcome.is_ok() {
        outcome = browser_reports::class_teacher_prints_the_paper_reports(&browser).await;
    }
    browser.finish("attendance", outcome).await
}

#[tokio::test(flavor = "multi_thread")]
async fn parent_sees_a_new_mark_in_the_diary() -> Result<()> {
    let Some(browser) = Browser::start().await? else {
        return Ok(());
    };
    let outcome = browser_diary::journeys(&browser).await;
    browser.finish("diary", outcome).await
}

async fn journeys(client: &Client, base: &str) -> Result<()> {
    wrong_password_is_explained(client, base).await?;
    for (login, role, path, title) in JOURNEYS {
        role_journey(client, base, login, role, path, title)
            .await
            .with_context(|| format!("journey of `{login}`"))?;
    }
    unknown_route_says_not_found(client, base).await
}

async fn wrong_password_is_explained(client: &Client, base: &str) -> Result<()> {
    client.goto(&format!("{base}/login")).await?;
    fill_sign_in(client, "teacher", "not-the-password").await?;
    let error = wait_for(client, "#login-error").await?.text().await?;
    ensure!(!error.trim().is_empty(), "the sign-in error is empty");
    Ok(())
}

async fn role_journey(
    client: &Client,
    base: &str,
    login: &str,
    role: &str,
    path: &str,
    title: &str,
) -> Result<()> {
    client.goto(&format!("{base}/login")).await?;
    fill_sign_in(client, login, DEMO_PASSWORD).await?;
    let home = format!("#home[data-role='{role}']");
    wait_for(client, &home).await?;
    check_home(client, base, path, title).await?;
    if role == "parent" {
        // The demo family may grow; the first demo child is always among them.
        let mut names = Vec::new();
        for child in client.find_all(Locator::Css(".child")).await? {
            names.push(child.text().await?.trim().to_owned());
        }
        ensure!(
            names.iter().any(|n| n == DEMO_CHILD),
            "the parent sees {names:?}"
        );
    }
    if role == "administrator" {
        accounts_are_listed(client, base).await?;
        client.goto(&format!("{base}{path}")).await?;
        wait_for(client, &home).await?;
    }

    // The access token lives in memory only: the reload must restore it from the cookie.
    client.refresh().await?;
    wait_for(client, &home).await?;
    check_home(client, base, path, title).await?;
    if role == "teacher" {
        screenshot(client, "eshkola-teacher-home.png").await?;
        sessions_page_marks_this_session(client, base).await?;
        client.goto(&format!("{base}/admin/accounts")).await?;
        wait_for(client, "#forbidden").await?;
    }

    wait_for(client, "#sign-out").await?.click().await?;
    wait_for(client, "#login").await?;
    ensure!(
        url_path(client).await? == "/login",
        "sign-out did not end on /login"
    );
    // The session is really over: a deep link now asks to sign in again.
    client.goto(&format!("{base}{path}")).await?;
    wait_for(client, "#login").await?;
    Ok(())
}

async fn check_home(client: &Client, base: &str, path: &str, title: &str) -> Result<()> {
    let heading = wait_for(client, "#home-title").await?.text().await?;
    ensure!(
        heading.trim() == title,
        "heading `{heading}`, expected `{title}`"
    );
    let at = url_path(client).await?;
    ensure!(at == path, "home at `{at}` ({base}), expected `{path}`");
    Ok(())
}

async fn accounts_are_listed(client: &Client, base: &str) -> Result<()> {
    client.goto(&format!("{base}/admin/accounts")).await?;
    wait_for(client, "#accounts tr[data-login='teacher'] .toggle-active").await?;
    // The demo school may hold more people than the demo logins (a family, a
    // second child): each login must be there, whatever else is.
    for (login, ..) in JOURNEYS {
        let row = format!("#accounts tbody tr[data-login='{login}']");
        let found = client.find_all(Locator::Css(&row)).await?;
        ensure!(
            found.len() == 1,
            "account `{login}` listed {} times",
            found.len()
        );
    }
    Ok(())
}

async fn sessions_page_marks_this_session(client: &Client, base: &str) -> Result<()> {
    client.goto(&format!("{base}/sessions")).await?;
    let current = wait_for(client, "#sessions tr.current")
        .await?
        .text()
        .await?;
    ensure!(
        current.contains("этот сеанс"),
        "current session row: `{current}`"
    );
    screenshots(client, "eshkola-sessions").await?;
    Ok(())
}

async fn unknown_route_says_not_found(client: &Client, base: &str) -> Result<()> {
    client.goto(&format!("{base}/no/such/page")).await?;
    let heading = wait_for(client, "#not-found").await?.text().await?;
    ensure!(
        heading.trim() == "Страница не найдена",
        "heading `{heading}`"
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn teacher_keeps_the_journal_and_the_deputy_sees_the_history() -> Result<()> {
    let Some(browser) = Browser::start().await? else {
        return Ok(());
    };
    let outcome = browser_journal::journeys(&browser).await;
    browser.finish("journal", outcome).await
}

/// A parent writes to the class teacher and reads the reply (R20):
/// `browser_messages/`.
#[tokio::test(flavor = "multi_thread")]
async fn parent_and_class_teacher_exchange_messages() -> Result<()> {
    let Some(browser) = Browser::start().await? else {
        return Ok(());
    };
    let outcome = browser_messages::parent_and_class_teacher_write_to_each_other(&browser).await;
    browser.finish("messages", outcome).await
}
