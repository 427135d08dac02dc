//! The guide's rules, each a plain function of the answers.
//!
//! Every rule is built from [`Condition`]s, each a test on one answer that is true, false
//! or waiting on an unanswered question. Conditions combine with three-valued logic: "and"
//! is false as soon as one part is false, "or" is true as soon as one part is true, and
//! anything else undecided waits on the union of the questions involved. That is how a
//! partial set of answers gives firm results where the answers settle them and names the
//! missing questions where they do not.

use crate::answers::{
    questions_where, Answers, Integration, JointValue, Motion, Own, PartnerSupport, Question,
    Reach, Role, Segment, Stage, YesNo,
};
use crate::guide::{Asset, Conflict, Mistake, Model, Need};

/// A set of questions, one bit each; small and `Copy` so the logic below never allocates.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct QuestionSet(u16);

impl QuestionSet {
    const fn of(q: Question) -> Self {
        QuestionSet(1 << q as u16)
    }

    const fn union(self, other: Self) -> Self {
        QuestionSet(self.0 | other.0)
    }

    fn to_vec(self) -> Vec<Question> {
        questions_where(&|q| self.0 & QuestionSet::of(q).0 != 0)
    }
}

/// The truth of a condition on possibly partial answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Truth {
    Yes,
    No,
    /// Undecided until these questions are answered.
    Waiting(QuestionSet),
}

impl Truth {
    fn and(self, other: Truth) -> Truth {
        match (self, other) {
            (Truth::No, _) | (_, Truth::No) => Truth::No,
            (Truth::Yes, t) | (t, Truth::Yes) => t,
            (Truth::Waiting(a), Truth::Waiting(b)) => Truth::Waiting(a.union(b)),
        }
    }

    fn or(self, other: Truth) -> Truth {
        match (self, other) {
            (Truth::Yes, _) | (_, Truth::Yes) => Truth::Yes,
            (Truth::No, t) | (t, Truth::No) => t,
            (Truth::Waiting(a), Truth::Waiting(b)) => Truth::Waiting(a.union(b)),
        }
    }

    fn all(conditions: &[Condition], a: &Answers) -> Truth {
        conditions.iter().fold(Truth::Yes, |t, c| t.and(c.truth(a)))
    }

    /// The questions an undecided truth waits on (empty once decided).
    fn awaiting(self) -> Vec<Question> {
        match self {
            Truth::Waiting(set) => set.to_vec(),
            Truth::Yes | Truth::No => Vec::new(),
        }
    }
}

/// A test on one answer that a rule is built from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Condition {
    RoleIntro,
    RoleBeyondIntro,
    OwnKeep,
    OwnHandover,
    IntLive,
    IntNotLive,
    JvpNamed,
    JvpMissing,
    MotionProven,
    MotionUnproven,
    ReachBeyond,
    StageEarly,
    PsupAny,
    DregYes,
    DregNo,
    DirectYes,
    SegSeveral,
}

impl Condition {
    /// The question whose answer decides the condition.
    pub const fn question(self) -> Question {
        match self {
            Condition::RoleIntro | Condition::RoleBeyondIntro => Question::Role,
            Condition::OwnKeep | Condition::OwnHandover => Question::Own,
            Condition::IntLive | Condition::IntNotLive => Question::Int,
            Condition::JvpNamed | Condition::JvpMissing => Question::Jvp,
            Condition::MotionProven | Condition::MotionUnproven => Question::Motion,
            Condition::ReachBeyond => Question::Reach,
            Condition::StageEarly => Question::Stage,
            Condition::PsupAny => Question::Psup,
            Condition::DregYes | Condition::DregNo => Question::Dreg,
            Condition::DirectYes => Question::Direct,
            Condition::SegSeveral => Question::Seg,
        }
    }

