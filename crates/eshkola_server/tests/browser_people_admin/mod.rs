//! The administration's people screens in the browser (R2, R10, R22): the
//! administrator registers a teacher, reads the slip, changes the roles and
//! finds them in the account base as never activated; the secretary admits a
//! student into 5А (errors shown at their fields), adds a parent who declined
//! electronic access, withdraws the student by order, and the card and the
//! movement book show it. The class teacher opens a card of their class
//! without the movement forms; another teacher is refused. Screenshots,
//! desktop and 360 px.

use anyhow::{Context, Result, ensure};
use fantoccini::{Client, Locator};
use serde_json::json;

use crate::browser_harness::{Browser, ensure_absent, screenshots, wait_for, wait_for_text};

/// Sets an input's value as typing would (date inputs take keys by locale).
async fn set_value(client: &Client, css: &str, value: &str) -> Result<()> {
    wait_for(client, css).await?;
    client
        .execute(
            "const e = document.querySelector(arguments[0]); e.value = arguments[1];\
             e.dispatchEvent(new Event('input', { bubbles: true }));\
             e.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![json!(css), json!(value)],
        )
        .await?;
    Ok(())
}

async fn type_into(client: &Client, css: &str, text: &str) -> Result<()> {
    let input = wait_for(client, css).await?;
    input.clear().await?;
    input.send_keys(text).await?;
    Ok(())
}

async fn click(client: &Client, css: &str) -> Result<()> {
    wait_for(client, css).await?.click().await?;
    Ok(())
}

pub async fn journeys(browser: &Browser) -> Result<()> {
    let login = admin_registers_a_teacher(browser)
        .await
        .context("the administrator registers a teacher")?;
    admin_finds_them_never_activated(browser, &login)
        .await
        .context("the account base")?;
    secretary_admits_and_withdraws(browser)
        .await
        .context("the secretary's admission and withdrawal")?;
    class_teacher_opens_a_card(browser)
        .await
        .context("the class teacher's view of a card")
}

/// The class teacher reaches a student's card from the class page and sees
/// the family's contacts, but no movement forms (the administration's); a
/// teacher who is not the class teacher gets the server's refusal (R34).
async fn class_teacher_opens_a_card(b: &Browser) -> Result<()> {
    let client = &b.client;
    b.sign_in("classteacher").await?;
    click(client, "#my-classes a.my-class").await?;
    click(
        client,
        "#roster tr.roster__row:not(.roster__parent) a.roster__name",
    )
    .await?;
    wait_for(client, "#student-name").await?;
    wait_for(client, "#guardians tr.guardian").await?;
    wait_for(client, "#new-parent").await?;
    wait_for(client, "#student-history .movement[data-kind='admission']").await?;
    for css in ["#transfer", "#withdraw", "#link-parent", ".tabs"] {
        ensure_absent(client, css).await?;
    }
    let card = client.current_url().await?.path().to_owned();
    // Back leads to the class, not to a list they may not read.
    click(client, "#student-card a.back-link").await?;
    wait_for_text(client, "#class-room-title", "5А").await?;
    b.sign_out().await?;

    b.sign_in("teacher").await?;
    b.goto(&card).await?;
    wait_for(client, "#student-error").await?;
    ensure_absent(client, "#guardians").await?;
    b.sign_out().await
}

/// Returns the new teacher's login, as the slip shows it.
async fn admin_registers_a_teacher(b: &Browser) -> Result<String> {
    let client = &b.client;
    b.sign_in("admin").await?;
    click(client, "#staff-link a").await?;
    wait_for(client, "#staff tr[data-login='teacher']").await?;
    click(client, "#new-staff").await?;
    // Nothing typed: the server names the missing fields.
    click(client, "#create-staff").await?;
    wait_for(client, "#staff-surname-error").await?;
    wait_for(client, "#staff-first-name-error").await?;
    type_into(client, "#staff-surname", "Соколова").await?;
    type_into(client, "#staff-first-name", "Ирина").await?;
    type_into(client, "#staff-patronymic", "Павловна").await?;
    // «Учитель» is ticked already; a class teacher too.
    click(client, "#staff-roles-class_teacher").await?;
    click(client, "#create-staff").await?;

    let slip = wait_for(client, "#slips .slip").await?;
    let login = slip
        .attr("data-login")
        .await?
        .context("a slip without a login")?;
    ensure!(login == "sokolova.ip", "the new login is `{login}`");
    let code = slip.find(Locator::Css(".slip-code")).await?.text().await?;
    ensure!(code.trim().len() == 14, "the slip's code is `{code}`");
    let row = format!("#staff tr[data-login='{login}']");
    wait_for_text(
        client,
        &format!("{row} .role-list"),
        "Учитель, Классный руководитель",
    )
    .await?;
    wait_for_text(client, &format!("{row} .account-status"), "не активирована").await?;
    screenshots(client, "eshkola-staff").await?;
    client
        .execute("document.querySelector('#staff').scrollIntoView()", vec![])
        .await?;
    screenshots(client, "eshkola-staff-table").await?;

    // Roles change in place: no longer a class teacher.
    click(client, &format!("{row} .edit-roles")).await?;
    click(client, &format!("{row} input[id$='-class_teacher']")).await?;
    click(client, &format!("{row} .save-roles")).await?;
    let roles = wait_for_text(client, &format!("{row} .role-list"), "Учитель").await?;
    ensure!(
        !roles.contains("Классный"),
        "roles after the change: `{roles}`"
    );
    Ok(login)
}

