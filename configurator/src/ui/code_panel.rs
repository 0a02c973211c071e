//! The code for the clinic's page, to copy, with what it needs said; and
//! the configuration file to download.
use yew::prelude::*;

use super::problems::Problems;
use super::state::Env;
use super::text_field::{Kind, TextField};
use crate::settings::Field;
use crate::snippet::{code, config_file, csp_hash, style_rule, Parts, FILE_NAME};
use crate::web::{copy, download};

#[derive(Properties, Clone, PartialEq)]
pub struct CodePanelProps {
    pub env: Env,
    /// The element's parts, settings with problems left out.
    pub parts: Parts,
    /// The loader's hash, when this configurator came in a release package.
    pub integrity: Option<AttrValue>,
}

/// What the copy button last did.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Done,
    Failed,
}

#[function_component]
pub fn CodePanel(props: &CodePanelProps) -> Html {
    let env = &props.env;
    let copied = use_state_eq(|| Copied::Not);
    let text = code(&props.parts, &env.settings().folder, props.integrity.as_deref());
    // A new code is not copied yet.
    {
        let copied = copied.clone();
        use_effect_with(text.clone(), move |_| copied.set(Copied::Not));
    }
    let on_copy = {
        let (copied, text) = (copied.clone(), text.clone());
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            copy(
                text.clone(),
                Callback::from(move |ok: bool| copied.set(if ok { Copied::Done } else { Copied::Failed })),
            );
        })
    };
    let file = config_file(env.settings());
    let on_download = {
        let file = file.clone();
        Callback::from(move |_: MouseEvent| {
            let _ = download(FILE_NAME, &file);
        })
    };
    let rule = style_rule(&props.parts);
    let rows = (text.lines().count() + 1).clamp(6, 30).to_string();
    html! {
        <section class="cfg-code" aria-labelledby="code-title">
            <h2 id="code-title">{ "3. Copy the code to your page" }</h2>
            <Problems env={env.clone()} />
            <ol class="cfg-steps">
                <li>{ "Upload the checker's folder to your website, as it is, if you have not yet." }</li>
                <li>
                    { "Paste this code where the checker should appear. In WordPress or Squarespace, use a \
                       “Custom HTML” or “Code” block." }
                </li>
            </ol>
            if props.integrity.is_some() {
                <p class="cfg-hint" id="code-hint">
                    { "The script tag carries the loader's integrity hash: browsers refuse the checker's files if \
                       a single byte differs from this release. Keep it exactly as it is." }
                </p>
            } else {
                <p class="cfg-note" id="code-hint" data-integrity="none">
                    { "This copy of the configurator was not made from a release package, so the script tag has no \
                       integrity hash. The release package's configurator adds it: use that one for your website." }
                </p>
            }
            <TextField env={env.clone()} field={Field::Folder} label="Where the checker's files are" kind={Kind::Url}
                hint="The address of the checker's folder on your website, as your pages reach it. This page is in \
                      that folder, so you only change this if the files are somewhere else, such as another server." />
            <div class="cfg-field">
                <label for="code">{ "The code for your page" }</label>
                <textarea id="code" class="cfg-code-text" readonly=true {rows} spellcheck="false"
                    aria-describedby="code-hint" value={text} />
            </div>
            <div class="cfg-row">
                <button type="button" class="cfg-button cfg-button--primary" onclick={on_copy}>{ "Copy the code" }</button>
                <p class="cfg-status" role="status">
                    { match *copied {
                        Copied::Not => "",
                        Copied::Done => "Copied. Paste it into your page.",
                        Copied::Failed => "Your browser did not let this page copy. Select the code above and copy it yourself (Ctrl+C, or ⌘+C on a Mac).",
                    } }
                </p>
            </div>
            <p class="cfg-hint" data-csp-hash={csp_hash(&rule)}>
                { "The <style> line holds the launcher button's place, so the page does not move when it appears; \
                   keeps your clinic's contacts inside the checker's tag hidden while it loads (they show if it \
                   cannot); and sets your colours if you chose any. If your website sends a Content-Security-Policy \
                   that does not allow inline styles, add " }
                <code>{ csp_hash(&rule) }</code>
                { " to its style-src, or put the rules inside <style> into your website's own stylesheet." }
            </p>
            <h3>{ "Keep your settings" }</h3>
            <p class="cfg-hint" id="download-hint">
                { "This page keeps nothing. Download your configuration file to change your settings later: load \
                   it here again. It holds every setting as you entered it, problems too, and how the checker shows \
                   (on the page or behind a button, the button's words, colours, font and corners). For a new \
                   version, load it into the new version's configurator and copy the new code: its hashes change \
                   with each version." }
            </p>
            // The settings file's text also for a page hosting the
            // configurator (the WordPress plugin's settings page saves it).
            <button type="button" class="cfg-button" aria-describedby="download-hint" onclick={on_download}
                data-settings-file={file}>
                { format!("Download the configuration file ({FILE_NAME})") }
            </button>
        </section>
    }
}