    /// The condition in words, as a requirement ("a live, adopted integration").
    pub const fn text(self) -> &'static str {
        match self {
            Condition::RoleIntro => "a partner who only makes introductions",
            Condition::RoleBeyondIntro => "a partner who does more than introduce",
            Condition::OwnKeep => "a customer you must or would rather own",
            Condition::OwnHandover => "a customer you are willing to hand over",
            Condition::IntLive => "a live, adopted integration",
            Condition::IntNotLive => "an integration that is not yet live and adopted",
            Condition::JvpNamed => "a named joint workflow, at least roughly",
            Condition::JvpMissing => "no named joint workflow",
            Condition::MotionProven => "a proven sales motion of your own",
            Condition::MotionUnproven => "a sales motion that is not yet proven",
            Condition::ReachBeyond => "a partner reaching customers you cannot serve",
            Condition::StageEarly => "a company at seed, Series A or Series B",
            Condition::PsupAny => "a partner able to support customers, at least in part",
            Condition::DregYes => "deal registration and written credit rules",
            Condition::DregNo => "no deal registration or written credit rules",
            Condition::DirectYes => "a direct sales team",
            Condition::SegSeveral => "more than one kind of deal in scope",
        }
    }

    /// Whether the condition holds; `None` while its question is unanswered.
    pub fn check(self, a: &Answers) -> Option<bool> {
        match self {
            Condition::RoleIntro => a.role.map(|v| v == Role::Intro),
            Condition::RoleBeyondIntro => a.role.map(|v| v != Role::Intro),
            Condition::OwnKeep => a.own.map(|v| v != Own::Handover),
            Condition::OwnHandover => a.own.map(|v| v == Own::Handover),
            Condition::IntLive => a.int.map(|v| v == Integration::Live),
            Condition::IntNotLive => a.int.map(|v| v != Integration::Live),
            Condition::JvpNamed => a.jvp.map(|v| v != JointValue::No),
            Condition::JvpMissing => a.jvp.map(|v| v == JointValue::No),
            Condition::MotionProven => a.motion.map(|v| v == Motion::Proven),
            Condition::MotionUnproven => a.motion.map(|v| v != Motion::Proven),
            Condition::ReachBeyond => a.reach.map(|v| v != Reach::No),
            Condition::StageEarly => a.stage.map(|v| v != Stage::Later),
            Condition::PsupAny => a.psup.map(|v| v != PartnerSupport::None),
            Condition::DregYes => a.dreg.map(|v| v == YesNo::Yes),
            Condition::DregNo => a.dreg.map(|v| v == YesNo::No),
            Condition::DirectYes => a.direct.map(|v| v == YesNo::Yes),
            Condition::SegSeveral => (!a.seg.is_empty()).then(|| a.seg.len() > 1),
        }
    }

    fn truth(self, a: &Answers) -> Truth {
        match self.check(a) {
            Some(true) => Truth::Yes,
            Some(false) => Truth::No,
            None => Truth::Waiting(QuestionSet::of(self.question())),
        }
    }
}

/// Unanswered questions that decide whether an item applies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Awaiting<T> {
    /// The flag or conflict that could still apply.
    pub item: T,
    /// The questions whose answers decide it, in asking order.
    pub questions: Vec<Question>,
}

/// A question of the guide's decision flow, drawn as one diamond of the diagram.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Decision {
    /// Step 1: a partner who only introduces means referral.
    IntroOnly,
    /// Step 2: a customer you keep means co-sell.
    KeepCustomer,
    /// Step 2, when you would hand the customer over: resale only with a proven motion and
    /// reach you lack.
    ProvenWithReach,
}

/// Where a branch of the decision flow leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    Model(Model),
    Ask(Decision),
}

impl Decision {
    /// The flow's questions, in the order they are asked.
    pub const ALL: [Decision; 3] = [
        Decision::IntroOnly,
        Decision::KeepCustomer,
        Decision::ProvenWithReach,
    ];