async fn admin_finds_them_never_activated(b: &Browser, login: &str) -> Result<()> {
    let client = &b.client;
    b.goto("/admin/accounts").await?;
    let row = format!("#accounts tr[data-login='{login}']");
    wait_for(client, &row).await?;
    wait_for(client, "#account-status")
        .await?
        .select_by_label("Не активированы")
        .await?;
    wait_for(client, &format!("{row}[data-status='never_activated']")).await?;
    wait_for_text(client, &row, "входов не было").await?;
    // The administrator has signed in: not in this list.
    ensure_absent(client, "#accounts tr[data-login='admin']").await?;
    type_into(client, "#account-search", "соколова").await?;
    let shown = client
        .find_all(Locator::Css("#accounts tbody tr[data-login]"))
        .await?;
    ensure!(
        shown.len() == 1,
        "the search shows {} accounts",
        shown.len()
    );
    screenshots(client, "eshkola-account-base").await?;
    b.sign_out().await
}

async fn secretary_admits_and_withdraws(b: &Browser) -> Result<()> {
    let client = &b.client;
    b.sign_in("secretary").await?;
    click(client, "#people-links a[href='/students/new']").await?;
    wait_for(client, "#admit-form").await?;
    // Wait for the class picker to be filled before using it.
    wait_for(client, "#admit-class option:nth-of-type(2)").await?;
    // Neither a birth date nor a class: said at once, before sending.
    click(client, "#admit-submit").await?;
    wait_for(client, "#admit-birth-date-error").await?;
    wait_for(client, "#admit-class-error").await?;

    type_into(client, "#admit-surname", "Орлова").await?;
    type_into(client, "#admit-first-name", "Вера").await?;
    type_into(client, "#admit-patronymic", "Игоревна").await?;
    set_value(client, "#admit-birth-date", "2015-04-20").await?;
    wait_for(client, "#admit-sex")
        .await?
        .select_by_label("женский")
        .await?;
    wait_for(client, "#admit-class")
        .await?
        .select_by_label("5А")
        .await?;
    set_value(client, "#admit-date", "2026-11-09").await?;
    type_into(client, "#admit-order-number", "88-у").await?;
    // An order dated years away: the server's complaint is at its field.
    set_value(client, "#admit-order-date", "2020-01-10").await?;
    click(client, "#admit-submit").await?;
    wait_for(client, "#admit-order-date-error").await?;
    ensure_absent(client, "#admit-class-error").await?;
    set_value(client, "#admit-order-date", "").await?;
    screenshots(client, "eshkola-admission").await?;
    click(client, "#admit-submit").await?;

    let name = wait_for_text(client, "#student-name", "Орлова Вера Игоревна").await?;
    wait_for_text(client, "#student-class", "5А с 09.11.2026").await?;
    wait_for_text(
        client,
        "#student-history .movement[data-kind='admission']",
        "88-у",
    )
    .await?;
    // Her first code, on a slip to print, from the card itself.
    let login = wait_for(client, "#student-login").await?.text().await?;
    click(client, "#issue-code").await?;
    let slip = wait_for(
        client,
        &format!("#slips .slip[data-login='{}']", login.trim()),
    )
    .await?;
    let code = slip.find(Locator::Css(".slip-code")).await?.text().await?;
    ensure!(code.trim().len() == 14, "the slip's code is `{code}`");
    wait_for(client, "#student-notice").await?;
    click(client, "#hide-slips").await?;
    add_a_parent_who_declined(b).await?;
    screenshots(client, "eshkola-student-card").await?;

    // Withdrawal: without a reason the server says so at the field.
    click(client, "#withdraw summary").await?;
    set_value(client, "#withdraw-date", "2026-12-18").await?;
    type_into(client, "#withdraw-order-number", "301-у").await?;
    click(client, "#withdraw-submit").await?;
    click(client, "#withdraw-confirm").await?;
    wait_for(client, "#withdraw-reason-error").await?;
    type_into(client, "#withdraw-reason", "Смена места жительства").await?;
    type_into(client, "#withdraw-destination", "МБОУ СОШ № 5, г. Кемерово").await?;
    click(client, "#withdraw-submit").await?;
    click(client, "#withdraw-confirm").await?;
    wait_for_text(client, "#student-class", "Выбыла из школы").await?;
    let line = wait_for_text(
        client,
        "#student-history .movement[data-kind='withdrawal']",
        "301-у",
    )
    .await?;
    ensure!(
        line.contains("Кемерово"),
        "the withdrawal line says `{line}`"
    );
    wait_for_text(
        client,
        "#student-card .card-head .account-status",
        "заблокирована",
    )
    .await?;
    ensure_absent(client, "#withdraw").await?;

    // The list keeps her among the withdrawn, with no class.
    b.goto("/students").await?;
    wait_for(client, "#students tr.student").await?;
    wait_for(client, "#student-class")
        .await?
        .select_by_label("Выбывшие")
        .await?;
    type_into(client, "#student-search", "орлова вера").await?;
    let row = wait_for_text(client, "#students tr.student", "Орлова Вера").await?;
    ensure!(
        row.contains("выбыла"),
        "the withdrawn student's row says `{row}`"
    );
    let shown = client
        .find_all(Locator::Css("#students tr.student"))
        .await?;
    ensure!(
        shown.len() == 1,
        "the filter shows {} students",
        shown.len()
    );
    wait_for(client, "#student-class")
        .await?
        .select_by_label("5А")
        .await?;
    wait_for_text(client, "#students-count", "Учеников: 0").await?;
    set_value(client, "#student-search", "").await?;
    wait_for(client, "#students tr.student").await?;
    screenshots(client, "eshkola-students").await?;
    b.goto("/parents").await?;
    wait_for_text(client, "#parents", "Орлова Елена").await?;
    screenshots(client, "eshkola-parents").await?;

    // The movement book has it, with the order.
    b.goto("/movements").await?;
    let book = wait_for_text(client, "#movements", "301-у").await?;
    ensure!(
        book.contains(name.trim()) && book.contains("Выбытие"),
        "the movement book says `{book}`"
    );
    b.sign_out().await
}

