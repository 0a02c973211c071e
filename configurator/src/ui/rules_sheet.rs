//! The rules sheet for the clinic's settings, drawn as a page to print and
//! sign: the command-line tool's sheet, its Markdown drawn as headings,
//! tables and lists (every text a text node). Drawn again a moment after
//! the settings last changed; the page's print stylesheet prints it alone.
use std::cell::RefCell;
use std::rc::Rc;

use ims_checker::config::ClinicConfigModel;
use ims_checker::protocol::Protocol;
use yew::prelude::*;

use crate::markdown::{parse, Block, Inline, Line};
use crate::settings::Settings;
use crate::sheet::rules_sheet;
use crate::web::{after, print, Timer};

#[derive(Properties, Clone)]
pub struct RulesSheetProps {
    pub config: ClinicConfigModel,
    pub protocol: Rc<Protocol>,
}

impl PartialEq for RulesSheetProps {
    fn eq(&self, other: &Self) -> bool {
        self.config == other.config && Rc::ptr_eq(&self.protocol, &other.protocol)
    }
}

/// How long the settings stay unchanged before the sheet is drawn again.
const SETTLE_MS: i32 = 400;

#[function_component]
pub fn RulesSheet(props: &RulesSheetProps) -> Html {
    let settled = use_state(|| props.config.clone());
    let timer: Rc<RefCell<Option<Timer>>> = use_mut_ref(|| None);
    {
        let settled = settled.clone();
        use_effect_with(props.config.clone(), move |config| {
            if *config != *settled {
                let config = config.clone();
                *timer.borrow_mut() = Some(after(SETTLE_MS, move || settled.set(config)));
            }
        });
    }
    let sheet = {
        let protocol = props.protocol.clone();
        use_memo((*settled).clone(), move |config| {
            let settings = Settings {
                config: config.clone(),
                ..Settings::default()
            };
            let sheet = rules_sheet(&settings, &protocol);
            (parse(&sheet.markdown), sheet.left_out)
        })
    };
    let (blocks, left_out) = (&sheet.0, sheet.1);
    html! {
        <section class="cfg-rules" aria-labelledby="rules-title">
            <div class="cfg-screen-only">
                <h2 id="rules-title">{ "4. Print the rules sheet for your physiotherapist" }</h2>
                <p class="cfg-hint">
                    { "Every question the checker asks with your settings, what each answer leads to, and why. Your \
                       physiotherapist reviews it, signs and dates it before the checker goes on your website. Print \
                       it again whenever you change a setting." }
                </p>
                if left_out > 0 {
                    <p class="cfg-note">
                        { if left_out == 1 { "It leaves out the setting that has a problem.".to_string() } else { format!("It leaves out the {left_out} settings that have a problem.") } }
                    </p>
                }
                <button type="button" class="cfg-button cfg-button--primary" onclick={Callback::from(|_: MouseEvent| print())}>
                    { "Print the rules sheet" }
                </button>
            </div>
            <article class="cfg-sheet" aria-label="Rules sheet">
                { for blocks.iter().map(block) }
            </article>
        </section>
    }
}

fn block(block: &Block) -> Html {
    match block {
        Block::Heading { level, line } => {
            // Under the page's own headings: the sheet's title is a third level.
            let tag = format!("h{}", (level + 2).min(6));
            html! { <@{tag}>{ inline(line) }</@> }
        }
        Block::Paragraph { lines } => html! {
            <p>{ for lines.iter().enumerate().map(|(i, line)| html! {
                <>if i > 0 { <br /> }{ inline(line) }</>
            }) }</p>
        },
        Block::List { items } => html! {
            <ul>{ for items.iter().map(|item| html! { <li>{ inline(item) }</li> }) }</ul>
        },
        Block::Quote { lines } => html! {
            <blockquote>{ for lines.iter().map(|line| html! { <p>{ inline(line) }</p> }) }</blockquote>
        },
        Block::Table { head, rows } => html! {
            <table>
                    <thead><tr>{ for head.iter().map(|cell| html! { <th scope="col">{ inline(cell) }</th> }) }</tr></thead>
                    <tbody>
                        { for rows.iter().map(|row| html! {
                            <tr>{ for row.iter().map(|cell| html! { <td>{ inline(cell) }</td> }) }</tr>
                        }) }
                    </tbody>
            </table>
        },
    }
}

fn inline(line: &Line) -> Html {
    html! {
        { for line.iter().map(|run| match run {
            Inline::Text(text) => html! { { text } },
            Inline::Code(code) => html! { <code>{ code }</code> },
        }) }
    }
}