    /// Stable id, for keys and test ids.
    pub const fn id(self) -> &'static str {
        match self {
            Decision::IntroOnly => "intro-only",
            Decision::KeepCustomer => "keep-customer",
            Decision::ProvenWithReach => "proven-with-reach",
        }
    }

    /// The question as the diagram asks it.
    pub const fn prompt(self) -> &'static str {
        match self {
            Decision::IntroOnly => "Does the partner only make introductions?",
            Decision::KeepCustomer => "Do you need to own the customer?",
            Decision::ProvenWithReach => {
                "Is your sales motion proven, and does the partner reach customers you cannot?"
            }
        }
    }

    /// The assessment questions that answer it (where a click on the diamond leads).
    pub const fn questions(self) -> &'static [Question] {
        match self {
            Decision::IntroOnly => &[Question::Role],
            Decision::KeepCustomer => &[Question::Own],
            Decision::ProvenWithReach => &[Question::Motion, Question::Reach],
        }
    }

    /// Where the "yes" branch leads.
    pub const fn yes(self) -> Outcome {
        match self {
            Decision::IntroOnly => Outcome::Model(Model::Referral),
            Decision::KeepCustomer => Outcome::Model(Model::CoSell),
            Decision::ProvenWithReach => Outcome::Model(Model::Reseller),
        }
    }

    /// Where the "no" branch leads.
    pub const fn no(self) -> Outcome {
        match self {
            Decision::IntroOnly => Outcome::Ask(Decision::KeepCustomer),
            Decision::KeepCustomer => Outcome::Ask(Decision::ProvenWithReach),
            Decision::ProvenWithReach => Outcome::Model(Model::CoSell),
        }
    }

    /// The conditions that make the answer "yes" (all of them).
    const fn yes_when(self) -> &'static [Condition] {
        match self {
            Decision::IntroOnly => &[Condition::RoleIntro],
            Decision::KeepCustomer => &[Condition::OwnKeep],
            Decision::ProvenWithReach => &[Condition::MotionProven, Condition::ReachBeyond],
        }
    }

    /// Why the flow went the way it did, for the recommendation's reasons.
    const fn reason(self, yes: bool) -> &'static str {
        match (self, yes) {
            (Decision::IntroOnly, true) => {
                "The partner only makes introductions, so the lead is handed to you: referral."
            }
            (Decision::IntroOnly, false) => "The partner does more than introduce.",
            (Decision::KeepCustomer, true) => {
                "You want to keep the customer, which rules out resale: co-sell keeps both \
                 sellers in the room and the customer with you."
            }
            (Decision::KeepCustomer, false) => "You are willing to hand the customer over.",
            (Decision::ProvenWithReach, true) => {
                "Your motion is proven and the partner reaches customers you cannot, so it \
                 can sell without you in the room: reseller."
            }
            (Decision::ProvenWithReach, false) => {
                "Resale needs a proven motion and reach you lack; until both hold, co-sell \
                 keeps you in the deal."
            }
        }
    }
}

/// One diamond of the flow as the visitor's answers passed it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub decision: Decision,
    /// The branch taken. A step waiting on answers takes the "no" branch for now.
    pub yes: bool,
    /// Unanswered questions that could still flip this step; empty when settled.
    pub awaiting: Vec<Question>,
    /// The step in words.
    pub reason: &'static str,
}

/// The recommended model and the path through the decision flow that led to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recommendation {
    pub model: Model,
    /// The steps taken, first to last: the highlighted path of the diagram.
    pub path: Vec<Step>,
}

impl Recommendation {
    /// Whether an unanswered question could still change the model.
    pub fn is_settled(&self) -> bool {
        self.path.iter().all(|s| s.awaiting.is_empty())
    }
}

/// The diamonds a walk through the flow passed, with their truth: at most one each.
type Walked = [Option<(Decision, Truth)>; 3];

/// Walks the flow: each step's decision and truth, ending at a model.
fn walk(a: &Answers) -> Option<(Model, Walked)> {
    if a.role.is_none() || a.own.is_none() {
        return None;
    }
    let mut steps = [None; 3];
    let mut decision = Decision::IntroOnly;
    for slot in &mut steps {
        let truth = Truth::all(decision.yes_when(), a);
        *slot = Some((decision, truth));
        let next = if truth == Truth::Yes {
            decision.yes()
        } else {
            decision.no()
        };
        match next {
            Outcome::Model(model) => return Some((model, steps)),
            Outcome::Ask(d) => decision = d,
        }
    }
    None
}

/// The model the flow recommends, or `None` until `role` and `own` are answered.
pub fn recommended_model(a: &Answers) -> Option<Model> {
    walk(a).map(|(model, _)| model)
}

/// The recommendation with its path, or `None` until `role` and `own` are answered.
pub fn recommend(a: &Answers) -> Option<Recommendation> {
    let (model, steps) = walk(a)?;
    let mut path = Vec::with_capacity(steps.len());
    for (decision, truth) in steps.into_iter().flatten() {
        let yes = truth == Truth::Yes;
        path.push(Step {
            decision,
            yes,
            awaiting: truth.awaiting(),
            reason: decision.reason(yes),
        });
    }
    Some(Recommendation { model, path })
}

