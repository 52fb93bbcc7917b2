//! Bulk import in the browser (R11): the secretary opens the import page from
//! the home page, chooses «Ученики», uploads a CSV, reads the dry run (one new
//! student, one row with an error under its column), uploads the corrected
//! file, applies it and finds the admission in the movement book. Screenshots
//! of the report, desktop and 360 px.

use anyhow::{Context, Result};
use fantoccini::Locator;

use crate::browser_harness::{Browser, screenshots, wait_for, wait_for_text};

const HEADER: &str = "Фамилия;Имя;Отчество;Дата рождения;Пол;Класс;Номер приказа\n";
const GOOD_ROW: &str = "Импортова;Злата;Сергеевна;12.04.2015;ж;5А;77-у\n";
const BAD_ROW: &str = "Ошибкин;Пётр;;31.02.2015;м;5А;77-у\n";

pub async fn journeys(browser: &Browser) -> Result<()> {
    secretary_imports_students(browser)
        .await
        .context("journey of the secretary")
}

/// Writes a CSV for the file input (chromedriver uploads it from its path).
fn csv_file(name: &str, text: &str) -> Result<String> {
    let path =
        std::env::temp_dir().join(format!("eshkola-import-{}-{name}.csv", std::process::id()));
    std::fs::write(&path, text)?;
    Ok(path.to_string_lossy().into_owned())
}

async fn choose_file(b: &Browser, path: &str) -> Result<()> {
    b.client
        .find(Locator::Css("#import-file"))
        .await?
        .send_keys(path)
        .await?;
    Ok(())
}

async fn secretary_imports_students(b: &Browser) -> Result<()> {
    let client = &b.client;
    b.sign_in("secretary").await?;
    wait_for(client, "#setup-links a[href='/imports']")
        .await?
        .click()
        .await?;
    wait_for(client, "#import-kind-students")
        .await?
        .click()
        .await?;

    let with_error = csv_file("bad", &format!("{HEADER}{GOOD_ROW}{BAD_ROW}"))?;
    choose_file(b, &with_error).await?;
    wait_for(client, "#import-check").await?.click().await?;
    wait_for_text(client, "#import-summary", "Новых: 1").await?;
    wait_for_text(client, "#import-errors", "Дата рождения").await?;
    wait_for(client, "#import-rows tr[data-row='3'][data-status='error']").await?;
    let apply = wait_for(client, "#import-apply").await?;
    anyhow::ensure!(
        apply.attr("disabled").await?.is_some(),
        "a file with errors can be applied"
    );
    screenshots(client, "eshkola-import-errors").await?;

    let good = csv_file("good", &format!("{HEADER}{GOOD_ROW}"))?;
    choose_file(b, &good).await?;
    wait_for(client, "#import-check").await?.click().await?;
    wait_for(client, "#import-rows tr[data-row='2'][data-status='new']").await?;
    wait_for(client, "#import-apply:not([disabled])")
        .await?
        .click()
        .await?;
    wait_for_text(client, ".note--success", "добавлено 1").await?;
    screenshots(client, "eshkola-import-applied").await?;

    // Checking the same file again: nothing left to do.
    wait_for(client, "#import-check").await?.click().await?;
    wait_for(
        client,
        "#import-rows tr[data-row='2'][data-status='unchanged']",
    )
    .await?;

    b.goto("/movements").await?;
    wait_for_text(client, "#movements", "Импортова Злата").await?;
    b.sign_out().await
}
