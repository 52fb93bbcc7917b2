//! The diary in the browser (R5, R21, R23, R24): the deputy announces a
//! parents' meeting; the maths teacher gives the
//! demo student a five in 5А's journal; the parent sees it in the
//! notification centre, follows it to the diary, finds the five on that
//! lesson's day, and reads the maths forecast on the progress page — on a
//! phone's width without sideways scrolling; reads the announcement (which
//! the deputy has edited into an event on the month's calendar); then
//! sends a note that the child will be away ill.

use anyhow::{Context, Result, ensure};
use fantoccini::Locator;

use crate::{
    browser_harness::{Browser, screenshots, wait_for, wait_for_text},
    browser_journal::cells,
};

/// The demo parent's first child, as the journal's row names them.
const CHILD_ROW: &str = "Иванов Артём";

/// The deputy's announcement to the school's parents (R21).
const ANNOUNCEMENT: &str = "Родительское собрание в четверг";

pub async fn journeys(browser: &Browser) -> Result<()> {
    deputy_announces(browser)
        .await
        .context("journey of the deputy")?;
    let (lesson, date) = teacher_gives_a_five(browser)
        .await
        .context("journey of the teacher")?;
    parent_reads_the_diary(browser, &lesson, &date)
        .await
        .context("journey of the parent")
}

async fn deputy_announces(b: &Browser) -> Result<()> {
    let client = &b.client;
    b.sign_in("deputy").await?;
    wait_for(client, ".app-nav a[href='/announcements']")
        .await?
        .click()
        .await?;
    wait_for(client, "#ann-title")
        .await?
        .send_keys(ANNOUNCEMENT)
        .await?;
    wait_for(client, "#ann-body")
        .await?
        .send_keys("Начало в 18:00, актовый зал.")
        .await?;
    wait_for(client, "#ann-publish").await?.click().await?;
    wait_for_text(client, "#announcement-form", "Объявление опубликовано").await?;
    wait_for_text(client, "#announcement-list", ANNOUNCEMENT).await?;

    // She edits it into an event on today's date: the form fills with it,
    // saving keeps the title, and the month's calendar shows it on the day.
    let edit = "const item = [...document.querySelectorAll('#announcement-list .announcement')]\
        .find(li => li.querySelector('.announcement__title').textContent === arguments[0]); \
        item.querySelector('.announcement__edit').click();";
    client.execute(edit, vec![ANNOUNCEMENT.into()]).await?;
    wait_for_text(client, "#announcement-form h2", "Изменить объявление").await?;
    let title = wait_for(client, "#ann-title").await?.prop("value").await?;
    ensure!(
        title.as_deref() == Some(ANNOUNCEMENT),
        "the form holds `{title:?}`"
    );
    let today = wait_for(client, "#event-month .event-day--today")
        .await?
        .attr("data-date")
        .await?
        .context("today's cell has no date")?;
    let set_date = "const i = document.getElementById('ann-event-on'); i.value = arguments[0]; \
        i.dispatchEvent(new Event('input', { bubbles: true }));";
    client.execute(set_date, vec![today.clone().into()]).await?;
    wait_for(client, "#ann-body")
        .await?
        .send_keys(" Явка обязательна.")
        .await?;
    wait_for(client, "#ann-publish").await?.click().await?;
    wait_for_text(client, "#announcement-form", "Изменения сохранены").await?;
    wait_for_text(client, "#announcement-list", "Явка обязательна").await?;
    wait_for_text(
        client,
        &format!("#event-month .event-day[data-date='{today}']"),
        ANNOUNCEMENT,
    )
    .await?;
    wait_for_text(client, "#announcement-form h2", "Новое объявление").await?;
    b.sign_out().await
}