/// A warning that the answers match one of the guide's common mistakes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Flag {
    ResellBeforeProven,
    SigningAwayCustomer,
    NoIntegration,
    NoCreditRules,
    NoJointValueProp,
}

impl Flag {
    /// Every flag, in the order results list them.
    pub const ALL: [Flag; 5] = [
        Flag::ResellBeforeProven,
        Flag::SigningAwayCustomer,
        Flag::NoIntegration,
        Flag::NoCreditRules,
        Flag::NoJointValueProp,
    ];

    /// Stable id (`data-value` of the UI's red flags).
    pub const fn id(self) -> &'static str {
        match self {
            Flag::ResellBeforeProven => "resell-before-proven",
            Flag::SigningAwayCustomer => "signing-away-customer",
            Flag::NoIntegration => "no-integration",
            Flag::NoCreditRules => "no-credit-rules",
            Flag::NoJointValueProp => "no-joint-value-prop",
        }
    }

    /// The guide's mistake this flag names. A missing joint value proposition is not one
    /// of the guide's five, so that flag carries its own title and fix.
    pub const fn mistake(self) -> Option<Mistake> {
        match self {
            Flag::ResellBeforeProven => Some(Mistake::ResellTooEarly),
            Flag::SigningAwayCustomer => Some(Mistake::SignAwayCustomer),
            Flag::NoIntegration => Some(Mistake::NoIntegration),
            Flag::NoCreditRules => Some(Mistake::LateCreditRules),
            Flag::NoJointValueProp => None,
        }
    }

    /// The mistake, named.
    pub const fn title(self) -> &'static str {
        match self.mistake() {
            Some(m) => m.title(),
            None => "Partnering without a joint value proposition",
        }
    }

    /// What in the answers raised it.
    pub const fn why(self) -> &'static str {
        match self {
            Flag::ResellBeforeProven => {
                "You would hand the customer to a selling partner before your own sales \
                 motion is proven."
            }
            Flag::SigningAwayCustomer => {
                "You would hand the customer over while the company is still early."
            }
            Flag::NoIntegration => {
                "The recommended model leans on an integration that is not live and adopted."
            }
            Flag::NoCreditRules => {
                "Deals will be shared with your own team or across segments, with no \
                 deal registration or credit rules."
            }
            Flag::NoJointValueProp => {
                "The partner's sellers will be in your deals, but there is no named \
                 workflow for them to pitch."
            }
        }
    }

    /// What to do about it.
    pub const fn fix(self) -> &'static str {
        match self.mistake() {
            Some(m) => m.fix(),
            None => {
                "Write down the one workflow where you make the partner's customers' lives \
                 better, and validate it with a few of them."
            }
        }
    }

    /// The flag's condition. The recommendation is referral exactly when the partner only
    /// introduces, so "the recommendation is co-sell or reseller" reads as
    /// [`Condition::RoleBeyondIntro`].
    fn truth(self, a: &Answers) -> Truth {
        use Condition as C;
        match self {
            Flag::ResellBeforeProven => {
                Truth::all(&[C::OwnHandover, C::RoleBeyondIntro, C::MotionUnproven], a)
            }
            Flag::SigningAwayCustomer => Truth::all(&[C::OwnHandover, C::StageEarly], a),
            Flag::NoIntegration => Truth::all(&[C::RoleBeyondIntro, C::IntNotLive], a),
            Flag::NoCreditRules => C::DregNo
                .truth(a)
                .and(C::DirectYes.truth(a).or(C::SegSeveral.truth(a))),
            Flag::NoJointValueProp => Truth::all(&[C::RoleBeyondIntro, C::JvpMissing], a),
        }
    }
}

/// Splits items into those that apply and those still waiting on answers.
fn sort_out<T: Copy>(items: &[T], truth: impl Fn(T) -> Truth) -> (Vec<T>, Vec<Awaiting<T>>) {
    let mut applying = Vec::new();
    let mut waiting = Vec::new();
    for &item in items {
        match truth(item) {
            Truth::Yes => applying.push(item),
            Truth::No => {}
            t @ Truth::Waiting(_) => waiting.push(Awaiting {
                item,
                questions: t.awaiting(),
            }),
        }
    }
    (applying, waiting)
}

