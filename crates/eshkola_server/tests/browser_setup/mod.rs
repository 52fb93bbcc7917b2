//! The school setup in the browser: the deputy creates class 7В with the demo
//! class teacher and is told, in the server's words, why a second 5А cannot
//! be; the teacher reads the classes without any editing; the parent has no
//! setup section at all. Screenshots of every setup screen, desktop and 360 px.

use anyhow::{Context, Result, ensure};
use fantoccini::Locator;

use crate::browser_harness::{
    Browser, ensure_absent, screenshots, url_path, wait_for, wait_for_text,
};

/// The demo class teacher, as the teacher pickers name her.
const CLASS_TEACHER: &str = "Смирнова Н. В.";

pub async fn journeys(browser: &Browser) -> Result<()> {
    deputy_creates_a_class(browser)
        .await
        .context("journey of the deputy")?;
    teacher_reads_the_classes(browser)
        .await
        .context("journey of the teacher")?;
    parent_has_no_setup(browser)
        .await
        .context("journey of the parent")
}

async fn deputy_creates_a_class(b: &Browser) -> Result<()> {
    let client = &b.client;
    b.sign_in("deputy").await?;
    wait_for(client, "#setup-links").await?;
    // Through the menu and the section's tabs, as a person would go.
    wait_for(client, ".app-nav a[href='/setup/school']")
        .await?
        .click()
        .await?;
    wait_for(client, "#school-facts").await?;
    screenshots(client, "eshkola-setup-school").await?;
    wait_for(client, "#setup-tabs a[href='/setup/classes']")
        .await?
        .click()
        .await?;
    wait_for(client, ".class-card[data-name='5А']").await?;

    wait_for(client, "#new-class").await?.click().await?;
    let teacher = wait_for(client, "#class-teacher").await?;
    // The teachers arrive after the form opens.
    wait_for(client, "#class-teacher option[value]:not([value=''])").await?;
    wait_for(client, "#class-grade")
        .await?
        .select_by_value("7")
        .await?;
    wait_for(client, "#class-letter")
        .await?
        .send_keys("В")
        .await?;
    teacher.select_by_label(CLASS_TEACHER).await?;
    wait_for(client, "#create-class").await?.click().await?;
    let card = wait_for_text(client, ".class-card[data-name='7В']", CLASS_TEACHER).await?;
    ensure!(card.contains("7В"), "the new class reads `{card}`");

    // A second 5А: the server's own sentence appears at the form.
    wait_for(client, "#class-grade")
        .await?
        .select_by_value("5")
        .await?;
    let letter = wait_for(client, "#class-letter").await?;
    letter.clear().await?;
    letter.send_keys("А").await?;
    wait_for(client, "#create-class").await?.click().await?;
    let error = wait_for_text(client, "#class-form-error", "5А").await?;
    ensure!(
        error.trim() == "Класс 5А в этом учебном году уже есть.",
        "the duplicate is explained as `{error}`"
    );
    screenshots(client, "eshkola-setup-classes").await?;

    // The new class's own page, with a subgroup added.
    wait_for(client, ".class-card[data-name='7В']")
        .await?
        .click()
        .await?;
    wait_for_text(client, "#class-title", "7В").await?;
    wait_for_text(client, "#class-facts", "Смирнова Наталья Владимировна").await?;
    wait_for(client, "#new-subgroup")
        .await?
        .send_keys("Информатика, группа 1")
        .await?;
    wait_for(client, "#add-subgroup").await?.click().await?;
    wait_for(client, "#subgroups [data-subgroup='Информатика, группа 1']").await?;
    wait_for(client, "#assignments .empty-state").await?;
    screenshots(client, "eshkola-setup-class").await?;

    // 5А's first English group: the deputy ticks a student, saves, and after
    // a reload the tick is still there (R8 subgroup membership).
    b.goto("/setup/classes").await?;
    wait_for(client, ".class-card[data-name='5А']")
        .await?
        .click()
        .await?;
    wait_for_text(client, "#class-title", "5А").await?;
    let group = "#subgroups [data-subgroup='Английский язык, группа 1']";
    wait_for(client, &format!("{group} .members-toggle"))
        .await?
        .click()
        .await?;
    wait_for(
        client,
        &format!("{group} .subgroup-members input[type='checkbox']"),
    )
    .await?
    .click()
    .await?;
    wait_for(client, &format!("{group} .members-save"))
        .await?
        .click()
        .await?;
    wait_for(client, &format!("{group} .note--success")).await?;
    let page = url_path(client).await?;
    b.goto(&page).await?;
    wait_for(client, &format!("{group} .members-toggle"))
        .await?
        .click()
        .await?;
    wait_for(client, &format!("{group} .subgroup-members input:checked")).await?;

    // The year: periods, calendar and the month grid.
    wait_for(client, "#setup-tabs a[href='/setup/years']")
        .await?
        .click()
        .await?;
    wait_for(client, "#years tr[data-year='2026/2027'] a")
        .await?
        .click()
        .await?;
    wait_for(client, "#periods .scheme").await?;
    wait_for(
        client,
        "#calendar-entries tr[data-entry='Осенние каникулы']",
    )
    .await?;
    wait_for(client, "#year-grid .day--holiday").await?;
    screenshots(client, "eshkola-setup-year").await?;

    b.goto("/setup/subjects").await?;
    wait_for(client, "#subjects [data-subject='Математика']").await?;
    screenshots(client, "eshkola-setup-subjects").await?;
    b.sign_out().await
}

async fn teacher_reads_the_classes(b: &Browser) -> Result<()> {
    let client = &b.client;
    b.sign_in("teacher").await?;
    ensure_absent(client, ".app-nav a[href='/setup/school']").await?;
    wait_for(client, ".app-nav a[href='/setup/classes']")
        .await?
        .click()
        .await?;
    wait_for(client, ".class-card[data-name='7В']").await?;
    wait_for(client, "#read-only").await?;
    ensure_absent(client, "#new-class").await?;
    ensure_absent(client, "#setup-tabs").await?;
    screenshots(client, "eshkola-setup-classes-teacher").await?;

    wait_for(client, ".class-card[data-name='5А']")
        .await?
        .click()
        .await?;
    wait_for(client, "#assignment-table").await?;
    wait_for(client, "#read-only").await?;
    for editing in [
        "#class-edit",
        "#subgroup-form",
        "#assignment-form",
        "button.delete",
    ] {
        ensure_absent(client, editing).await?;
    }
    b.sign_out().await
}

async fn parent_has_no_setup(b: &Browser) -> Result<()> {
    let client = &b.client;
    b.sign_in("parent").await?;
    wait_for(client, ".app-nav a").await?;
    let links = client.find_all(Locator::Css(".app-nav a")).await?;
    for link in links {
        let href = link.attr("href").await?.unwrap_or_default();
        ensure!(
            !href.starts_with("/setup"),
            "the parent's menu links to {href}"
        );
    }
    ensure_absent(client, "#setup-links").await?;
    // A typed-in address is politely refused; the school's profile stays public.
    b.goto("/setup/classes").await?;
    wait_for(client, "#forbidden").await?;
    b.goto("/setup/school").await?;
    let facts = wait_for(client, "#school-facts").await?.text().await?;
    ensure!(!facts.contains("ИНН"), "the parent sees the requisites");
    ensure!(
        url_path(client).await? == "/setup/school",
        "the profile moved"
    );
    b.sign_out().await
}