/// Returns the lesson's id and date.
async fn teacher_gives_a_five(b: &Browser) -> Result<(String, String)> {
    let client = &b.client;
    cells::open_five_a_maths(b, "teacher").await?;
    let col = cells::last_held_lesson(client).await?;
    let script = "return [...document.querySelectorAll('tr.jrow .jname__text')]\
        .findIndex(n => n.textContent.trim() === arguments[0]);";
    let row = client.execute(script, vec![CHILD_ROW.into()]).await?;
    let row = usize::try_from(row.as_i64().context("no row")?).context("the child's row")?;
    let head = wait_for(client, &format!("th[data-col='{col}']")).await?;
    let lesson = head.attr("data-lesson-id").await?.context("lesson id")?;
    let date = head.attr("data-date").await?.context("lesson date")?;

    // Empty the cell the demo filled, then a five.
    cells::click(client, row, col).await?;
    cells::type_keys(client, "\u{E003}\u{E003}\u{E003}").await?;
    cells::wait_settled(client).await?;
    cells::expect(client, row, col, "").await?;
    cells::type_keys(client, "5\u{E007}").await?;
    cells::wait_settled(client).await?;
    cells::expect(client, row, col, "5").await?;
    b.sign_out().await?;
    Ok((lesson, date))
}

async fn parent_reads_the_diary(b: &Browser, lesson: &str, date: &str) -> Result<()> {
    let client = &b.client;
    b.sign_in("parent").await?;
    // The bell counts the news; the centre says it and leads to the diary.
    wait_for(client, "#notifications-bell #unread-count").await?;
    wait_for(client, "#notifications-bell")
        .await?
        .click()
        .await?;
    let news = "#notifications-page .notification--unread";
    let said = wait_for_text(client, news, "новая оценка «5» по предмету «Математика»").await?;
    ensure!(
        said.contains("Иванов А."),
        "the notification reads {said:?}"
    );
    screenshots(client, "eshkola-notifications-parent").await?;
    wait_for(client, &format!("{news} .notification__open"))
        .await?
        .click()
        .await?;
    let card = format!(".diary-day[data-date='{date}'] .diary-lesson[data-lesson='{lesson}']");
    wait_for_text(client, &card, "Математика").await?;
    let marks = client
        .find_all(Locator::Css(&format!("{card} .mark")))
        .await?;
    ensure!(marks.len() == 1, "the lesson shows {} marks", marks.len());
    let text = marks[0].text().await?;
    ensure!(text.starts_with('5'), "the mark reads {text:?}");
    let class = marks[0].attr("class").await?.unwrap_or_default();
    ensure!(class.contains("mark--5"), "the mark's class is {class:?}");
    // The demo's teachers set homework at each lesson: a day of the week
    // says what is due at it, given at an earlier lesson.
    let due = wait_for_text(client, ".diary-day__due .due-homework", "задано").await?;
    ensure!(due.contains(": "), "the homework due reads {due:?}");
    screenshots(client, "eshkola-diary-parent").await?;

    wait_for(client, ".app-nav a[href='/progress']")
        .await?
        .click()
        .await?;
    let forecast = ".progress-subject[data-subject='Математика'] .progress-subject__forecast";
    let said = wait_for_text(client, forecast, "Сейчас выходит «").await?;
    ensure!(said.contains("Прогноз"), "the forecast reads {said:?}");
    screenshots(client, "eshkola-progress-parent").await?;

    // A phone's width: nothing runs off the screen sideways.
    client.set_window_size(360, 780).await?;
    b.goto(&format!("/diary?week={date}")).await?;
    wait_for_text(client, &card, "Математика").await?;
    let fits = client
        .execute(
            "return document.documentElement.scrollWidth <= window.innerWidth;",
            vec![],
        )
        .await?;
    client.set_window_size(1280, 900).await?;
    ensure!(
        fits.as_bool() == Some(true),
        "the diary scrolls sideways at 360 px"
    );

    // The school's announcement reaches the parent (R21).
    wait_for(client, ".app-nav a[href='/announcements']")
        .await?
        .click()
        .await?;
    wait_for_text(client, "#announcement-list", ANNOUNCEMENT).await?;
    wait_for_text(client, "#event-month .event-day--today", ANNOUNCEMENT).await?;

    // The child will be ill for a few days: the parent sends a note (R18).
    wait_for(client, ".app-nav a[href='/absence-notes']")
        .await?
        .click()
        .await?;
    wait_for(client, "#note-reason")
        .await?
        .select_by_value("illness")
        .await?;
    wait_for(client, "#note-comment")
        .await?
        .send_keys("Температура, вызвали врача")
        .await?;
    wait_for(client, "#note-send").await?.click().await?;
    wait_for_text(client, "#note-form", "Записка отправлена").await?;
    wait_for_text(client, "#notes-list .note", "Болезнь").await?;
    screenshots(client, "eshkola-notes-parent").await?;
    Ok(())
}