/// Raised flags, and flags that could still be raised once more is answered.
pub fn flags(a: &Answers) -> (Vec<Flag>, Vec<Awaiting<Flag>>) {
    sort_out(&Flag::ALL, |f| f.truth(a))
}

/// What a rung of the ladder needs, all at once. Each rung includes the one below, so the
/// rung earned is simply the highest whose list holds.
pub const fn requirements(rung: Model) -> &'static [Condition] {
    use Condition as C;
    match rung {
        Model::Referral => &[],
        Model::CoSell => &[C::IntLive, C::JvpNamed, C::RoleBeyondIntro],
        Model::Reseller => &[
            C::IntLive,
            C::JvpNamed,
            C::RoleBeyondIntro,
            C::MotionProven,
            C::PsupAny,
            C::DregYes,
        ],
    }
}

/// Where a ladder requirement stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    Met,
    Unmet,
    /// Its question is unanswered, so it is not counted as met.
    Unanswered,
}

/// One requirement of the next rung and where the answers leave it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Requirement {
    pub condition: Condition,
    pub status: Status,
}

/// The rung above the one earned, with every requirement and its status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextRung {
    pub rung: Model,
    pub requirements: Vec<Requirement>,
}

impl NextRung {
    /// The requirements still to meet (unmet or unanswered).
    pub fn missing(&self) -> impl Iterator<Item = &Requirement> {
        self.requirements.iter().filter(|r| r.status != Status::Met)
    }
}

/// The maturity ladder for the answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ladder {
    /// The rung earned now.
    pub rung: Model,
    /// The next rung up; `None` at the top.
    pub next: Option<NextRung>,
}

/// The rung earned now: the highest whose requirements all hold on the answers given.
pub fn rung(a: &Answers) -> Model {
    Model::ALL
        .into_iter()
        .rev()
        .find(|&m| requirements(m).iter().all(|c| c.check(a) == Some(true)))
        .unwrap_or(Model::Referral)
}

/// The rung earned now and what the next one still needs.
pub fn ladder(a: &Answers) -> Ladder {
    let rung = rung(a);
    let next = Model::ALL.get(rung.index() + 1).map(|&next| {
        let mut needs = Vec::with_capacity(requirements(next).len());
        for &condition in requirements(next) {
            let status = match condition.check(a) {
                Some(true) => Status::Met,
                Some(false) => Status::Unmet,
                None => Status::Unanswered,
            };
            needs.push(Requirement { condition, status });
        }
        NextRung {
            rung: next,
            requirements: needs,
        }
    });
    Ladder { rung, next }
}

/// The model one kind of deal runs in the layering plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layer {
    pub segment: Segment,
    pub model: Model,
    /// Unanswered questions that could still change the model; empty when settled.
    pub awaiting: Vec<Question>,
    /// Why this kind of deal runs this model.
    pub reason: &'static str,
}

/// The model for one segment, with the reason.
fn layer(a: &Answers, segment: Segment) -> Layer {
    use Condition as C;
    let (truth, yes, no) = match segment {
        Segment::Small => (Truth::No, Model::Referral, Model::Referral),
        Segment::Strategic => (C::RoleIntro.truth(a), Model::Referral, Model::CoSell),
        Segment::Remote => (
            Truth::all(&[C::MotionProven, C::RoleBeyondIntro], a),
            Model::Reseller,
            Model::Referral,
        ),
    };
    let model = if truth == Truth::Yes { yes } else { no };
    let reason = match (segment, model) {
        (Segment::Small, _) => {
            "Small deals cannot carry two sellers or a reseller's margin; an introduction is enough."
        }
        (Segment::Strategic, Model::CoSell) => {
            "Large accounts are worth having both sellers in the room."
        }
        (Segment::Strategic, _) => {
            "The partner only introduces, so large accounts come to you as referrals."
        }
        (Segment::Remote, Model::Reseller) => {
            "Your motion is proven, so the partner can sell where you have no one."
        }
        (Segment::Remote, _) => {
            "Until a selling partner can run a proven motion there, take these regions as referrals."
        }
    };
    Layer {
        segment,
        model,
        awaiting: truth.awaiting(),
        reason,
    }
}

