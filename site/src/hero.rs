//! The first screen: the question the page answers, the three models drawn as who hands what
//! to whom, and one line each from the guide.

use leptos::prelude::*;
use partner_fit_engine::Model;

/// Width of one model's cell in the illustration's coordinates (three side by side).
const CELL: i32 = 150;

/// A party in one cell: its label and the centre and width of its box.
struct Party {
    label: &'static str,
    x: i32,
    y: i32,
    width: i32,
}

const YOU: Party = Party {
    label: "You",
    x: 26,
    y: 20,
    width: 44,
};
const PARTNER: Party = Party {
    label: "Partner",
    x: 118,
    y: 20,
    width: 56,
};
const CUSTOMER: Party = Party {
    label: "Customer",
    x: 72,
    y: 80,
    width: 64,
};

/// A line from one party's box to another's, in cell coordinates: x1, y1, x2, y2.
type Line = (i32, i32, i32, i32);

const PARTNER_TO_YOU: Line = (95, 20, 44, 20);
const YOU_TO_PARTNER: Line = (43, 20, 94, 20);
const YOU_TO_CUSTOMER: Line = (30, 31, 56, 67);
const PARTNER_TO_CUSTOMER: Line = (114, 31, 88, 67);

/// An arrow along `line`; dashed for what is handed off, with `label` (what) above it.
struct Arrow {
    line: Line,
    dashed: bool,
    label: Option<&'static str>,
}

/// Who hands what to whom in `model`, as the hero's caption says it: a referral partner hands
/// you a lead and you sell; you hand a reseller the customer; in co-sell both sellers stay in
/// the room (drawn as the shaded box around all three).
fn arrows(model: Model) -> Vec<Arrow> {
    match model {
        Model::Referral => vec![
            Arrow {
                line: PARTNER_TO_YOU,
                dashed: true,
                label: Some("lead"),
            },
            Arrow {
                line: YOU_TO_CUSTOMER,
                dashed: false,
                label: None,
            },
        ],
        Model::Reseller => vec![
            Arrow {
                line: YOU_TO_PARTNER,
                dashed: true,
                label: Some("customer"),
            },
            Arrow {
                line: PARTNER_TO_CUSTOMER,
                dashed: false,
                label: None,
            },
        ],
        Model::CoSell => vec![
            Arrow {
                line: YOU_TO_CUSTOMER,
                dashed: false,
                label: None,
            },
            Arrow {
                line: PARTNER_TO_CUSTOMER,
                dashed: false,
                label: None,
            },
        ],
    }
}

/// The three paths side by side: static, drawn at build time, so the first paint has them.
#[component]
fn Paths() -> impl IntoView {
    let cells = Model::ALL.iter().enumerate().map(|(i, &m)| {
        let id = m.id();
        let edges = arrows(m)
            .into_iter()
            .map(|a| {
                let (x1, y1, x2, y2) = a.line;
                let label = a.label.map(|l| {
                    view! { <text class="hero-paths__edge-label" x=(x1 + x2) / 2 y=y1 - 6 text-anchor="middle">{l}</text> }
                });
                view! {
                    <line
                        class=format!("hero-paths__edge hero-paths__edge--{id}")
                        class:hero-paths__edge--dashed=a.dashed
                        x1=x1
                        y1=y1
                        x2=x2
                        y2=y2
                        marker-end=format!("url(#hero-arrow-{id})")
                    />
                    {label}
                }
            })
            .collect_view();
        let parties = [YOU, PARTNER, CUSTOMER].map(|p| {
            view! {
                <rect class="hero-paths__party" x=p.x - p.width / 2 y=p.y - 10 width=p.width height=20 rx=10 />
                <text class="hero-paths__party-label" x=p.x y=p.y + 4 text-anchor="middle">{p.label}</text>
            }
        });
        let room = (m == Model::CoSell)
            .then(|| view! { <rect class="hero-paths__room" x=2 y=4 width=CELL - 4 height=94 rx=12 /> });
        view! {
            <g transform=format!("translate({} 0)", i as i32 * CELL)>
                {room}
                {edges}
                {parties}
                <text class=format!("hero-paths__name hero-paths__name--{id}") x=CELL / 2 y=120 text-anchor="middle">
                    {m.name()}
                </text>
            </g>
        }
    });
    let markers = Model::ALL.map(|m| {
        view! {
            <marker
                id=format!("hero-arrow-{}", m.id())
                viewBox="0 0 8 8"
                refX=7
                refY=4
                markerWidth=7
                markerHeight=7
                orient="auto"
            >
                <path class=format!("hero-paths__head--{}", m.id()) d="M0 0L8 4L0 8Z" />
            </marker>
        }
    });
    view! {
        <svg
            class="hero-paths"
            viewBox=format!("0 0 {} 128", 3 * CELL)
            role="img"
            aria-labelledby="hero-paths-title"
        >
            <title id="hero-paths-title">
                "Referral: the partner hands you a lead and you sell to the customer. Co-sell: your seller "
                "and the partner's seller are both in the room with the customer. Reseller: you hand the "
                "customer to the partner, who sells to them."
            </title>
            <defs>{markers}</defs>
            {cells.collect_view()}
        </svg>
    }
}

/// The hero, with the three paths and each model's one-line summary from the guide.
#[component]
pub fn Hero() -> impl IntoView {
    view! {
        <section class="hero" aria-labelledby="hero-title">
            <h1 id="hero-title">"Referral, co-sell or reseller: which partner model fits you?"</h1>
            <p class="hero__pitch">
                "Answer a few questions about your partner and your company. See the model that fits, why, "
                "and what it costs you in margin, then share the exact scenario with one link."
            </p>
            <Paths />
            <ul class="hero__models">
                {Model::ALL
                    .map(|m| {
                        view! {
                            <li class=format!("model-chip model-chip--{}", m.id())>
                                <strong>{m.name()}</strong>": "
                                <span data-testid="hero-summary">{m.profile().summary}</span>
                            </li>
                        }
                    })}
            </ul>
            <p class="hero__actions">
                <a class="btn" href="#assessment">"Start the assessment"</a>" "
                <a class="btn btn--ghost" href="#simulator">"Skip to the simulator"</a>
            </p>
            <noscript>
                <p class="noscript">
                    "Only the assessment and the margin simulator need JavaScript and WebAssembly; "
                    "the guide below reads without them. Nothing you enter leaves your device."
                </p>
            </noscript>
        </section>
    }
}
