//! The widget's root component.
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub clinic_name: Option<AttrValue>,
    /// A BCP 47 tag from the page or browser, e.g. `fr-CA`.
    pub lang: AttrValue,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let french = props.lang.starts_with("fr");
    let (step, title) = if french {
        ("Étape 1 sur 4", "Signes d'alerte")
    } else {
        ("Step 1 of 4", "Warning signs")
    };
    html! {
        <section class="ims" lang={if french { "fr" } else { "en" }}>
            <p class="ims-progress">{step}</p>
            <h2 class="ims-step-title" tabindex="-1">{title}</h2>
        </section>
    }
}