/// The layering plan: one model per chosen segment (empty until segments are chosen).
pub fn layers(a: &Answers) -> Vec<Layer> {
    a.seg.iter().map(|s| layer(a, s)).collect()
}

/// What in the answers makes a channel conflict apply.
pub const fn trigger(conflict: Conflict) -> &'static str {
    match conflict {
        Conflict::DirectVsPartner => {
            "You have a direct sales team that can meet the partner on an account."
        }
        Conflict::PartnerVsPartner => {
            "The partner will touch more than one kind of deal, and each kind tends to bring \
             its own partners."
        }
        Conflict::ReferralVsCoSell => {
            "Your plan runs both referral and co-sell, so one deal can be claimed both ways."
        }
    }
}

/// Channel conflicts that apply, and those waiting on answers.
///
/// Direct team against partner applies with a direct team; partner against partner when
/// more than one segment is chosen; referral against co-sell credit when the
/// recommendation and the layering plan together use both models. With no segment chosen
/// yet, the last waits on the segments when the partner does more than introduce, since
/// only then can co-sell enter the plan.
pub fn conflicts(
    a: &Answers,
    model: Model,
    layers: &[Layer],
) -> (Vec<Conflict>, Vec<Awaiting<Conflict>>) {
    let uses = |m: Model| model == m || layers.iter().any(|l| l.model == m);
    sort_out(&Conflict::ALL, |c| match c {
        Conflict::DirectVsPartner => Condition::DirectYes.truth(a),
        Conflict::PartnerVsPartner => Condition::SegSeveral.truth(a),
        Conflict::ReferralVsCoSell if uses(Model::Referral) && uses(Model::CoSell) => Truth::Yes,
        Conflict::ReferralVsCoSell if a.seg.is_empty() && a.role != Some(Role::Intro) => {
            Truth::Waiting(QuestionSet::of(Question::Seg))
        }
        Conflict::ReferralVsCoSell => Truth::No,
    })
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::answers;

    #[track_caller]
    fn model(spec: &str) -> Model {
        recommended_model(&answers(spec)).expect("role and own answered")
    }

    #[track_caller]
    fn raised(spec: &str) -> Vec<&'static str> {
        flags(&answers(spec)).0.into_iter().map(Flag::id).collect()
    }

    #[track_caller]
    fn waiting(spec: &str) -> Vec<(&'static str, Vec<Question>)> {
        flags(&answers(spec))
            .1
            .into_iter()
            .map(|w| (w.item.id(), w.questions))
            .collect()
    }

    #[track_caller]
    fn plan(spec: &str) -> Vec<(&'static str, &'static str)> {
        layers(&answers(spec))
            .into_iter()
            .map(|l| (l.segment.id(), l.model.id()))
            .collect()
    }

    #[test]
    fn a_partner_who_only_introduces_is_referral_whatever_else() {
        assert_eq!(
            model("role=intro own=handover motion=proven reach=core"),
            Model::Referral
        );
        assert_eq!(
            model("role=intro own=must int=live jvp=written"),
            Model::Referral
        );
        assert_eq!(model("role=intro own=prefer"), Model::Referral);
    }

    #[test]
    fn a_customer_you_keep_means_co_sell() {
        assert_eq!(model("role=deals own=must"), Model::CoSell);
        assert_eq!(
            model("role=resells own=prefer motion=proven reach=core"),
            Model::CoSell
        );
    }

    #[test]
    fn handing_over_needs_a_proven_motion_and_reach_for_resale() {
        assert_eq!(
            model("role=resells own=handover motion=proven reach=core"),
            Model::Reseller
        );
        assert_eq!(
            model("role=deals own=handover motion=proven reach=some"),
            Model::Reseller
        );
        assert_eq!(
            model("role=deals own=handover motion=proven reach=no"),
            Model::CoSell
        );
        assert_eq!(
            model("role=deals own=handover motion=partial reach=core"),
            Model::CoSell
        );
    }

    #[test]
    fn nothing_is_recommended_before_role_and_own() {
        assert_eq!(recommended_model(&answers("role=intro")), None);
        assert_eq!(recommended_model(&answers("own=must motion=proven")), None);
    }

    #[test]
    fn the_path_lights_up_the_steps_taken() {
        let r = recommend(&answers("role=deals own=handover motion=proven reach=core")).expect("r");
        let steps: Vec<_> = r.path.iter().map(|s| (s.decision, s.yes)).collect();
        assert_eq!(
            steps,
            [
                (Decision::IntroOnly, false),
                (Decision::KeepCustomer, false),
                (Decision::ProvenWithReach, true)
            ]
        );
        assert!(r.is_settled());

        let r = recommend(&answers("role=intro own=handover")).expect("r");
        assert_eq!(r.path.len(), 1);
        assert!(r.path[0].yes);
    }

    #[test]
    fn an_unanswered_third_step_waits_on_its_questions() {
        let r = recommend(&answers("role=deals own=handover reach=core")).expect("r");
        assert_eq!(r.model, Model::CoSell);
        assert!(!r.is_settled());
        assert_eq!(r.path[2].awaiting, [Question::Motion]);

        // A motion that is not proven settles the step whatever the reach.
        let r = recommend(&answers("role=deals own=handover motion=no")).expect("r");
        assert!(r.is_settled());
    }

    #[test]
    fn handing_over_without_a_proven_motion_is_flagged() {
        let spec = "role=deals own=handover motion=partial reach=core";
        assert_eq!(model(spec), Model::CoSell);
        assert!(raised(spec).contains(&"resell-before-proven"));
        assert!(!raised("role=intro own=handover motion=no").contains(&"resell-before-proven"));
        assert!(!raised("role=deals own=handover motion=proven").contains(&"resell-before-proven"));
    }

    #[test]
    fn handing_over_early_signs_away_the_customer() {
        for stage in ["seed", "a", "b"] {
            let spec = format!("role=intro own=handover stage={stage}");
            assert_eq!(raised(&spec), ["signing-away-customer"]);
        }
        assert!(raised("role=intro own=handover stage=later").is_empty());
        assert!(raised("role=intro own=must stage=seed").is_empty());
    }

    #[test]
    fn co_sell_and_resale_without_a_live_integration_are_flagged() {
        assert_eq!(
            raised("role=deals own=must int=built jvp=rough"),
            ["no-integration"]
        );
        assert!(raised("role=deals own=must int=live jvp=rough").is_empty());
        assert!(raised("role=intro own=must int=none").is_empty());
    }

    #[test]
    fn shared_deals_without_credit_rules_are_flagged() {
        assert_eq!(
            raised("role=intro own=must dreg=no direct=yes"),
            ["no-credit-rules"]
        );
        assert_eq!(
            raised("role=intro own=must dreg=no direct=no seg=small+remote"),
            ["no-credit-rules"]
        );
        assert!(raised("role=intro own=must dreg=no direct=no seg=small").is_empty());
        assert!(raised("role=intro own=must dreg=yes direct=yes").is_empty());
    }

    #[test]
    fn sellers_without_a_joint_value_proposition_are_flagged() {
        assert_eq!(
            raised("role=resells own=must int=live jvp=no"),
            ["no-joint-value-prop"]
        );
        assert!(raised("role=intro own=must jvp=no").is_empty());
        assert_eq!(Flag::NoJointValueProp.mistake(), None);
        assert_eq!(Flag::NoIntegration.title(), Mistake::NoIntegration.title());
    }

    #[test]
    fn flags_that_depend_on_unanswered_questions_wait_on_them() {
        assert_eq!(
            waiting("role=deals own=must"),
            [
                ("no-integration", vec![Question::Int]),
                (
                    "no-credit-rules",
                    vec![Question::Dreg, Question::Direct, Question::Seg]
                ),
                ("no-joint-value-prop", vec![Question::Jvp]),
            ]
        );
        // A known "no" settles the flag even with other parts unanswered.
        assert!(waiting("role=intro own=must dreg=yes").is_empty());
    }

    #[test]
    fn the_ladder_is_climbed_one_rung_at_a_time() {
        assert_eq!(
            rung(&answers("role=deals int=live jvp=rough")),
            Model::CoSell
        );
        assert_eq!(
            rung(&answers("role=intro int=live jvp=written")),
            Model::Referral
        );
        assert_eq!(
            rung(&answers("role=deals int=built jvp=written")),
            Model::Referral
        );
        assert_eq!(
            rung(&answers(
                "role=deals int=live jvp=rough motion=proven psup=some dreg=yes"
            )),
            Model::Reseller
        );
        // Resale conditions without the co-sell rung below do not count.
        assert_eq!(
            rung(&answers(
                "role=deals int=none jvp=rough motion=proven psup=full dreg=yes"
            )),
            Model::Referral
        );
    }

    #[test]
    fn the_next_rung_lists_what_is_missing() {
        let l = ladder(&answers(
            "role=deals own=must int=live jvp=written motion=partial",
        ));
        assert_eq!(l.rung, Model::CoSell);
        let next = l.next.expect("a rung above co-sell");
        assert_eq!(next.rung, Model::Reseller);
        let missing: Vec<_> = next.missing().map(|r| (r.condition, r.status)).collect();
        assert_eq!(
            missing,
            [
                (Condition::MotionProven, Status::Unmet),
                (Condition::PsupAny, Status::Unanswered),
                (Condition::DregYes, Status::Unanswered),
            ]
        );
        let top = ladder(&answers(
            "role=deals int=live jvp=rough motion=proven psup=full dreg=yes",
        ));
        assert_eq!(top.rung, Model::Reseller);
        assert_eq!(top.next, None);
    }

    #[test]
    fn layering_matches_the_model_per_deal() {
        assert_eq!(
            plan("role=deals own=must motion=proven seg=small+strategic+remote"),
            [
                ("small", "referral"),
                ("strategic", "cosell"),
                ("remote", "reseller")
            ]
        );
        assert_eq!(
            plan("role=intro own=must motion=proven seg=small+strategic+remote"),
            [
                ("small", "referral"),
                ("strategic", "referral"),
                ("remote", "referral")
            ]
        );
        assert_eq!(
            plan("role=deals own=must motion=partial seg=remote"),
            [("remote", "referral")]
        );
        let l = layers(&answers("role=deals own=must seg=remote"));
        assert_eq!(l[0].awaiting, [Question::Motion]);
        assert!(plan("role=deals own=must").is_empty());
    }

    #[track_caller]
    fn conflict_ids(spec: &str) -> (Vec<&'static str>, Vec<&'static str>) {
        let a = answers(spec);
        let model = recommended_model(&a).expect("model");
        let (on, waiting) = conflicts(&a, model, &layers(&a));
        (
            on.into_iter().map(Conflict::id).collect(),
            waiting.into_iter().map(|w| w.item.id()).collect(),
        )
    }

    #[test]
    fn conflicts_apply_when_their_trigger_holds() {
        assert_eq!(
            conflict_ids("role=deals own=must direct=yes seg=small+strategic"),
            (
                vec![
                    "direct-vs-partner",
                    "partner-vs-partner",
                    "referral-vs-cosell"
                ],
                vec![]
            )
        );
        assert_eq!(
            conflict_ids("role=intro own=must direct=no seg=strategic"),
            (vec![], vec![])
        );
        assert_eq!(
            conflict_ids("role=deals own=must"),
            (
                vec![],
                vec![
                    "direct-vs-partner",
                    "partner-vs-partner",
                    "referral-vs-cosell"
                ]
            )
        );
    }

    #[test]
    fn asset_readiness_follows_the_guide_table() {
        let r = readiness(&answers("int=built mkt=yes"), Model::CoSell);
        let got: Vec<_> = r.iter().map(|r| (r.asset, r.need, r.status)).collect();
        assert_eq!(
            got,
            [
                (
                    Asset::Integration,
                    Need::Required,
                    Some(AssetStatus::Started)
                ),
                (Asset::Marketplace, Need::Helps, Some(AssetStatus::Ready)),
                (Asset::ApiDocs, Need::Required, None),
            ]
        );
        assert_eq!(r[2].meaning, "Not answered yet.");
        let r = readiness(&answers("api=no"), Model::Referral);
        assert_eq!(r[2].need, Need::Helps);
        assert_eq!(r[2].status, Some(AssetStatus::Missing));
    }
}
