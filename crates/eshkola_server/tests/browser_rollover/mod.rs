//! The year rollover in the browser (R10): the administrator creates the next
//! academic year, opens the rollover from the home page, sees 5А become 6А,
//! ticks a repeater (the plan follows), applies it by an order, and finds the
//! promotions and the repeat in the movement book and its weekly report.
//! Screenshots of the plan and the book, desktop and 360 px.

use anyhow::{Context, Result, ensure};
use fantoccini::Locator;

use crate::browser_harness::{Browser, screenshots, wait_for, wait_for_text};

pub async fn journeys(browser: &Browser) -> Result<()> {
    admin_rolls_the_year_over(browser)
        .await
        .context("journey of the administrator")
}

async fn admin_rolls_the_year_over(b: &Browser) -> Result<()> {
    let client = &b.client;
    b.sign_in("admin").await?;
    // The next year, with the dates the form suggests.
    b.goto("/setup/years").await?;
    wait_for(client, "#new-year").await?;
    wait_for(client, "#create-year").await?.click().await?;
    wait_for(client, "#year-page").await?;

    b.goto("/").await?;
    wait_for(client, "#setup-links a[href='/rollover']")
        .await?
        .click()
        .await?;
    let five = ".rollover-class[data-class='5А']";
    let title = wait_for_text(client, &format!("{five} h3"), "6А").await?;
    ensure!(title.trim() == "5А → 6А", "5А's plan reads `{title}`");
    wait_for(client, ".rollover-new-class[data-class='6А']").await?;
    wait_for(client, ".rollover-new-class[data-class='2А']").await?;

    // Tick the first student of 5А as a repeater: the plan keeps them in 5А.
    let row = wait_for(client, &format!("{five} .rollover-student")).await?;
    let student = row.attr("data-student").await?.context("a student id")?;
    row.find(Locator::Css(".rollover-repeat"))
        .await?
        .click()
        .await?;
    let repeat = format!("{five} .rollover-student[data-student='{student}'][data-kind='repeat']");
    let line = wait_for(client, &repeat).await?.text().await?;
    ensure!(line.contains("(5А)"), "the repeater's line reads `{line}`");
    wait_for_text(
        client,
        "#rollover-totals",
        "остаются на повторное обучение: 1",
    )
    .await?;
    screenshots(client, "eshkola-rollover-plan").await?;

    // Without an order the server says what is missing, at the field.
    wait_for(client, "#rollover-apply").await?.click().await?;
    wait_for(client, "#rollover-order-number[aria-invalid='true']").await?;
    wait_for(client, "#rollover-order-number")
        .await?
        .send_keys("215-о")
        .await?;
    wait_for(client, "#rollover-apply").await?.click().await?;
    wait_for_text(client, ".note--success", "Перевод выполнен").await?;

    wait_for(client, "#rollover-done a[href='/movements']")
        .await?
        .click()
        .await?;
    wait_for(client, "#movements tr.movement[data-kind='promotion']").await?;
    let repeats = client
        .find_all(Locator::Css("#movements tr.movement[data-kind='repeat']"))
        .await?;
    ensure!(repeats.len() == 1, "{} repeats in the book", repeats.len());
    // The week the next year begins in: five promotions and one repeat.
    wait_for(client, "#contingent-week").await?;
    let week = "const i = document.getElementById('contingent-week'); i.value = '2027-08-30'; \
        i.dispatchEvent(new Event('input', { bubbles: true }));";
    client.execute(week, vec![]).await?;
    wait_for_text(client, "#contingent-dates", "30.08.2027").await?;
    let count = "#contingent tr[data-kind='promotion'] .contingent-count";
    let promoted = wait_for_text(client, count, "5").await?;
    ensure!(
        promoted.trim() == "5",
        "the report counts `{promoted}` promotions"
    );
    let total = wait_for(client, "#contingent-total").await?.text().await?;
    ensure!(total.trim() == "6", "the report's total is `{total}`");
    screenshots(client, "eshkola-movements-after-rollover").await?;
    b.sign_out().await
}
