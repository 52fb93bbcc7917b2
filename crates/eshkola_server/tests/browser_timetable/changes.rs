//! Changes on dates in the browser (R25): the deputy opens the changes page
//! from the editor, picks Tuesday 8 December 2026 and 5А, is told a
//! substitution needs a teacher, records Смирнова for Волков's maths
//! lesson, and 5А's week view then shows her with the «замена» mark.
//! Back on the changes page she deletes it (confirming), and the lesson is
//! Волков's again.

use anyhow::{Result, ensure};

use crate::browser_harness::{Browser, screenshots, wait_for, wait_for_text};

/// Tuesday of the demo week the editor journey saved.
const DAY: &str = "2026-12-08";

pub async fn deputy_records_a_substitution(b: &Browser) -> Result<()> {
    let client = &b.client;
    b.sign_in("deputy").await?;
    b.goto("/timetable/editor").await?;
    wait_for(client, "#changes-link").await?.click().await?;
    wait_for(client, "#change-day").await?;
    let pick_day = format!(
        "const i = document.getElementById('change-day'); i.value = '{DAY}'; \
         i.dispatchEvent(new Event('input', {{ bubbles: true }}));"
    );
    client.execute(&pick_day, vec![]).await?;
    wait_for(client, "#change-class")
        .await?
        .select_by_label("5А")
        .await?;
    // Волков's maths, second lesson, as the timetable has it.
    let maths = wait_for_text(client, "#day-lessons li[data-lesson='2']", "Волков").await?;
    ensure!(maths.contains("Математика"), "lesson 2 reads `{maths}`");

    // No teacher picked: the server's complaint shows under the picker.
    wait_for(client, "#change-lesson")
        .await?
        .select_by_label("2")
        .await?;
    wait_for(client, "#save-change").await?.click().await?;
    wait_for_text(client, "#change-teacher-error", "Укажите учителя").await?;

    wait_for(client, "#change-teacher")
        .await?
        .select_by_label("Смирнова Н. В.")
        .await?;
    wait_for(client, "#save-change").await?.click().await?;
    wait_for_text(client, "#changes-page", "Изменение записано").await?;
    wait_for_text(
        client,
        "#day-changes .change[data-kind='substitution']",
        "Смирнова",
    )
    .await?;
    let lesson = wait_for_text(client, "#day-lessons li[data-lesson='2']", "Смирнова").await?;
    ensure!(lesson.contains("замена"), "lesson 2 now reads `{lesson}`");
    screenshots(client, "eshkola-timetable-changes").await?;

    // The class's week shows the substitute and the mark.
    let class = wait_for(client, "#change-class")
        .await?
        .prop("value")
        .await?;
    let class = class.unwrap_or_default();
    b.goto(&format!("/timetable?view=class&id={class}&week={DAY}"))
        .await?;
    let card = format!(".lesson[data-date='{DAY}'][data-lesson='2'][data-class='5А']");
    let text = wait_for_text(client, &card, "Смирнова").await?;
    ensure!(text.contains("замена"), "the week's lesson reads `{text}`");

    // Deleting the change asks first, then the lesson runs as timetabled.
    b.goto("/timetable/changes").await?;
    wait_for(client, "#change-day").await?;
    client.execute(&pick_day, vec![]).await?;
    wait_for(client, "#change-class")
        .await?
        .select_by_label("5А")
        .await?;
    wait_for(
        client,
        "#day-changes .change[data-kind='substitution'] .delete",
    )
    .await?
    .click()
    .await?;
    wait_for(client, "#day-changes .confirm-yes")
        .await?
        .click()
        .await?;
    wait_for_text(client, "#changes-page", "Изменение удалено").await?;
    wait_for_text(client, "#day-changes", "Изменений на этот день нет").await?;
    let lesson = wait_for_text(client, "#day-lessons li[data-lesson='2']", "Волков").await?;
    ensure!(
        !lesson.contains("замена"),
        "lesson 2 still reads `{lesson}`"
    );
    b.sign_out().await
}
