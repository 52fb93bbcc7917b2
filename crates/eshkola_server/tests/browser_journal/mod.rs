//! The class journal in the browser (R13, R14, R16, R30): the maths teacher
//! opens 5А's journal, empties the last lesson held before today with
//! Backspace (the demo filled it), fills it by keyboard — absences with
//! letters, marks with digits — and its topic, homework and a homework file
//! in the lesson panel; after a reload it is all there. The teacher then
//! changes a 4 to a 5 with a reason; with the journal open in a second
//! window too, a stale write shows as a conflict with the stored value. The
//! deputy, who may only read the journal, sees the old and new value in the
//! cell's history.

pub mod cells;

use anyhow::{Context, Result, ensure};
use fantoccini::Locator;

use crate::browser_harness::{Browser, ensure_absent, screenshots, wait_for, wait_for_text};

/// The lesson's topic and homework the teacher writes.
const TOPIC: &str = "Сложение дробей с одинаковыми знаменателями";
const HOMEWORK: &str = "№ 125, 126 на с. 48";
const REASON: &str = "Ответ пересмотрен";
/// The homework's attached file.
const ATTACHMENT: &str = "zadachi.txt";

pub async fn journeys(browser: &Browser) -> Result<()> {
    let (url, col) = teacher_fills_a_lesson(browser)
        .await
        .context("journey of the teacher")?;
    deputy_sees_the_history(browser, &url, col)
        .await
        .context("journey of the deputy")
}

