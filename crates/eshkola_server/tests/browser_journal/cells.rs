//! Steps on the journal grid: find the lesson to fill, click and type into
//! cells, wait until every save is done, and read a cell.

use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use fantoccini::{Client, Locator};

use crate::browser_harness::{Browser, WAIT, wait_for};

/// Signs in as `login` and opens 5А's maths journal from the menu.
pub async fn open_five_a_maths(b: &Browser, login: &str) -> Result<()> {
    let client = &b.client;
    b.sign_in(login).await?;
    wait_for(client, ".app-nav a[href='/journal']")
        .await?
        .click()
        .await?;
    wait_for(client, "#journal-pick")
        .await?
        .select_by_label("5А · Математика")
        .await?;
    wait_for(client, "#journal-grid .jcell").await?;
    Ok(())
}

/// The column of the last lesson of the page held before today that the
/// signed-in teacher may write (the demo fills these, so every run meets
/// the same kind of cell whatever the weekday).
pub async fn last_held_lesson(client: &Client) -> Result<usize> {
    let script = "const th = [...document.querySelectorAll(\
        \"th.jlesson[data-may-edit='true']:not([data-status='upcoming']):not([data-status='due'])\")].pop(); \
        return th ? Number(th.dataset.col) : null;";
    let col = client.execute(script, vec![]).await?;
    let col = col
        .as_u64()
        .context("no lesson held yet that the teacher may fill")?;
    Ok(usize::try_from(col)?)
}

pub async fn click(client: &Client, row: usize, col: usize) -> Result<()> {
    wait_for(client, &format!("#c-{row}-{col}"))
        .await?
        .click()
        .await?;
    Ok(())
}

/// Types into the grid, which holds the keyboard.
pub async fn type_keys(client: &Client, keys: &str) -> Result<()> {
    client
        .find(Locator::Css("#journal-grid"))
        .await?
        .send_keys(keys)
        .await?;
    Ok(())
}

/// A key of the Russian layout, as the browser reports it (`key` = «б»), on
/// the grid; chromedriver's own typing sends no `key` for Cyrillic letters.
pub async fn press_russian(client: &Client, key: &str) -> Result<()> {
    let script = "const grid = document.getElementById('journal-grid'); \
        grid.dispatchEvent(new KeyboardEvent('keydown', \
        { key: arguments[0], bubbles: true, cancelable: true }));";
    client.execute(script, vec![key.into()]).await?;
    Ok(())
}

/// Waits until no cell is saving; fails on a cell that could not save.
pub async fn wait_settled(client: &Client) -> Result<()> {
    let deadline = Instant::now() + WAIT;
    loop {
        let busy = client
            .find_all(Locator::Css(".jcell[data-state='saving']"))
            .await?;
        if busy.is_empty() {
            break;
        }
        if Instant::now() > deadline {
            bail!("cells still saving");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let failed = client
        .find_all(Locator::Css(
            ".jcell[data-state='error'], .jcell[data-state='conflict']",
        ))
        .await?;
    if let Some(cell) = failed.first() {
        let why = cell.attr("title").await?.unwrap_or_default();
        bail!("a cell did not save: {why}");
    }
    Ok(())
}

/// Waits until cell `row` × `col` reads `text` exactly.
pub async fn expect(client: &Client, row: usize, col: usize, text: &str) -> Result<()> {
    let css = format!("#c-{row}-{col}");
    let deadline = Instant::now() + WAIT;
    loop {
        let now = wait_for(client, &css).await?.text().await?;
        if now.trim() == text {
            return Ok(());
        }
        if Instant::now() > deadline {
            bail!("cell {row}×{col} reads `{now}`, not `{text}`");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
