//! The printed journal page (R31): A4 landscape (print CSS), without the
//! app's chrome, headed by the school, class, subject and period, and closed
//! by a signature block. The «Печать» button (`components::PrintButton`)
//! prints what the grid shows.

use leptos::prelude::*;

use super::board::Board;
use crate::{format, session::use_session, texts};

/// Shown only on paper: who, what and when the page is.
#[component]
pub fn PrintHeader(board: Board, teachers: String, period: String) -> impl IntoView {
    let session = use_session();
    let school = session.with_me_untracked(|me| me.school.short_name.clone());
    let m = &board.meta;
    let class = match &m.subgroup {
        Some(g) => format!("{} ({g})", m.class_name),
        None => m.class_name.clone(),
    };
    view! {
        <header class="print-only jprint-head">
            <p>{school}</p>
            <h2>{texts::print_title(&class, &m.subject)}</h2>
            <p>
                {period}", "{format::date_range(m.period.0, m.period.1)}
                {(!teachers.is_empty()).then(|| format!(" · {}: {teachers}", texts::TEACHER_LABEL))}
            </p>
        </header>
    }
}

/// Signature lines under the printed page.
#[component]
pub fn SignatureBlock() -> impl IntoView {
    view! {
        <footer class="print-only jprint-sign">
            <p>{texts::SIGN_TEACHER}" ____________________"</p>
            <p>{texts::SIGN_CHECKED}" ____________________"</p>
            <p>{texts::SIGN_DATE}" «____» ______________ 20___"</p>
        </footer>
    }
}
