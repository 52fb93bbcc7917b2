//! Messages in the browser (R20): the demo parent writes to the class
//! teacher of her child's class from «Сообщения»; the class teacher sees the
//! unread count on the envelope, opens the conversation (the count goes)
//! and replies, then gives her e-mail address for letters; the parent
//! reads the reply in the same conversation.

use anyhow::{Context, Result, ensure};
use fantoccini::Locator;

use crate::browser_harness::{Browser, ensure_absent, screenshots, wait_for, wait_for_text};

const SUBJECT: &str = "Пропуск в пятницу";
const QUESTION: &str = "Артём будет у врача в пятницу, подскажите задание по английскому.";
const ANSWER: &str = "Спасибо, что предупредили: упражнения 3 и 4 на странице 52.";

pub async fn parent_and_class_teacher_write_to_each_other(b: &Browser) -> Result<()> {
    let client = &b.client;
    b.sign_in("parent").await?;
    wait_for(client, "#messages-link").await?.click().await?;
    wait_for(client, "#write-message").await?.click().await?;
    wait_for(client, "li.recipient").await?;
    let mut found = false;
    for row in client.find_all(Locator::Css("li.recipient")).await? {
        if row.text().await?.contains("Смирнова") {
            row.find(Locator::Css("input")).await?.click().await?;
            found = true;
            break;
        }
    }
    ensure!(
        found,
        "the class teacher is not in the parent's address book"
    );
    wait_for(client, "#message-subject")
        .await?
        .send_keys(SUBJECT)
        .await?;
    wait_for(client, "#message-body")
        .await?
        .send_keys(QUESTION)
        .await?;
    wait_for(client, "#message-send").await?.click().await?;
    wait_for_text(client, "#thread-subject", SUBJECT).await?;
    wait_for_text(client, "#message-list", QUESTION).await?;
    b.sign_out().await?;

    b.sign_in("classteacher").await?;
    let unread = wait_for(client, "#messages-unread")
        .await
        .context("the envelope shows no unread message")?
        .text()
        .await?;
    ensure!(
        unread.trim().parse::<u32>().unwrap_or(0) >= 1,
        "unread `{unread}`"
    );
    wait_for(client, "#messages-link").await?.click().await?;
    let thread = wait_for_text(client, "#thread-list .notification--unread", SUBJECT).await?;
    ensure!(thread.contains(SUBJECT), "{thread}");
    wait_for(client, "#thread-list .notification--unread .thread__link")
        .await?
        .click()
        .await?;
    wait_for_text(client, "#message-list", QUESTION).await?;
    // Opened, the conversation is read: the envelope's count goes.
    for _ in 0..50 {
        if client
            .find_all(Locator::Css("#messages-unread"))
            .await?
            .is_empty()
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    ensure_absent(client, "#messages-unread").await?;
    wait_for(client, "#reply-body")
        .await?
        .send_keys(ANSWER)
        .await?;
    wait_for(client, "#reply-send").await?.click().await?;
    wait_for_text(client, "#message-list", ANSWER).await?;
    screenshots(client, "eshkola-messages").await?;

    // She wants the next message by e-mail: she gives her address on the
    // notifications page (R19); a typo is refused there and then.
    b.goto("/notifications").await?;
    let input = wait_for(client, "#mail-address-input").await?;
    input.send_keys("smirnova-example.org").await?;
    wait_for(client, "#mail-address-save")
        .await?
        .click()
        .await?;
    wait_for_text(client, "#mail-address-input-error", "Укажите адрес").await?;
    input.clear().await?;
    input.send_keys("smirnova@example.org").await?;
    wait_for(client, "#mail-address-save")
        .await?
        .click()
        .await?;
    wait_for_text(client, "#mail-address", "smirnova@example.org").await?;
    b.sign_out().await?;

    b.sign_in("parent").await?;
    wait_for(client, "#messages-unread").await?;
    b.goto("/messages").await?;
    wait_for(client, "#thread-list .thread__link")
        .await?
        .click()
        .await?;
    wait_for_text(client, "#message-list", ANSWER).await?;
    b.sign_out().await
}
