//! The results' fixed parts, rendered from the engine's data into an inert `<template>`: the
//! results island copies the red flags, conflict rules, payment lines and ladder rungs that
//! apply to the visitor, so their text and views are not in the wasm.

use leptos::prelude::*;
use partner_fit_engine::assessment::rules::{trigger, Flag};
use partner_fit_engine::guide::{Conflict, COMPENSATION, LADDER};
use partner_fit_engine::page::RESULT_PARTS;
use partner_fit_engine::Model;

/// Every part, each keyed by the test id and value the results show it with; rungs by
/// `data-rung`. The island sets a rung's mark, its class and `aria-current`.
#[component]
pub fn ResultParts() -> impl IntoView {
    view! {
        <template id=RESULT_PARTS>
            {Flag::ALL.map(|f| view! {
                <li class="flag" data-testid="red-flag" data-value=f.id()>
                    <p class="flag__title">
                        <span class="flag__icon" aria-hidden="true">"!"</span>
                        " "
                        {f.title()}
                    </p>
                    <p>{f.why()}</p>
                    <p><strong>"Fix: "</strong>{f.fix()}</p>
                </li>
            })}
            {Conflict::ALL.map(|c| view! {
                <li class="res-conflict" data-testid="conflict" data-value=c.id()>
                    <p class="res-conflict__name"><strong>{c.name()}</strong></p>
                    <p><span class="muted">"Why it applies: "</span>" "{trigger(c)}</p>
                    <p><span class="muted">"The rule: "</span>" "{c.rule()}</p>
                </li>
            })}
            {Model::ALL.map(|m| view! {
                <li data-testid="compensation" data-model=m.id()>
                    <strong>{m.name()} ": "</strong>
                    {COMPENSATION[m.index()]}
                    "."
                </li>
            })}
            {LADDER.iter().enumerate().map(|(i, rung)| {
                let m = rung.model;
                view! {
                    <li class=format!("ladder__rung ladder__rung--{}", m.id()) data-rung=m.id()>
                        <p class="ladder__name">
                            <strong>{i + 1} ". " {m.name()}</strong>
                            " "
                            <span class="ladder__mark"></span>
                        </p>
                        <p><span class="muted">"Proves: "</span>{rung.proves}</p>
                        <p><span class="muted">"Earns: "</span>{rung.earns}</p>
                    </li>
                }
            }).collect_view()}
        </template>
    }
}
