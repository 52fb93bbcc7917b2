//! Kinds of work with weights: add, change the weight, move up, delete (an
//! used one is archived by the server), restore from the archive.

use eshkola_api_types::journal_setup::{
    UpdateWorkKindRequest, WorkCategory, WorkKind, WorkKindRequest,
};
use leptos::{ev::SubmitEvent, prelude::*};

use crate::{
    api::{ApiError, use_api},
    components::{
        Checkbox, DeleteButton, ErrorNote, Input, Select, Skeleton, SubmitButton, field_error,
    },
    texts,
};

fn weight_text(w: f64) -> String {
    format!("{w}").replace('.', ",")
}

fn parse_weight(text: &str) -> f64 {
    text.trim().replace(',', ".").parse().unwrap_or(0.0)
}

#[component]
pub fn WorkKinds() -> impl IntoView {
    let api = use_api();
    let kinds = LocalResource::new(move || async move { api.work_kinds().await });
    let changed = Callback::new(move |()| kinds.refetch());
    view! {
        <section class="card stack" id="work-kinds">
            <h2>{texts::WORK_KINDS_TITLE}</h2>
            <Transition fallback=|| view! { <Skeleton lines=6/> }>
                {move || Suspend::new(async move {
                    match kinds.await {
                        Ok(list) => view! {
                            <ul class="rows">
                                {list.into_iter().enumerate().map(|(i, k)| view! { <KindRow kind=k index=i on_changed=changed/> }).collect_view()}
                            </ul>
                        }
                        .into_any(),
                        Err(e) => view! { <ErrorNote message=e.message()/> }.into_any(),
                    }
                })}
            </Transition>
            <NewKind on_added=changed/>
        </section>
    }
}

#[component]
fn KindRow(kind: WorkKind, index: usize, on_changed: Callback<()>) -> impl IntoView {
    let api = use_api();
    let id = kind.id;
    let weight = RwSignal::new(weight_text(kind.weight));
    let failure = RwSignal::new(None::<ApiError>);
    let update = Action::new_local(move |body: &UpdateWorkKindRequest| {
        let body = body.clone();
        async move {
            match api.update_work_kind(id, &body).await {
                Ok(_) => on_changed.run(()),
                Err(e) => failure.set(Some(e)),
            }
        }
    });
    let remove = Action::new_local(move |()| async move {
        match api.delete_work_kind(id).await {
            Ok(()) => on_changed.run(()),
            Err(e) => failure.set(Some(e)),
        }
    });
    let busy = Signal::derive(move || update.pending().get() || remove.pending().get());
    let save_weight = move |ev: SubmitEvent| {
        ev.prevent_default();
        update.dispatch(UpdateWorkKindRequest {
            weight: Some(parse_weight(&weight.get_untracked())),
            ..Default::default()
        });
    };
    let name = kind.name.clone();
    view! {
        <li class="row" data-kind=kind.name.clone() class:row--archived=kind.archived>
            <span class="row__name">{kind.name.clone()}</span>
            <span class="row__note muted">{kind.short_name.clone()} " · " {texts::category_name(kind.category)}</span>
            {kind.archived.then(|| view! { <span class="badge">{texts::ARCHIVED}</span> })}
            <form class="row__edit" novalidate on:submit=save_weight>
                <Input id=format!("kind-{id}-weight") label=texts::KIND_WEIGHT value=weight compact=true
                    error=field_error(move || failure.get(), "weight")/>
                <SubmitButton label=texts::SAVE pending=update.pending()/>
            </form>
            <span class="row__actions">
                {(index > 0).then(|| view! {
                    <button type="button" class="button button--small button--ghost" disabled=move || busy.get()
                        on:click=move |_| { update.dispatch(UpdateWorkKindRequest { position: Some(index as u16 - 1), ..Default::default() }); }>
                        {texts::MOVE_UP}
                    </button>
                })}
                {if kind.archived {
                    view! {
                        <button type="button" class="button button--small" disabled=move || busy.get()
                            on:click=move |_| { update.dispatch(UpdateWorkKindRequest { archived: Some(false), ..Default::default() }); }>
                            {texts::RESTORE}
                        </button>
                    }.into_any()
                } else {
                    view! { <DeleteButton question=texts::delete_kind(&name) busy on_confirm=Callback::new(move |()| { remove.dispatch(()); })/> }.into_any()
                }}
            </span>
            {move || failure.get().filter(|e| e.field("weight").is_none()).map(|e| view! { <ErrorNote message=e.message()/> })}
        </li>
    }
}

#[component]
fn NewKind(on_added: Callback<()>) -> impl IntoView {
    let api = use_api();
    let name = RwSignal::new(String::new());
    let short = RwSignal::new(String::new());
    let weight = RwSignal::new("1".to_owned());
    let category = RwSignal::new("ordinary".to_owned());
    let pair = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    let add = Action::new_local(move |body: &WorkKindRequest| {
        let body = body.clone();
        async move {
            match api.create_work_kind(&body).await {
                Ok(_) => {
                    failure.set(None);
                    name.set(String::new());
                    short.set(String::new());
                    weight.set("1".to_owned());
                    on_added.run(());
                }
                Err(e) => failure.set(Some(e)),
            }
        }
    });
    let categories: Vec<(String, String)> = WorkCategory::ALL
        .into_iter()
        .map(|c| (c.as_str().to_owned(), texts::category_name(c).to_owned()))
        .collect();
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        add.dispatch(WorkKindRequest {
            name: name.get_untracked(),
            short_name: short.get_untracked(),
            weight: parse_weight(&weight.get_untracked()),
            category: WorkCategory::parse(&category.get_untracked())
                .unwrap_or(WorkCategory::Ordinary),
            pair: pair.get_untracked(),
        });
    };
    let err = move |field: &str| field_error(move || failure.get(), field);
    view! {
        <form class="form-row" id="new-kind" novalidate on:submit=submit>
            <Input id="kind-name".into() label=texts::KIND_NAME value=name required=true error=err("name")/>
            <Input id="kind-short".into() label=texts::KIND_SHORT value=short required=true error=err("short_name")/>
            <Input id="kind-weight".into() label=texts::KIND_WEIGHT value=weight required=true error=err("weight")/>
            <Select id="kind-category".into() label=texts::KIND_CATEGORY value=category options=categories/>
            <Checkbox id="kind-pair".into() label=texts::KIND_PAIR checked=pair/>
            <SubmitButton label=texts::ADD_KIND pending=add.pending()/>
        </form>
        {move || failure.get().filter(|e| e.field("name").is_none() && e.field("weight").is_none() && e.field("short_name").is_none())
            .map(|e| view! { <ErrorNote message=e.message()/> })}
    }
}
