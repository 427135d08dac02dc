//! How ready each asset of the guide's table is for the recommended model.

use crate::answers::{Answers, Integration, Question, YesNo};
use crate::guide::{Asset, Model, Need};

/// How far along an asset is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AssetStatus {
    Missing,
    /// Built but not in customers' hands (only the integration has this state).
    Started,
    Ready,
}

/// An asset of the guide's table, as it stands for the recommended model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Readiness {
    pub asset: Asset,
    /// The question that reports it.
    pub question: Question,
    /// How much the recommended model depends on it.
    pub need: Need,
    /// `None` while the question is unanswered.
    pub status: Option<AssetStatus>,
    /// What the status means for the model.
    pub meaning: &'static str,
}

/// Each asset's status and what it means for `model`.
pub fn readiness(a: &Answers, model: Model) -> Vec<Readiness> {
    let mut all = Vec::with_capacity(Asset::ALL.len());
    for asset in Asset::ALL {
        let (question, status) = match asset {
            Asset::Integration => (
                Question::Int,
                a.int.map(|v| match v {
                    Integration::None => AssetStatus::Missing,
                    Integration::Built => AssetStatus::Started,
                    Integration::Live => AssetStatus::Ready,
                }),
            ),
            Asset::Marketplace => (Question::Mkt, a.mkt.map(yes_no_status)),
            Asset::ApiDocs => (Question::Api, a.api.map(yes_no_status)),
        };
        let need = asset.need(model);
        all.push(Readiness {
            asset,
            question,
            need,
            status,
            meaning: meaning(need, status),
        });
    }
    all
}

const fn yes_no_status(v: YesNo) -> AssetStatus {
    match v {
        YesNo::No => AssetStatus::Missing,
        YesNo::Yes => AssetStatus::Ready,
    }
}

const fn meaning(need: Need, status: Option<AssetStatus>) -> &'static str {
    match (need, status) {
        (_, None) => "Not answered yet.",
        (_, Some(AssetStatus::Ready)) => "In place.",
        (Need::Required, Some(AssetStatus::Started)) => {
            "Started, but this model needs it live and in customers' hands."
        }
        (Need::Helps, Some(AssetStatus::Started)) => {
            "Started; finishing it will help, though nothing waits on it."
        }
        (Need::Required, Some(AssetStatus::Missing)) => {
            "A gap: this model stalls without it, so close it before launch."
        }
        (Need::Helps, Some(AssetStatus::Missing)) => {
            "Missing, but not blocking: add it when you can."
        }
    }
}