/// A mother with a mistyped phone first, then right; she declined
/// electronic access, which her card shows and keeps.
async fn add_a_parent_who_declined(b: &Browser) -> Result<()> {
    let client = &b.client;
    click(client, "#new-parent summary").await?;
    type_into(client, "#parent-surname", "Орлова").await?;
    type_into(client, "#parent-first-name", "Елена").await?;
    type_into(client, "#parent-phone", "12345").await?;
    click(client, "#parent-declined").await?;
    click(client, "#create-parent").await?;
    wait_for(client, "#parent-phone-error").await?;
    type_into(client, "#parent-phone", "8 913 555 12 34").await?;
    click(client, "#create-parent").await?;
    let row = wait_for_text(client, "#guardians tr.guardian", "Орлова Елена").await?;
    ensure!(
        row.contains("+7 (913) 555-12-34"),
        "the parent's row says `{row}`"
    );
    ensure!(
        row.contains("отказались"),
        "no declined-access mark in `{row}`"
    );

    click(client, "#guardians tr.guardian a.person-link").await?;
    wait_for_text(client, "#parent-name", "Орлова Елена").await?;
    wait_for(client, "#parent-declined-badge").await?;
    let declined = wait_for(client, "#parent-edit-declined").await?;
    ensure!(
        declined.is_selected().await?,
        "the flag is not ticked on the card"
    );
    // She gets printed reports, not an activation code (R22).
    ensure_absent(client, "#issue-code").await?;
    type_into(client, "#parent-edit-email", "orlova@example.ru").await?;
    click(client, "#save-parent").await?;
    wait_for(client, "#parent-notice .note--success").await?;
    screenshots(client, "eshkola-parent-card").await?;
    client.back().await?;
    wait_for_text(client, "#student-name", "Орлова Вера").await?;
    Ok(())
}
