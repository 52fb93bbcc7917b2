//! The weekly paper reports in the browser (R22, R31): the class teacher of
//! 5А opens «Отчёты для семей» from the menu; the week of 7 December 2026
//! shows the report of the one family that declined the electronic diary
//! (the Grigorievs), with its days and the signature line; unticking
//! «Только семьи…» shows every student's report; the PDF downloads without
//! an error.

use std::time::Duration;

use anyhow::{Result, ensure};

use crate::browser_harness::{Browser, ensure_absent, screenshots, wait_for, wait_for_text};

const WEEK: &str = "2026-12-08";

pub async fn class_teacher_prints_the_paper_reports(b: &Browser) -> Result<()> {
    let client = &b.client;
    b.sign_in("classteacher").await?;
    wait_for(client, ".app-nav a[href='/reports/weekly']")
        .await?
        .click()
        .await?;
    wait_for(client, "#weekly-reports-page").await?;
    let class = wait_for(client, "#reports-class")
        .await?
        .prop("value")
        .await?
        .unwrap_or_default();
    b.goto(&format!("/reports/weekly?class={class}&week={WEEK}"))
        .await?;
    wait_for_text(client, "#reports-count", "Отчётов: 1").await?;
    let who = wait_for(client, ".weekly-report__who")
        .await?
        .text()
        .await?;
    ensure!(
        who.contains("Григорьева Полина") && who.contains("5А"),
        "the paper family's report is `{who}`"
    );
    wait_for(client, ".weekly-report__day[data-date='2026-12-07'] table").await?;
    wait_for_text(client, ".weekly-report", "Подпись родителя").await?;
    screenshots(client, "eshkola-weekly-reports").await?;

    wait_for(client, "#paper-only").await?.click().await?;
    // The page reloads the reports for everyone: wait for the new count.
    let mut count = String::new();
    for _ in 0..100 {
        if let Ok(text) = wait_for(client, "#reports-count").await?.text().await {
            count = text;
            if count != "Отчётов: 1" {
                break;
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let n: usize = count
        .trim_start_matches("Отчётов:")
        .trim()
        .parse()
        .unwrap_or_default();
    ensure!(n > 1, "every student's report: `{count}`");

    wait_for(client, "#download-reports").await?.click().await?;
    wait_for_text(client, "#reports-downloaded", "скачан").await?;
    ensure_absent(client, "#weekly-reports-page .note--error").await?;
    b.sign_out().await
}