async fn teacher_fills_a_lesson(b: &Browser) -> Result<(String, usize)> {
    let client = &b.client;
    cells::open_five_a_maths(b, "teacher").await?;
    let col = cells::last_held_lesson(client).await?;

    // The demo filled the lessons held before today: Backspace takes a cell's
    // marks and absence back one by one until the five cells are empty.
    cells::click(client, 0, col).await?;
    cells::type_keys(client, &"\u{E003}\u{E003}\u{E003}\u{E015}".repeat(5)).await?;
    cells::wait_settled(client).await?;
    for row in 0..5 {
        cells::expect(client, row, col, "").await?;
    }

    // Keys only: Н for the first student (the key of Н on the Latin layout),
    // a 5 for the second, a 4 for the third, a 3 and a 5 for the fourth, and
    // Б (typed on the Russian layout) for the fifth. chromedriver cannot type
    // Cyrillic keys, so that one key press is dispatched as the browser would.
    cells::click(client, 0, col).await?;
    cells::type_keys(client, "y\u{E015}5\u{E007}4\u{E007}35").await?;
    cells::click(client, 4, col).await?;
    cells::press_russian(client, "б").await?;
    cells::wait_settled(client).await?;
    cells::expect(client, 0, col, "Н").await?;
    cells::expect(client, 1, col, "5").await?;
    cells::expect(client, 2, col, "4").await?;
    cells::expect(client, 3, col, "3 5").await?;
    cells::expect(client, 4, col, "Б").await?;

    // The lesson panel: Ctrl+Enter on the grid.
    cells::type_keys(client, "\u{E009}\u{E007}\u{E000}").await?;
    wait_for(client, "#lesson-panel").await?;
    let topic = wait_for(client, "#lesson-topic").await?;
    topic.clear().await?;
    topic.send_keys(TOPIC).await?;
    let homework = wait_for(client, "#lesson-homework").await?;
    homework.clear().await?;
    homework.send_keys(HOMEWORK).await?;
    let dir = std::env::temp_dir().join(format!("eshkola-homework-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let sheet = dir.join(ATTACHMENT);
    std::fs::write(&sheet, "Задачи № 125, 126\n")?;
    client
        .find(Locator::Css("#lesson-files-input"))
        .await?
        .send_keys(&sheet.to_string_lossy())
        .await?;
    wait_for_text(client, "#lesson-files .attachments__name", ATTACHMENT).await?;
    wait_for(client, "#save-lesson").await?.click().await?;
    wait_for_text(client, "#lesson-panel", "Урок сохранён").await?;
    screenshots(client, "eshkola-journal-teacher").await?;

    // All of it survives a reload.
    let url = client.current_url().await?.to_string();
    client.refresh().await?;
    wait_for(client, "#journal-grid .jcell").await?;
    cells::expect(client, 0, col, "Н").await?;
    cells::expect(client, 1, col, "5").await?;
    cells::expect(client, 2, col, "4").await?;
    cells::expect(client, 3, col, "3 5").await?;
    cells::expect(client, 4, col, "Б").await?;
    wait_for(client, &format!("th[data-col='{col}']"))
        .await?
        .click()
        .await?;
    let topic = wait_for(client, "#lesson-topic")
        .await?
        .prop("value")
        .await?;
    ensure!(topic.as_deref() == Some(TOPIC), "the topic reads {topic:?}");
    let homework = wait_for(client, "#lesson-homework")
        .await?
        .prop("value")
        .await?;
    ensure!(
        homework.as_deref() == Some(HOMEWORK),
        "the homework reads {homework:?}"
    );
    wait_for_text(client, "#lesson-files .attachments__name", ATTACHMENT).await?;

    // The third student's 4 becomes a 5, with a reason, in the cell's detail.
    cells::click(client, 2, col).await?;
    cells::type_keys(client, "\u{E032}").await?;
    wait_for(client, "#cell-detail #mark-value-0")
        .await?
        .select_by_value("5")
        .await?;
    wait_for(client, "#mark-reason")
        .await?
        .send_keys(REASON)
        .await?;
    wait_for(client, "#mark-save-0").await?.click().await?;
    cells::wait_settled(client).await?;
    cells::expect(client, 2, col, "5").await?;
    wait_for_text(client, "#cell-history", REASON).await?;
    conflict_between_two_windows(b, &url, col).await?;
    b.sign_out().await?;
    Ok((url, col))
}

/// The same journal open in two windows: the second marks the second
/// student absent (Н); the first, which has not seen that, marks them ill
/// (Б). The server refuses the stale write (409) and the first window's
/// cell shows what is stored, marked as a conflict, until Esc.
async fn conflict_between_two_windows(b: &Browser, url: &str, col: usize) -> Result<()> {
    let client = &b.client;
    // The cell's detail is closed first (Esc), so nothing reloads the cell.
    cells::type_keys(client, "\u{E00C}").await?;
    for _ in 0..50 {
        if client
            .find_all(Locator::Css("#cell-detail"))
            .await?
            .is_empty()
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    ensure_absent(client, "#cell-detail").await?;
    let first = client.window().await?;
    let second = client.new_window(true).await?;
    client.switch_to_window(second.handle.clone()).await?;
    client.goto(url).await?;
    wait_for(client, "#journal-grid .jcell").await?;
    cells::click(client, 1, col).await?;
    cells::type_keys(client, "y").await?;
    cells::wait_settled(client).await?;
    let there = wait_for(client, &format!("#c-1-{col}"))
        .await?
        .text()
        .await?;
    ensure!(
        there.contains('Н'),
        "the second window's cell reads `{there}`"
    );
    client.close_window().await?;
    client.switch_to_window(first).await?;

    cells::click(client, 1, col).await?;
    cells::press_russian(client, "б").await?;
    let cell = wait_for(client, &format!("#c-1-{col}[data-state='conflict']"))
        .await
        .context("the stale write was not shown as a conflict")?;
    let title = cell.attr("title").await?.unwrap_or_default();
    ensure!(
        title.contains("Конфликт"),
        "the cell's tooltip reads `{title}`"
    );
    let shown = cell.text().await?;
    ensure!(
        shown.contains('Н') && !shown.contains('Б'),
        "the cell shows `{shown}`, not what is stored"
    );
    // Esc acknowledges it; the stored value stays.
    cells::type_keys(client, "\u{E00C}").await?;
    wait_for(client, &format!("#c-1-{col}[data-state='idle']")).await?;
    cells::expect(client, 1, col, "Н5").await?;
    Ok(())
}

async fn deputy_sees_the_history(b: &Browser, url: &str, col: usize) -> Result<()> {
    let client = &b.client;
    b.sign_in("deputy").await?;
    client.goto(url).await?;
    wait_for(client, "#journal-read-only").await?;
    cells::expect(client, 2, col, "5").await?;
    // Reading only: a digit changes nothing.
    cells::click(client, 1, col).await?;
    cells::type_keys(client, "2").await?;
    cells::expect(client, 1, col, "Н5").await?;

    cells::click(client, 2, col).await?;
    cells::type_keys(client, "\u{E032}").await?;
    wait_for(client, "#cell-detail #read-only-cell").await?;
    let change = wait_for_text(
        client,
        "#cell-history .jhistory__entry[data-field='value']",
        REASON,
    )
    .await?;
    let old = client
        .find(Locator::Css(
            "#cell-history .jhistory__entry[data-field='value'] .jhistory__old",
        ))
        .await?
        .text()
        .await?;
    let new = client
        .find(Locator::Css(
            "#cell-history .jhistory__entry[data-field='value'] .jhistory__new",
        ))
        .await?
        .text()
        .await?;
    ensure!(
        old.trim() == "4" && new.trim() == "5",
        "the history reads `{change}`"
    );
    ensure!(change.contains("Волков"), "the history names `{change}`");
    screenshots(client, "eshkola-journal-history").await?;
    b.sign_out().await
}
