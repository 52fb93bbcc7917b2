//! `/journal/setup`: «Настройки журнала» for the administration — the
//! deadline and the rounding rule, the kinds of work with weights, the
//! attendance codes (R13, R14, R15, R18).

mod codes;
mod kinds;
mod rules;

use leptos::prelude::*;

use crate::texts;

#[component]
pub fn JournalSetupPage() -> impl IntoView {
    view! {
        <section class="stack setup" id="journal-setup-page">
            <h1>{texts::JOURNAL_SETUP_TITLE}</h1>
            <rules::RulesForm/>
            <kinds::WorkKinds/>
            <codes::AttendanceCodes/>
            <p class="muted">{texts::DELETE_OR_ARCHIVE_HINT}</p>
        </section>
    }
}
