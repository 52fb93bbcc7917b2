//! The journal grid with 40 students × 70 lessons (issue 5, "smooth"),
//! measured in headless Chromium: how long the page takes to appear after
//! the period is picked (the server's answer and the SPA's rendering apart),
//! and how long each key takes — a cursor move, a mark typed, a mark taken
//! back — from the key press to the laid-out page. A benchmark, not a test:
//! ignored by `cargo test`, run by `just bench` (`scripts/bench/grid.sh`),
//! which puts the figures into BENCHMARKS.md. Nothing here is asserted
//! about time; it fails only when the page is not what it should be.
//!
//! Set up through the API on the demo school: 5А gets students admitted and
//! extra maths lessons (7th and 8th) until its maths page of the current
//! period has 40 × 70 cells (`browser_grid/`). The figures go to
//! `GRID_BENCH_OUT` (JSON; not `ESHKOLA_…`, which the server reads as its
//! settings), else to stdout.

mod browser_grid;
mod browser_harness;

use std::io::Write as _;

use anyhow::{Context, Result, ensure};
use serde_json::{Value, json};

use browser_grid::{
    LESSONS, Page, STUDENTS, fill, find_page,
    timing::{RENDER, ensure_moved, opposite, press, round, summary},
};
use browser_harness::{Browser, api::As, ensure_absent, wait_for};

/// Cursor moves measured: a lap of the page's edge and back.
const MOVES: usize = 200;

async fn measure(b: &Browser, page: &Page, cells: usize) -> Result<Value> {
    b.sign_in("teacher").await?;
    b.goto(&page.spa_path(&page.other_period)).await?;
    wait_for(&b.client, "#journal-grid .jcell").await?;
    let render = b
        .client
        .execute_async(RENDER, vec![json!(page.period_id()?), json!(cells)])
        .await?;

    // Cursor moves with the side panel closed (the click on the cursor's
    // own cell opens the cell's detail; Esc closes it): along the first
    // row, down the last column, back along the last row and up again.
    wait_for(&b.client, "#c-0-0").await?.click().await?;
    press(b, &["Escape"]).await?;
    ensure_absent(&b.client, ".journal__body--panel").await?;
    let lap: Vec<&str> = ["ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp"]
        .iter()
        .zip([LESSONS - 1, STUDENTS - 1, LESSONS - 1, STUDENTS - 1])
        .flat_map(|(key, n)| std::iter::repeat_n(*key, n))
        .cycle()
        .take(MOVES)
        .collect();
    let moves = press(b, &lap).await?;
    ensure_moved(&moves)?;
    // The same with the cell's detail open beside the grid (F2): it follows
    // the cursor and asks the server for each cell's history.
    press(b, &["F2"]).await?;
    wait_for(&b.client, ".journal__body--panel").await?;
    let back: Vec<&str> = lap
        .iter()
        .rev()
        .take(MOVES / 2)
        .map(|k| opposite(k))
        .collect();
    let with_panel = press(b, &back).await?;
    ensure_moved(&with_panel)?;
    press(b, &["Escape"]).await?;

    // Marks: a 5 typed into 20 cells of a held lesson and taken back with
    // Backspace (the grid saves in the background).
    let col = b
        .client
        .execute(
            "const th = [...document.querySelectorAll(\"th.jlesson[data-may-edit='true']:not([data-status='upcoming'])\")].pop(); \
             return th ? Number(th.dataset.col) : null;",
            vec![],
        )
        .await?
        .as_u64()
        .context("no lesson held yet")?;
    // Clicked by script: after the lap the sticky header covers the row.
    wait_for(&b.client, &format!("#c-0-{col}")).await?;
    b.client
        .execute(
            "document.getElementById(arguments[0]).click();",
            vec![json!(format!("c-0-{col}"))],
        )
        .await?;
    let mut entry = Vec::new();
    for row in 0..20 {
        // Backspaces first: the demo filled the lessons held, up to two
        // marks and an absence a cell.
        let keys = press(
            b,
            &[
                "Backspace",
                "Backspace",
                "Backspace",
                "5",
                "Backspace",
                "ArrowDown",
            ],
        )
        .await?;
        ensure!(
            keys[2].2.is_empty(),
            "row {row}: the cell kept `{}`",
            keys[2].2
        );
        ensure!(
            keys[3].2 == "5",
            "row {row}: a typed 5 shows as `{}`",
            keys[3].2
        );
        ensure!(
            keys[4].2.is_empty(),
            "row {row}: Backspace left `{}`",
            keys[4].2
        );
        entry.push(keys[3].0);
        entry.push(keys[4].0);
    }
    Ok(json!({
        "render_ms": round(render["total"].as_f64().context("render time")?),
        "fetched_ms": render["fetched"].as_f64().map(round),
        "move_ms": summary(moves.iter().map(|m| m.0).collect()),
        "move_panel_ms": summary(with_panel.iter().map(|m| m.0).collect()),
        "entry_ms": summary(entry),
    }))
}

#[tokio::test]
#[ignore = "a benchmark: run by `just bench`"]
async fn journal_grid_of_40_students_by_70_lessons() -> Result<()> {
    let Some(b) = Browser::start().await? else {
        return Ok(());
    };
    let outcome = async {
        let teacher = As::sign_in(&b, "teacher").await?;
        let page = find_page(&teacher).await?;
        let (students, lessons) = fill(&b, &page, &teacher).await?;
        let mut figures = measure(&b, &page, students * lessons).await?;
        // The page as filled: at least 40 × 70 (more if the demo had more).
        figures["students"] = json!(students);
        figures["lessons"] = json!(lessons);
        let text = serde_json::to_string(&figures)?;
        match std::env::var_os("GRID_BENCH_OUT") {
            Some(path) => std::fs::write(path, text)?,
            None => writeln!(std::io::stdout(), "{text}")?,
        }
        Ok(())
    }
    .await;
    b.finish("grid-bench", outcome).await
}
