//! Activation in the browser: the class teacher opens 5А, issues codes and
//! reads a classmate's parent's slip; that parent activates the account with
//! the code, lands on the parent home and sees their own child only — not the
//! demo family. The administrator reads the movement book. Screenshots of the
//! class page, the slips and the book, desktop and 360 px.

use anyhow::{Context, Result, ensure};
use fantoccini::Locator;

use crate::browser_harness::{Browser, screenshots, url_path, wait_for};

/// The demo parent's first child: another family must not see them.
const DEMO_CHILD: &str = "Иванов Артём Дмитриевич";
const NEW_PASSWORD: &str = "свой-пароль-2026";

pub async fn journeys(browser: &Browser) -> Result<()> {
    let (login, code, child) = class_teacher_issues_codes(browser)
        .await
        .context("journey of the class teacher")?;
    parent_activates(browser, &login, &code, &child)
        .await
        .with_context(|| format!("activation of `{login}`"))?;
    admin_reads_the_movement_book(browser)
        .await
        .context("the movement book")
}

/// The demo admissions are in the book, from the home page's link.
async fn admin_reads_the_movement_book(b: &Browser) -> Result<()> {
    let client = &b.client;
    b.sign_in("admin").await?;
    wait_for(client, "#setup-links a[href='/movements']")
        .await?
        .click()
        .await?;
    wait_for(client, "#movements tr.movement[data-kind='admission']").await?;
    screenshots(client, "eshkola-movements").await?;
    b.sign_out().await
}

/// Returns a parent's login, code and child as the slip shows them.
async fn class_teacher_issues_codes(b: &Browser) -> Result<(String, String, String)> {
    let client = &b.client;
    b.sign_in("classteacher").await?;
    wait_for(client, "#my-classes a.my-class")
        .await?
        .click()
        .await?;
    wait_for(client, "#roster tbody tr").await?;
    let title = wait_for(client, "#class-room-title").await?.text().await?;
    ensure!(title.contains("5А"), "the class page is titled `{title}`");
    screenshots(client, "eshkola-class-room").await?;

    wait_for(client, "#issue-codes").await?.click().await?;
    let slip = wait_for(client, "#slips .slip[data-parent='true']").await?;
    let login = slip
        .attr("data-login")
        .await?
        .context("a slip without a login")?;
    let code = slip.find(Locator::Css(".slip-code")).await?.text().await?;
    let child = slip.find(Locator::Css(".slip-child")).await?.text().await?;
    ensure!(!code.trim().is_empty(), "the slip of `{login}` has no code");
    ensure!(child.trim() != DEMO_CHILD, "a code for the demo family");
    screenshots(client, "eshkola-class-slips").await?;
    b.sign_out().await?;
    Ok((login, code.trim().to_owned(), child.trim().to_owned()))
}

async fn parent_activates(b: &Browser, login: &str, code: &str, child: &str) -> Result<()> {
    let client = &b.client;
    wait_for(client, "#activate-link").await?.click().await?;
    wait_for(client, "#activate-login")
        .await?
        .send_keys(login)
        .await?;
    wait_for(client, "#activate-code")
        .await?
        .send_keys(code)
        .await?;
    wait_for(client, "#activate-password")
        .await?
        .send_keys(NEW_PASSWORD)
        .await?;
    // A mistyped repeat is caught before anything is sent.
    let repeat = wait_for(client, "#activate-password2").await?;
    repeat.send_keys("другой-пароль").await?;
    wait_for(client, "#activate-submit").await?.click().await?;
    wait_for(client, "#activate-password2-error").await?;
    repeat.clear().await?;
    repeat.send_keys(NEW_PASSWORD).await?;
    screenshots(client, "eshkola-activate").await?;
    wait_for(client, "#activate-submit").await?.click().await?;

    wait_for(client, "#home[data-role='parent']").await?;
    let at = url_path(client).await?;
    ensure!(at == "/parent", "activation landed on `{at}`");
    wait_for(client, ".child").await?;
    let mut names = Vec::new();
    for element in client.find_all(Locator::Css(".child")).await? {
        names.push(element.text().await?.trim().to_owned());
    }
    ensure!(
        names.iter().any(|n| n == child),
        "the parent sees {names:?}, not `{child}`"
    );
    ensure!(
        !names.iter().any(|n| n == DEMO_CHILD),
        "the parent sees the demo family: {names:?}"
    );
    b.sign_out().await?;

    // The code is spent; the new password signs in.
    b.goto("/login").await?;
    crate::browser_harness::fill_sign_in(client, login, NEW_PASSWORD).await?;
    wait_for(client, "#home[data-role='parent']").await?;
    b.sign_out().await
}
