//! The thematic plan in the browser (R13): the teacher opens «Тематическое
//! планирование» from the menu, checks a plan file (the dry run lists its
//! topics), replaces the plan with it and sees the topics in the editor
//! and in the coverage table. Screenshots, desktop and 360 px.

use anyhow::{Context, Result, ensure};
use fantoccini::Locator;

use crate::browser_harness::{Browser, screenshots, wait_for, wait_for_text};

const PLAN: &str = "№;Тема урока;Часы;Вид работы\n\
    1;Повторение курса начальной школы;2;\n\
    2;Входная контрольная работа;1;контрольная работа\n\
    3;Натуральные числа и шкалы;3;\n";

pub async fn journeys(browser: &Browser) -> Result<()> {
    teacher_imports_a_plan(browser)
        .await
        .context("journey of the teacher")
}

async fn teacher_imports_a_plan(b: &Browser) -> Result<()> {
    let client = &b.client;
    b.sign_in("teacher").await?;
    wait_for(client, "nav a[href='/plans']")
        .await?
        .click()
        .await?;
    wait_for(client, "#plan-editor").await?;
    wait_for(client, "#plan-coverage").await?;

    let path = std::env::temp_dir().join(format!("eshkola-plan-{}.csv", std::process::id()));
    std::fs::write(&path, PLAN)?;
    client
        .find(Locator::Css("#plan-file"))
        .await?
        .send_keys(&path.to_string_lossy())
        .await?;
    wait_for(client, "#plan-check").await?.click().await?;
    wait_for_text(client, "#plan-report", "В файле тем: 3, часов: 6").await?;
    wait_for(client, "#plan-apply:not([disabled])")
        .await?
        .click()
        .await?;
    wait_for_text(client, "#plan-report", "План заменён").await?;
    wait_for_text(client, "#plan-totals", "Всего 6 ч").await?;
    let titles = client
        .find_all(Locator::Css("#plan-topics .plan-topic__title"))
        .await?;
    ensure!(titles.len() == 3, "{} topics shown", titles.len());
    let second = titles[1].prop("value").await?.unwrap_or_default();
    ensure!(
        second == "Входная контрольная работа",
        "second topic: {second}"
    );
    let kind = client.find_all(Locator::Css("#plan-topics select")).await?[1]
        .prop("value")
        .await?
        .unwrap_or_default();
    ensure!(kind == "control", "second topic's kind: {kind}");
    screenshots(client, "eshkola-plan").await?;

    // After a reload the plan is still there, and the coverage counts it.
    b.goto("/plans").await?;
    wait_for_text(client, "#plan-totals", "Всего 6 ч").await?;
    wait_for_text(client, "#plan-coverage", "6").await?;
    let _ = std::fs::remove_file(&path);
    b.sign_out().await
}
