//! `/sessions`: where the person is signed in, and ending those sessions.

use eshkola_api_types::sessions::SessionInfo;
use leptos::prelude::*;
use uuid::Uuid;

use crate::{
    api::use_api,
    components::{EmptyState, ErrorNote, Skeleton, SuccessNote},
    format,
    session::use_session,
    texts,
};

/// What the person asked to end.
#[derive(Clone, Copy)]
enum End {
    One(Uuid),
    Others,
}

#[component]
pub fn SessionsPage() -> impl IntoView {
    let api = use_api();
    let sessions = LocalResource::new(move || async move { api.my_sessions().await });
    let end = Action::new_local(move |what: &End| {
        let what = *what;
        async move {
            let result = match what {
                End::One(id) => api.end_my_session(id).await.map(|()| None),
                End::Others => api.end_other_sessions().await.map(|c| Some(c.revoked)),
            };
            sessions.refetch();
            result
        }
    });
    let busy = end.pending();
    let outcome = move || match end.value().get() {
        Some(Ok(Some(count))) => {
            Some(view! { <SuccessNote message=texts::sessions_ended(count)/> }.into_any())
        }
        Some(Err(e)) => Some(view! { <ErrorNote message=e.message()/> }.into_any()),
        _ => None,
    };
    view! {
        <section class="stack">
            <h1>{texts::SESSIONS_TITLE}</h1>
            <p class="muted">{texts::SESSIONS_HINT}</p>
            {outcome}
            <Transition fallback=|| view! { <Skeleton lines=4/> }>
                {move || Suspend::new(async move {
                    match sessions.await {
                        Ok(list) => {
                            let others = list.iter().filter(|s| !s.current).count();
                            let on_end = move |id| {
                                end.dispatch(End::One(id));
                            };
                            view! {
                                <SessionTable list busy on_end/>
                                {if others == 0 {
                                    view! { <EmptyState text=texts::NO_OTHER_SESSIONS/> }.into_any()
                                } else {
                                    view! {
                                        <button
                                            id="end-others"
                                            type="button"
                                            class="button button--danger"
                                            disabled=move || busy.get()
                                            on:click=move |_| {
                                                end.dispatch(End::Others);
                                            }
                                        >
                                            {texts::END_OTHER_SESSIONS}
                                        </button>
                                    }
                                        .into_any()
                                }}
                            }
                                .into_any()
                        }
                        Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

/// One row per session; the current one is marked and cannot be ended here.
#[component]
fn SessionTable(
    list: Vec<SessionInfo>,
    busy: Memo<bool>,
    on_end: impl Fn(Uuid) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let session = use_session();
    let zone = session.with_me_untracked(|me| me.school.time_zone.clone());
    let rows = list
        .into_iter()
        .map(|s| {
            let id = s.id;
            view! {
                <tr class:current=s.current data-session=id.to_string()>
                    <td data-label=texts::COL_DEVICE title=s.device.clone()>
                        {format::device(&s.device)}
                        {s.current.then(|| view! { <span class="badge">{texts::THIS_SESSION}</span> })}
                    </td>
                    <td data-label=texts::COL_IP>{s.ip}</td>
                    <td class="nowrap" data-label=texts::COL_LAST_USED>{format::date_time(s.last_used_at, &zone)}</td>
                    <td class="nowrap" data-label=texts::COL_CREATED>{format::date_time(s.created_at, &zone)}</td>
                    <td class="table__actions">
                        {(!s.current).then(|| view! {
                            <button
                                type="button"
                                class="button button--small"
                                disabled=move || busy.get()
                                on:click=move |_| on_end(id)
                            >
                                {texts::END_SESSION}
                            </button>
                        })}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="table table--stack" id="sessions">
            <thead>
                <tr>
                    <th scope="col">{texts::COL_DEVICE}</th>
                    <th scope="col">{texts::COL_IP}</th>
                    <th scope="col">{texts::COL_LAST_USED}</th>
                    <th scope="col">{texts::COL_CREATED}</th>
                    <th scope="col"><span class="visually-hidden">{texts::COL_ACTIONS}</span></th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
