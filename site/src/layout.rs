//! The whole body of the page, in reading order: fixed sections rendered here, islands
//! reserved for the wasm.

use leptos::prelude::*;
use partner_fit_engine::page::{Island, ROOT};

use crate::compare::CompareSection;
use crate::cta::Cta;
use crate::faq::FaqSection;
use crate::flow::FlowSection;
use crate::footer::Footer;
use crate::header::Header;
use crate::hero::Hero;
use crate::island::{IslandFallback, IslandSlot};
use crate::method::MethodSection;
use crate::models::ModelsOverview;
use crate::quadrant::QuadrantSection;
use crate::result_parts::ResultParts;
use crate::share::ShareSection;

/// The page; `booking` is where the calls to action lead (the wasm adds the scenario link).
#[component]
pub fn Page(booking: String) -> impl IntoView {
    view! {
        <Header />
        <main id=ROOT>
            // The first screen starts the work: the hero beside the assessment (one column on a
            // phone), so its first question is visible without scrolling.
            <div class="first-screen wrap">
                <Hero />
                <div class="first-screen__work">
                    <IslandSlot island=Island::Notice />
                    <IslandSlot island=Island::Assessment>
                        // The hero's "Start the assessment" target until the island replaces this section.
                        <IslandFallback id="assessment" title="Find your partner model" what="assessment">
                            "The assessment runs in your browser and needs JavaScript and WebAssembly. Everything else on this page reads without them."
                        </IslandFallback>
                    </IslandSlot>
                </div>
            </div>
            <IslandSlot island=Island::Results />
            <ResultParts />
            <Cta booking=booking.clone() heading="Turn this answer into a partner plan" />
            <ModelsOverview />
            <FlowSection />
            <CompareSection />
            <QuadrantSection />
            <IslandSlot island=Island::Simulator>
                // The hero's "Skip to the simulator" target until the island replaces this section.
                <IslandFallback id="simulator" title="Margin simulator" what="margin simulator">
                    "The margin simulator runs in your browser and needs JavaScript and WebAssembly. "
                    "How it calculates is explained below."
                </IslandFallback>
            </IslandSlot>
            <IslandSlot island=Island::Sensitivity />
            <IslandSlot island=Island::Comparison />
            <Cta booking=booking.clone() heading="Check these numbers with us" />
            <MethodSection />
            <ShareSection booking />
            <FaqSection />
        </main>
        <Footer />
    }
}
