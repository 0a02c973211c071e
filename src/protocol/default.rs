//! The default protocol: every row of the screening facts, with exactly its
//! ids, as static tables.
//!
//! The widget builds its [`Protocol`] straight from these tables, so it
//! carries neither a JSON parser nor the protocol validator. The same tables
//! also give [`default_model`], the model a protocol file would hold; a test
//! checks that the validator turns that model into exactly
//! [`default_protocol`], so the tables obey every rule a clinic's protocol does.
//!
//! Patient-facing texts are the project's own plain words (reading grade 8 or
//! lower), in English; every other language is a pack. Sources: the seed pages are cited by number
//! (000 to 004); the others by guideline name.
//!
//! Ids chosen here beyond the facts' contract:
//! - fit questions (yes/no each): `fit-keeps-coming-back`, `fit-tight-muscles`,
//!   `fit-scans-unclear`, `fit-painkillers-short`;
//! - conditions: one optional checklist `conditions`, each answer offered only
//!   for its regions.

use super::model::{
    AnswerModel, ProtocolModel, QuestionModel, SourceModel, TextEntryModel, TextModel, WhenRegionsModel,
};
use super::validate::regions_named;
use super::{
    Answer, AskedWhen, Category, Effect, FollowUp, Level, Protocol, Question, RegionSet, Scope, Select, Source, Text,
    TextEntry, WhenRegions,
};
use crate::base::english::{en, en_or};

/// The default protocol. A test checks that the validator accepts
/// [`default_model`] and makes exactly this of it.
pub fn default_protocol() -> Protocol {
    Protocol {
        name: NAME.to_string(),
        version: VERSION.to_string(),
        questions: QUESTIONS.iter().map(QuestionRow::question).collect(),
        texts: TEXTS
            .iter()
            .map(|row| TextEntry {
                key: row.key.to_string(),
                text: text_of(&row.text),
                shown_for: region_set(row.shown_for),
            })
            .collect(),
    }
}

/// The default protocol as model values (also what `protocol` dumps as JSON).
pub fn default_model() -> ProtocolModel {
    ProtocolModel {
        name: NAME.to_string(),
        version: VERSION.to_string(),
        questions: QUESTIONS.iter().map(QuestionRow::model).collect(),
        texts: TEXTS
            .iter()
            .map(|row| TextEntryModel {
                key: row.key.to_string(),
                text: model_of(&row.text),
                shown_for: names(row.shown_for),
            })
            .collect(),
    }
}

const NAME: &str = "default";
const VERSION: &str = "2";

/// A text as written in the tables: the English. Other languages come as
/// packs (`packs/<tag>.json`), French too.
type English = &'static str;

/// The protocol's text of a table's English.
fn text_of(en: &English) -> Text {
    Text::new(*en, None)
}

/// The model's text of a table's English.
fn model_of(en: &English) -> TextModel {
    TextModel::new(en)
}

/// A source as written in the tables: the citation, then the visitor's words.
#[derive(Clone, Copy)]
struct Cited {
    citation: &'static str,
    text: English,
}

/// The widget shows a source only in the visitor's words, never its
/// citation, so its wasm leaves the citations out; the command-line tool,
/// its rules sheet and the tests have them (the `citations` feature).
const fn cited(citation: &'static str, en: English) -> Cited {
    let citation = if cfg!(feature = "citations") { citation } else { "" };
    Cited { citation, text: en }
}

impl Cited {
    fn source(&self) -> Source {
        Source {
            citation: self.citation.to_string(),
            text: text_of(&self.text),
        }
    }

    fn model(&self) -> SourceModel {
        SourceModel {
            citation: self.citation.to_string(),
            text: model_of(&self.text),
        }
    }
}

/// A result-page text; `shown_for` names regions as the questions do (empty: always).
struct TextRow {
    key: &'static str,
    text: English,
    shown_for: &'static [&'static str],
}

const fn text(key: &'static str, text: English) -> TextRow {
    TextRow {
        key,
        text,
        shown_for: &[],
    }
}

/// One question; the `const fn`s below fill in what most rows leave out.
struct QuestionRow {
    id: &'static str,
    category: Category,
    select: Select,
    /// Region names (ids, pair stems, `widespread`); empty: always asked.
    asked_when: &'static [&'static str],
    prompt: English,
    help: Option<English>,
    points: &'static [English],
    source: Cited,
    answers: &'static [AnswerRow],
}

/// An answer's level for the whole visit when one of `regions` (names as
/// in `shown_for`) is chosen, with its source.
struct WhenRow {
    regions: &'static [&'static str],
    level: Level,
    source: Cited,
}

/// One answer; `source` is the reason's when it differs from the question's.
#[derive(Clone, Copy)]
struct AnswerRow {
    id: &'static str,
    label: English,
    note: Option<English>,
    level: Option<Level>,
    /// `None`: the whole visit (the model's default).
    scope: Option<Scope>,
    source: Option<Cited>,
    asks: Option<FollowUp>,
    exclusive: bool,
    /// Region names; empty: offered for every region.
    shown_for: &'static [&'static str],
    /// A stricter level, with its source, for the whole visit when one of
    /// these regions is chosen (a pointer: most answers have none, and the
    /// widget's tables stay small).
    when_regions: Option<&'static WhenRow>,
}

const fn question(
    id: &'static str,
    category: Category,
    prompt: English,
    source: Cited,
    answers: &'static [AnswerRow],
) -> QuestionRow {
    QuestionRow {
        id,
        category,
        select: Select::One,
        asked_when: &[],
        prompt,
        help: None,
        points: &[],
        source,
        answers,
    }
}

impl QuestionRow {
    const fn many(mut self) -> QuestionRow {
        self.select = Select::Many;
        self
    }

    const fn help(mut self, help: English) -> QuestionRow {
        self.help = Some(help);
        self
    }

    const fn points(mut self, points: &'static [English]) -> QuestionRow {
        self.points = points;
        self
    }

    const fn asked_when(mut self, regions: &'static [&'static str]) -> QuestionRow {
        self.asked_when = regions;
        self
    }

    fn question(&self) -> Question {
        Question {
            id: self.id.to_string(),
            category: self.category,
            select: self.select,
            asked_when: region_set(self.asked_when).map_or(AskedWhen::Always, AskedWhen::AnyOf),
            prompt: text_of(&self.prompt),
            help: self.help.as_ref().map(text_of),
            points: self.points.iter().map(text_of).collect(),
            source: self.source.source(),
            answers: self.answers.iter().map(|answer| answer.answer(&self.source)).collect(),
        }
    }

    fn model(&self) -> QuestionModel {
        QuestionModel {
            id: self.id.to_string(),
            category: self.category.id().to_string(),
            select: (self.select == Select::Many).then(|| "many".to_string()),
            asked_when_regions: names(self.asked_when),
            prompt: model_of(&self.prompt),
            help: self.help.as_ref().map(model_of),
            points: self.points.iter().map(model_of).collect(),
            source: self.source.model(),
            answers: self.answers.iter().map(AnswerRow::model).collect(),
        }
    }
}

const fn answer(id: &'static str, label: English) -> AnswerRow {
    AnswerRow {
        id,
        label,
        note: None,
        level: None,
        scope: None,
        source: None,
        asks: None,
        exclusive: false,
        shown_for: &[],
        when_regions: None,
    }
}

impl AnswerRow {
    const fn level(mut self, level: Level) -> AnswerRow {
        self.level = Some(level);
        self
    }

    const fn note(mut self, note: English) -> AnswerRow {
        self.note = Some(note);
        self
    }

    const fn source(mut self, source: Cited) -> AnswerRow {
        self.source = Some(source);
        self
    }

    /// The follow-up list to fill in, which is also where the effect applies.
    const fn asks_for_regions(mut self, follow_up: FollowUp) -> AnswerRow {
        self.asks = Some(follow_up);
        self.scope = Some(Scope::ListedRegions(follow_up));
        self
    }

    const fn surgery_windows(mut self, site_months: u32, adjacent_days: u32) -> AnswerRow {
        self.asks = Some(FollowUp::Surgeries);
        self.scope = Some(Scope::SurgeryWindows {
            site_months,
            adjacent_days,
        });
        self
    }

    const fn exclusive(mut self) -> AnswerRow {
        self.exclusive = true;
        self
    }

    const fn shown_for(mut self, regions: &'static [&'static str]) -> AnswerRow {
        self.shown_for = regions;
        self
    }

    const fn when_regions(mut self, when: &'static WhenRow) -> AnswerRow {
        self.when_regions = Some(when);
        self
    }

    fn answer(&self, question_source: &Cited) -> Answer {
        Answer {
            id: self.id.to_string(),
            label: text_of(&self.label),
            note: self.note.as_ref().map(text_of),
            effect: self.level.map(|level| Effect {
                level,
                scope: self.scope.unwrap_or(Scope::Visit),
                source: self.source.as_ref().unwrap_or(question_source).source(),
            }),
            asks: self.asks,
            exclusive: self.exclusive,
            shown_for: region_set(self.shown_for),
            when_regions: self.when_regions.map(|when| WhenRegions {
                regions: region_set(when.regions).unwrap_or_default(),
                effect: Effect {
                    level: when.level,
                    scope: Scope::Visit,
                    source: when.source.source(),
                },
            }),
        }
    }

    fn model(&self) -> AnswerModel {
        let (site_months, adjacent_days) = match self.scope {
            Some(Scope::SurgeryWindows {
                site_months,
                adjacent_days,
            }) => (Some(site_months), Some(adjacent_days)),
            _ => (None, None),
        };
        AnswerModel {
            id: self.id.to_string(),
            label: model_of(&self.label),
            note: self.note.as_ref().map(model_of),
            level: self.level.map(|level| level.id().to_string()),
            scope: self.scope.map(|scope| scope.id().to_string()),
            site_months,
            adjacent_days,
            source: self.source.as_ref().map(Cited::model),
            asks: self.asks.map(|follow_up| follow_up.id().to_string()),
            exclusive: self.exclusive,
            shown_for: names(self.shown_for),
            when_regions: self.when_regions.map(|when| WhenRegionsModel {
                regions: when.regions.iter().map(|name| name.to_string()).collect(),
                level: when.level.id().to_string(),
                source: Some(when.source.model()),
            }),
        }
    }
}

/// The regions named; `None` for an empty list (no limit). Every name in the
/// tables is known (checked through [`default_model`] by the validator).
fn region_set(names: &[&str]) -> Option<RegionSet> {
    if names.is_empty() {
        return None;
    }
    let mut set = RegionSet::default();
    for name in names {
        let Some((regions, widespread)) = regions_named(name) else {
            continue;
        };
        set.names.push(name.to_string());
        for region in regions {
            if !set.regions.contains(&region) {
                set.regions.push(region);
            }
        }
        set.widespread |= widespread;
    }
    Some(set)
}

fn names(names: &[&str]) -> Option<Vec<String>> {
    (!names.is_empty()).then(|| names.iter().map(|name| name.to_string()).collect())
}

// ---------------------------------------------------------------- sources

const RED_FLAGS: Cited = cited("Medical red flags", en_or!("Medical warning signs.", "RED_FLAGS"));
const CARDIAC: Cited = cited(
    "Heart and Stroke Foundation of Canada, warning signs of a heart attack (call 911 for any of them)",
    en_or!("Warning signs of a heart attack.", "CARDIAC"),
);
const MENINGITIS: Cited = cited(
    "Meningitis warning signs",
    en_or!("Warning signs of meningitis, a serious infection.", "MENINGITIS"),
);
const STROKE: Cited = cited(
    "Stroke (FAST) signs",
    en_or!("Warning signs of a stroke (FAST).", "STROKE"),
);
const HEADACHE: Cited = cited(
    "Red flags for headache",
    en_or!("Medical warning signs for headaches.", "HEADACHE"),
);
const CAUDA_EQUINA: Cited = cited(
    "Cauda equina red flags (NICE CKS low back pain; BMJ Best Practice)",
    en_or!(
        "Medical warning signs of a serious nerve problem in the low back (NICE, BMJ).",
        "CAUDA_EQUINA"
    ),
);
const TRAUMA: Cited = cited(
    "Canadian C-spine rule; low back fracture flags",
    en_or!(
        "Canadian rules for neck and back injuries after a fall or crash.",
        "TRAUMA"
    ),
);
const SPINAL_INFECTION: Cited = cited(
    "Spinal infection flags",
    en_or!(
        "Medical warning signs of an infection in the spine.",
        "SPINAL_INFECTION"
    ),
);
const WEAKNESS: Cited = cited(
    "Progressive neurological deficit (NICE CKS; myelopathy flags)",
    en_or!(
        "Medical warning signs of nerve weakness that is getting worse (NICE).",
        "WEAKNESS"
    ),
);
const INTAKE: Cited = cited(
    "Intake question for the physiotherapist; does not change the result",
    en_or!(
        "A question for your physiotherapist. It does not change the result.",
        "INTAKE"
    ),
);
const FIT_001: Cited = cited("001", en_or!("What an IMS clinic says about who IMS helps.", "FIT_001"));
const FIT_000_001: Cited = cited(
    "000, 001",
    en_or!("What IMS clinics say about who IMS helps.", "FIT_000_001"),
);
const FIT_000_002: Cited = cited(
    "000, 002",
    en_or!("What IMS clinics say about who IMS helps.", "FIT_000_002"),
);
const CONDITIONS_002: Cited = cited("002", en_or!("Problems an IMS clinic treats.", "CONDITIONS_002"));
const CONDITIONS_000: Cited = cited("000", en_or!("Problems an IMS clinic treats.", "CONDITIONS_000"));
const BACK_FLAGS: Cited = cited(
    "NICE CKS / NHS low back pain red flags",
    en_or!("Medical warning signs for low back pain (NICE, NHS).", "BACK_FLAGS"),
);
const CHEST_CAUSE: Cited = cited("Chest pain needs a medical cause ruled out first (Heart and Stroke Foundation of Canada, warning signs of a heart attack)", en_or!("Chest pain needs a doctor to find its cause first.", "CHEST_CAUSE"));
const CANCER: Cited = cited(
    "002: an active oncology problem (\"you currently have cancer\") cannot receive IMS; survivors can in most cases",
    en_or!(
        "IMS clinic guidance: no IMS while you have cancer. Most people who had cancer in the past can have it.",
        "CANCER"
    ),
);
const NEEDLE_FEAR: Cited = cited(
    "002: severe fear of needles; 001: needle thinner than injection needles, often not felt",
    en_or!(
        "IMS clinic guidance on fear of needles. The needle is thinner than the ones for shots.",
        "NEEDLE_FEAR"
    ),
);
const UNDERSTANDING: Cited = cited(
    "002: cognition to understand the treatment; no age limit otherwise",
    en_or!(
        "IMS clinic guidance: the person must understand the treatment. There is no age limit.",
        "UNDERSTANDING"
    ),
);
const PREGNANCY: Cited = cited(
    "002: not performed while pregnant",
    en_or!("IMS clinic guidance: IMS is not done during pregnancy.", "PREGNANCY"),
);
const AUTOIMMUNE: Cited = cited(
    "002: uncontrolled autoimmune condition",
    en_or!(
        "IMS clinic guidance on an autoimmune disease that is not under control.",
        "AUTOIMMUNE"
    ),
);
const OSTEOPOROSIS: Cited = cited(
    "002: osteoporosis or osteopenia (thin or weak bones)",
    en_or!("IMS clinic advice on thin or weak bones.", "OSTEOPOROSIS"),
);
const SURGERY: Cited = cited(
    "002: 3 months around the surgical area, 6 weeks for adjacent areas",
    en_or!(
        "IMS clinic guidance: wait 3 months where you had surgery, and 6 weeks next to it.",
        "SURGERY"
    ),
);
const ISCP_RELATIVE: Cited = cited(
    "ISCP 2012 dry needling guideline, relative contraindication",
    en_or!(
        "Dry needling guideline (ISCP 2012): a reason to check with the clinic first.",
        "ISCP_RELATIVE"
    ),
);
const LYMPHOEDEMA: Cited = cited(
    "ISCP 2012, absolute: area or limb with lymphoedema",
    en_or!(
        "Dry needling guide (ISCP 2012): no needle goes in an arm, leg or place with lymphoedema.",
        "LYMPHOEDEMA"
    ),
);
const SKIN_INFECTION: Cited = cited(
    "ISCP 2012 / dry needling safety guidance: local infection",
    en_or!(
        "Dry needling guide (ISCP 2012): no needles where the skin is infected.",
        "SKIN_INFECTION"
    ),
);
const SAFETY: Cited = cited(
    "Dry needling safety guidance",
    en_or!("Safety guidance for dry needling.", "SAFETY"),
);
const IMPLANT: Cited = cited(
    "Dry needling safety guidance: electrical stimulation near implanted devices",
    en_or!("Safety guidance for dry needling near a device in the body.", "IMPLANT"),
);
const NICKEL: Cited = cited(
    "Dry needling safety guidance (nickel allergy)",
    en_or!("Safety guidance for dry needling (metal allergy).", "NICKEL"),
);

// ---------------------------------------------------------------- answers

const YES: AnswerRow = answer("yes", "Yes");
const NO: AnswerRow = answer("no", "No");

/// `not-sure` gives `talk-first` unless a row says more (facts, step 3).
const NOT_SURE: AnswerRow = answer("not-sure", en!("I'm not sure"))
    .level(Level::TalkFirst)
    .note(en!("Not sure is fine. Call the clinic and we can talk it through."));

const YES_MEANS_TALK_FIRST: &[AnswerRow] = &[YES.level(Level::TalkFirst), NO, NOT_SURE];

/// A guideline row answered yes / no / not sure, where yes means talk first.
const fn talk_first_row(id: &'static str, prompt: English, source: Cited) -> QuestionRow {
    question(id, Category::Guideline, prompt, source, YES_MEANS_TALK_FIRST)
}

/// "Signs that fit IMS": yes/no, never change the level. The yes answer's
/// note is the sign as a statement, which the result lists.
const fn fit(id: &'static str, prompt: English, source: Cited, answers: &'static [AnswerRow]) -> QuestionRow {
    question(id, Category::Fit, prompt, source, answers)
}

/// A step-1 item: the whole visit, at `urgent` or `emergency`.
const fn red_flag(id: &'static str, level: Level, label: English, source: Cited) -> AnswerRow {
    answer(id, label).level(level).source(source)
}

/// The optional "does this sound like you?" choice, offered only for
/// `regions` (ids, pair stems or `widespread`; none: every region). They
/// never change the outcome. Each name comes with a short plain gloss.
const fn condition(id: &'static str, regions: &'static [&'static str], en: English) -> AnswerRow {
    answer(id, en).shown_for(regions)
}

/// A fever with pain in the neck or the back is a warning sign of an
/// infection in the spine (facts, `unwell-now`, as `fever-spine`): urgent.
const FEVER_WITH_SPINE_PAIN: WhenRow = WhenRow {
    regions: &["neck", "upper-back", "mid-back", "low-back"],
    level: Level::Urgent,
    source: SPINAL_INFECTION,
};

/// Every question, in the order asked: the emergency screen, duration, the
/// signs that fit IMS, conditions, region follow-ups, the rules from source
/// 002 (on in every protocol), then the guideline rows (a clinic may turn
/// them off).
const QUESTIONS: &[QuestionRow] = &[
    // Step 1: a specific checklist with an explicit "none of these".
    question(
        "red-flags-general",
        Category::EmergencyScreen,
        en!("Do you have any of these right now?"),
        RED_FLAGS,
        &[
            red_flag(
                "chest-pain",
                Level::Emergency,
                en!("Chest pain, pressure, squeezing or tightness right now that is new or that you can't explain. Tick it even with no other signs. Other signs can be pain spreading to your arm, neck, jaw or back, shortness of breath, sweating, feeling sick or light-headed"),
                CARDIAC,
            ),
            red_flag(
                "stiff-neck-fever",
                Level::Emergency,
                en!("A stiff neck with a fever, or a fever with a rash that does not fade when you press on it"),
                MENINGITIS,
            ),
            red_flag(
                "stroke-signs",
                Level::Emergency,
                en!("Sudden weakness or numbness in your face, arm or leg, trouble speaking, or one side of your face drooping"),
                STROKE,
            ),
            red_flag(
                "thunderclap-headache",
                Level::Emergency,
                en!("A sudden, very bad headache, the worst you have ever had"),
                HEADACHE,
            ),
            red_flag(
                "bladder-bowel",
                Level::Emergency,
                en!("New trouble peeing: you can't start, or can't stop. New loss of control of your pee or poop, or numbness between your legs or around your bottom"),
                CAUDA_EQUINA,
            ),
            red_flag(
                "major-trauma",
                Level::Urgent,
                en!("The pain started with a serious injury in the last few days. For example, a fall from about a metre (or five stairs) or higher. Or a car crash at speed, or one that rolled over. Or a bicycle or motorbike crash. Or a heavy blow to the head or back"),
                TRAUMA,
            ),
            red_flag(
                "fever-spine",
                Level::Urgent,
                en!("Fever or chills with back or neck pain"),
                SPINAL_INFECTION,
            ),
            red_flag(
                "progressive-weakness",
                Level::Urgent,
                en!("Weakness in your arms or legs that keeps getting worse, or new trouble walking"),
                WEAKNESS,
            ),
            answer("none", en!("None of these")).exclusive(),
        ],
    )
    .many()
    .help(en!("Some of these need emergency help right away. If you tick one, we will tell you where to go now.")),
    question(
        "duration",
        Category::Informational,
        en!("How long have you had this pain?"),
        INTAKE,
        &[
            answer("under-6-weeks", en!("Less than 6 weeks")),
            answer("6-weeks-to-3-months", en!("6 weeks to 3 months")),
            answer("over-3-months", en!("More than 3 months")),
        ],
    ),
    fit(
        "fit-keeps-coming-back",
        en!("Does the pain keep coming back, or get better for only a short time after massage?"),
        FIT_001,
        &[
            YES.note(en!("Your pain keeps coming back, or massage helps for only a short time.")),
            NO,
        ],
    ),
    fit(
        "fit-tight-muscles",
        en!("Do the muscles where it hurts feel tight or knotted?"),
        FIT_000_002,
        &[
            YES.note(en!("The muscles where it hurts feel tight or knotted.")),
            NO,
        ],
    ),
    fit(
        "fit-scans-unclear",
        en!("Did scans or tests find no clear cause for the pain?"),
        FIT_000_001,
        &[
            YES.note(en!("Scans or tests found no clear cause for the pain.")),
            NO,
            // Fits everyone: many have had no scan. Never a sign either way.
            answer("not-had", en!("I haven't had any")),
        ],
    ),
    fit(
        "fit-painkillers-short",
        en!("Do pain pills help for only a short time?"),
        FIT_000_001,
        &[
            YES.note(en!("Pain pills help for only a short time.")),
            NO,
        ],
    ),
    question(
        "conditions",
        Category::Informational,
        en!("Does any of these sound like you?"),
        CONDITIONS_002,
        &[
            condition("low-back-pain", &["low-back"], en!("Low back pain (below the ribs, above the buttocks)")),
            condition("disc", &["low-back", "neck"], en!("Slipped or bulging disc (a cushion between the bones of the spine pushes out)")),
            condition("sciatica", &["low-back", "buttock", "thigh", "calf"], en!("Sciatica (pain that runs down the leg)")),
            condition("neck-pain", &["neck"], en!("Neck pain (pain or stiffness in the neck)")),
            condition("whiplash", &["neck"], en!("Whiplash (a neck injury from a sudden jolt, as in a car crash)")),
            condition("headaches", &["head"], en!("Headaches or migraines (strong headaches that come back)")),
            condition("tmj", &["jaw"], en!("Jaw pain (TMJ: the jaw joint in front of the ear)")),
            condition("rotator-cuff", &["shoulder"], en!("Rotator cuff problem (the muscles that hold the shoulder in place)")),
            condition("frozen-shoulder", &["shoulder"], en!("Frozen shoulder (a stiff, painful shoulder that is hard to move)")),
            condition("after-dislocation", &["shoulder"], en!("After a dislocated shoulder (the joint came out of place)")),
            condition("impingement", &["shoulder"], en!("Shoulder impingement (pinching when you lift your arm)")).source(CONDITIONS_000),
            condition("tennis-elbow", &["elbow"], en!("Tennis elbow (pain on the outer side of the elbow)")),
            condition("golfers-elbow", &["elbow"], en!("Golfer's elbow (pain on the inner side of the elbow)")),
            condition("carpal-tunnel", &["wrist-hand"], en!("Carpal tunnel syndrome (numb or tingling fingers from a pinched nerve in the wrist)")),
            condition("repetitive-strain", &["wrist-hand", "forearm"], en!("Repetitive strain (pain from doing one task over and over)")),
            condition("trochanteric-bursitis", &["hip"], en!("Hip bursitis (pain on the outer side of the hip)")),
            condition("it-band", &["thigh"], en!("IT band syndrome (pain on the outer side of the thigh or knee)")),
            condition("knee-pain", &["knee"], en!("Kneecap pain (around or behind the kneecap)")),
            condition("shin-splints", &["shin"], en!("Shin splints (pain along the front of the shin)")),
            condition("achilles", &["calf", "ankle"], en!("Achilles tendon pain (the cord at the back of the heel)")),
            condition("after-sprain", &["ankle"], en!("After a sprained ankle (a twisted ankle)")),
            condition("plantar-fasciitis", &["foot"], en!("Plantar fasciitis (pain under the heel)")),
            condition("fibromyalgia", &["widespread"], en!("Fibromyalgia (long-lasting pain in many places)")),
            condition("osteoarthritis", &[], en!("Osteoarthritis (wear in a joint)")),
            condition("tendonitis", &[], en!("Tendonitis (a sore tendon, the cord that joins muscle to bone)")),
            condition("posture", &[], en!("Pain from posture (from how you sit or stand)")),
            condition("after-surgery-or-fracture", &[], en!("Healing after an operation or a broken bone")),
        ],
    )
    .many(),
    question(
        "back-cancer-flags",
        Category::RegionFollowUp,
        en!("Is any of these true for you?"),
        BACK_FLAGS,
        &[
            YES.level(Level::SeeDoctor).note(en!("Please see your doctor first, to rule out other causes of back pain.")),
            NO,
            NOT_SURE,
        ],
    )
    .points(&[
        en!("You have had cancer, now or in the past"),
        en!("You lost weight without trying"),
        en!("Your back pain is worst at night, when you rest"),
    ])
    .asked_when(&["low-back", "mid-back", "upper-back"]),
    question(
        "chest-cause",
        Category::RegionFollowUp,
        en!("Is any of these true about your chest pain?"),
        CHEST_CAUSE,
        &[
            YES.level(Level::SeeDoctor).note(en!("Get your chest pain checked by a doctor soon, before any needling. If chest pain comes on at rest, gets worse, or lasts more than a few minutes, call the emergency number now.")),
            NO,
            NOT_SURE,
        ],
    )
    .points(&[
        en!("It comes when you are active"),
        en!("It comes with shortness of breath"),
        en!("No one has found its cause"),
    ])
    .asked_when(&["chest"]),
    question(
        "active-cancer",
        Category::Core,
        en!("Do you have cancer now, treated or not?"),
        CANCER,
        &[
            answer("yes", en!("Yes, I have cancer now")).level(Level::NotSuitable).note(en!("IMS is not done while you have cancer. Other physiotherapy may still help.")),
            answer("survivor", en!("I had cancer in the past and have none now"))
                .level(Level::Suitable)
                .note(en!("Most people who had cancer in the past can have IMS. Tell the physiotherapist about it at your visit.")),
            NO,
            NOT_SURE,
        ],
    )
    .help(en!("Answer yes if you have cancer now, even if it is not treated or only watched.")),
    question(
        "needle-fear",
        Category::Core,
        en!("How do you feel about needles?"),
        NEEDLE_FEAR,
        &[
            answer("severe", en!("I am very afraid of needles")).level(Level::NotSuitable),
            answer("nervous", en!("A little nervous"))
                .level(Level::Suitable)
                .note(en!("The needle is very thin, thinner than the ones used for shots or blood tests. Many people do not feel it go in.")),
            answer("no", en!("Needles don't bother me")),
        ],
    ),
    question(
        "understanding",
        Category::Core,
        en!("Can the person who would be treated understand what IMS is and agree to it?"),
        UNDERSTANDING,
        &[YES, NO.level(Level::NotSuitable), NOT_SURE],
    )
    .help(en!("There is no age limit. But a very young child, or a person with dementia, may not be able to.")),
    question(
        "pregnant",
        Category::Core,
        en!("Are you pregnant?"),
        PREGNANCY,
        &[
            YES.level(Level::NotSuitable).note(en!("IMS is not done during pregnancy. You can check again after your baby is born.")),
            NO,
            NOT_SURE,
        ],
    ),
    question(
        "autoimmune",
        Category::Core,
        en!("Do you have an autoimmune disease, like lupus or rheumatoid arthritis? In these, the body attacks itself."),
        AUTOIMMUNE,
        &[
            answer("uncontrolled", en!("Yes, and it is not under control")).level(Level::NotSuitable),
            answer("controlled", en!("Yes, and it is under control")).level(Level::Suitable),
            NO,
            NOT_SURE,
        ],
    ),
    question(
        "osteoporosis",
        Category::Core,
        en!("Do you have thin or weak bones? This is called osteoporosis or osteopenia."),
        OSTEOPOROSIS,
        &[
            answer("severe", en!("Yes, and it is severe or not well controlled"))
                .level(Level::TalkFirst)
                .note(en!("The physiotherapist may change how they treat you, so please call first.")),
            answer("mild-moderate", en!("Yes, and it is mild or moderate")).level(Level::Suitable),
            NO,
            NOT_SURE,
        ],
    ),
    question(
        "surgery",
        Category::Core,
        en!("Have you had an operation in the last 3 months?"),
        SURGERY,
        &[
            YES.level(Level::Wait).surgery_windows(3, 42).note(en!("Needling waits 3 months where you had the operation, and 6 weeks for the areas next to it.")),
            NO,
            NOT_SURE,
        ],
    ),
    talk_first_row(
        "bleeding",
        en!("Do you have a bleeding problem, or take a medicine that thins the blood, like one of these?"),
        ISCP_RELATIVE,
    )
    .points(&[
        "Warfarin",
        en!("Apixaban (Eliquis)"),
        en!("Rivaroxaban (Xarelto)"),
        "Dabigatran",
        "Clopidogrel",
    ]),
    question(
        "lymphoedema",
        Category::Guideline,
        en!("Do you have lymphoedema in an arm, a leg or another part of your body? It is swelling that stays, often after cancer care."),
        LYMPHOEDEMA,
        &[
            YES.level(Level::NotSuitable).asks_for_regions(FollowUp::LymphoedemaRegions).note(en!("Needling is not done in an arm, leg or place with lymphoedema.")),
            NO,
            NOT_SURE,
        ],
    ),
    question(
        "skin-infection",
        Category::Guideline,
        en!("Do you have a skin infection in a part of your body?"),
        SKIN_INFECTION,
        &[
            YES.level(Level::NotSuitable).asks_for_regions(FollowUp::SkinInfectionRegions).note(en!("Needling is not done where the skin is infected.")),
            NO,
            NOT_SURE,
        ],
    ),
    question(
        "unwell-now",
        Category::Guideline,
        en!("Do you have a fever, or do you feel sick right now?"),
        SAFETY,
        &[
            // "`fever` → `urgent` when neck, upper-back, mid-back or low-back
            // is selected, otherwise talk-first"
            answer("fever", en!("Yes, I have a fever or chills"))
                .level(Level::TalkFirst)
                .when_regions(&FEVER_WITH_SPINE_PAIN),
            answer(
                "unwell",
                en!("I feel sick, like a cold or the flu, but have no fever"),
            )
            .level(Level::TalkFirst),
            NO,
            NOT_SURE,
        ],
    ),
    talk_first_row(
        "immune",
        en!("Is your immune system weak? For example, from chemo, drugs after a transplant, or high doses of steroids. Or from drugs that calm the immune system, like methotrexate or biologics for arthritis."),
        ISCP_RELATIVE,
    ),
    question(
        "implant",
        Category::Guideline,
        en!("Do you have an electrical device inside your body? It could be a pacemaker or a heart defibrillator. Or it could be a spinal cord stimulator, or some other kind."),
        IMPLANT,
        &[
            YES.level(Level::TalkFirst).note(en!("The clinic will not use an electric current through the needle without checking first.")),
            NO,
            NOT_SURE,
        ],
    ),
    question(
        "diabetes",
        Category::Guideline,
        en!("Do you have diabetes?"),
        ISCP_RELATIVE,
        &[
            answer(
                "yes-poor-healing",
                en!("Yes, and cuts heal slowly or my feet feel numb"),
            )
            .level(Level::TalkFirst),
            answer("yes", en!("Yes, without those problems")),
            NO,
            NOT_SURE,
        ],
    ),
    talk_first_row(
        "epilepsy",
        en!("Do you have epilepsy or seizures?"),
        ISCP_RELATIVE,
    ),
    talk_first_row(
        "metal-allergy",
        en!("Are you allergic to metal, such as nickel?"),
        NICKEL,
    ),
    talk_first_row(
        "fainting",
        en!("Have you ever fainted or had a bad reaction to needles?"),
        SAFETY,
    ),
];

/// The regions near the chest wall, where the rare collapsed lung can happen
/// (and pain in many places, which may include them).
const NEAR_THE_CHEST: &[&str] = &["neck", "shoulder", "upper-back", "chest", "mid-back", "widespread"];

/// Result-page texts: privacy promise, what to expect, and a title per level.
const TEXTS: &[TextRow] = &[
    text(
        "privacy",
        en!("Your answers stay on this device. Nothing is sent or saved. Close or reload the page and they are gone."),
    ),
    text(
        "expect-assessment",
        en!("Your first visit is a full check-up. The physiotherapist decides with you if IMS is right for you."),
    ),
    text(
        "expect-needle",
        en!("The needle is very thin, thinner than the ones for shots or blood tests. You often do not feel it go in."),
    ),
    text(
        "expect-how-it-feels",
        en!("In IMS, one needle goes in at a time. It usually stays in for a few seconds, sometimes a few minutes. The muscle may twitch or cramp, then relax. Acupuncture is different: it leaves several needles in for 15 to 20 minutes."),
    ),
    text(
        "expect-soreness",
        en!("Feeling sore for a few hours, or a day or two, is normal."),
    ),
    text(
        "expect-sessions",
        en!("Visits are usually once a week, or up to every two weeks. New pain may need only one visit. In studies of low back pain, people had 8 treatments on average."),
    ),
    text(
        "expect-electrical",
        en!("Some clinics can add a gentle electric current through the needle."),
    ),
    text(
        "expect-age",
        en!("There is no age limit, as long as the person can understand the treatment. For a child, a parent or guardian takes part."),
    ),
    TextRow {
        key: "expect-after-treatment",
        text: en!("After a treatment: rarely, a needle near the chest can make a lung collapse. Are you short of breath or do you have chest pain after a treatment? Call the emergency number at once."),
        shown_for: NEAR_THE_CHEST,
    },
    // Said after a rule's source when a clinic made its level stricter.
    text(
        "clinic-stricter",
        en!("This clinic made the rule stricter."),
    ),
    text(
        "level-emergency",
        en!("Call the emergency number now. Do not drive yourself."),
    ),
    text(
        "level-urgent",
        en!("Go today to an emergency department or an urgent and primary care centre (UPCC). Do not wait for a regular appointment. If it gets worse, call the emergency number."),
    ),
    text(
        "level-see-doctor",
        en!("See your family doctor or nurse practitioner soon, within a few days, before you book any needling. No family doctor? Call the nurse line or go to an urgent and primary care centre (UPCC)."),
    ),
    text(
        "level-not-suitable",
        en!("IMS or dry needling is not right for you now, or not for some areas. Other physiotherapy may still help."),
    ),
    text(
        "level-wait",
        en!("Not yet. IMS may be possible from the date shown."),
    ),
    text(
        "level-talk-first",
        en!("Please call the clinic before you book."),
    ),
    text(
        "level-suitable",
        en!("IMS may suit you. Book an assessment."),
    ),
    text("fit-heading", en!("Signs that fit IMS")),
    // What to tell the clinic when calling first, a topic per question that
    // can ask the visitor to call ("tell-<question>").
    text("tell-active-cancer", "cancer"),
    text("tell-understanding", en!("if they can understand IMS")),
    text("tell-pregnant", "pregnancy"),
    text("tell-autoimmune", en!("an autoimmune disease")),
    text("tell-osteoporosis", en!("thin or weak bones")),
    text("tell-surgery", en!("an operation")),
    text("tell-bleeding", en!("a bleeding problem or blood thinner")),
    text("tell-lymphoedema", "lymphoedema"),
    text("tell-skin-infection", en!("a skin infection")),
    text("tell-unwell-now", en!("a fever or feeling sick")),
    text("tell-immune", en!("a weak immune system")),
    text("tell-implant", en!("a device inside your body")),
    text("tell-diabetes", en!("diabetes with slow healing or numb feet")),
    text("tell-epilepsy", en!("epilepsy or seizures")),
    text("tell-metal-allergy", en!("a metal allergy")),
    text("tell-fainting", en!("fainting or bad reactions to needles")),
    text("tell-back-cancer-flags", en!("cancer, weight loss or night pain")),
    text("tell-chest-cause", en!("your chest pain")),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::lang::Lang;
    use crate::protocol::shipped_packs::default_protocol_in;

    /// The tables obey every rule a protocol file must, and the widget's
    /// direct build from them is exactly what the validator would give.
    #[test]
    fn the_validator_makes_exactly_the_default_protocol_of_the_default_model() {
        assert_eq!(Protocol::from_model(&default_model()), Ok(default_protocol()));
    }

    /// The facts' ids are a contract: every one must be in the default protocol.
    #[test]
    fn every_id_in_the_facts_is_present() {
        let protocol = default_protocol();
        let expected: &[(&str, &[&str])] = &[
            (
                "red-flags-general",
                &[
                    "chest-pain",
                    "stiff-neck-fever",
                    "stroke-signs",
                    "thunderclap-headache",
                    "bladder-bowel",
                    "major-trauma",
                    "fever-spine",
                    "progressive-weakness",
                    "none",
                ],
            ),
            ("duration", &["under-6-weeks", "6-weeks-to-3-months", "over-3-months"]),
            ("back-cancer-flags", &["yes", "no", "not-sure"]),
            ("chest-cause", &["yes", "no", "not-sure"]),
            ("active-cancer", &["yes", "survivor", "no", "not-sure"]),
            ("needle-fear", &["severe", "nervous", "no"]),
            ("understanding", &["yes", "no", "not-sure"]),
            ("pregnant", &["yes", "no", "not-sure"]),
            ("autoimmune", &["uncontrolled", "controlled", "no", "not-sure"]),
            ("osteoporosis", &["severe", "mild-moderate", "no", "not-sure"]),
            ("surgery", &["yes", "no", "not-sure"]),
            ("bleeding", &["yes", "no", "not-sure"]),
            ("lymphoedema", &["yes", "no", "not-sure"]),
            ("skin-infection", &["yes", "no", "not-sure"]),
            ("unwell-now", &["fever", "unwell", "no", "not-sure"]),
            ("immune", &["yes", "no", "not-sure"]),
            ("implant", &["yes", "no", "not-sure"]),
            ("diabetes", &["yes-poor-healing", "yes", "no", "not-sure"]),
            ("epilepsy", &["yes", "no", "not-sure"]),
            ("metal-allergy", &["yes", "no", "not-sure"]),
            ("fainting", &["yes", "no", "not-sure"]),
        ];
        for (question_id, answer_ids) in expected {
            let question = protocol
                .question(question_id)
                .unwrap_or_else(|| panic!("missing {question_id}"));
            let got: Vec<&str> = question.answers.iter().map(|a| a.id.as_str()).collect();
            assert_eq!(&got, answer_ids, "answers of {question_id}: exactly the facts' ids");
        }
    }

    /// "`fever` → `urgent` when neck, upper-back, mid-back or low-back is
    /// selected, otherwise talk-first; `unwell` → talk-first", the urgent
    /// reason's source the spinal infection warning signs.
    #[test]
    fn a_fever_with_neck_or_back_pain_is_urgent() {
        let protocol = default_protocol();
        let fever = protocol.answer("unwell-now", "fever").expect("fever");
        assert_eq!(fever.effect.as_ref().map(|e| e.level), Some(Level::TalkFirst));
        let when = fever.when_regions.as_ref().expect("a level for the spine");
        assert_eq!(when.regions.names, ["neck", "upper-back", "mid-back", "low-back"]);
        assert!(!when.regions.widespread);
        assert_eq!(when.effect.level, Level::Urgent);
        assert_eq!(when.effect.scope, Scope::Visit);
        assert_eq!(
            when.effect.source.text.en,
            "Medical warning signs of an infection in the spine."
        );
        let unwell = protocol.answer("unwell-now", "unwell").expect("unwell");
        assert_eq!(unwell.effect.as_ref().map(|e| e.level), Some(Level::TalkFirst));
        assert!(unwell.when_regions.is_none());
    }

    /// The guideline rows, in the facts' order: `implant` among them.
    #[test]
    fn guideline_rows_are_the_facts_rows() {
        let protocol = default_protocol();
        let rows: Vec<&str> = protocol
            .questions
            .iter()
            .filter(|q| q.category == Category::Guideline)
            .map(|q| q.id.as_str())
            .collect();
        assert_eq!(
            rows,
            [
                "bleeding",
                "lymphoedema",
                "skin-infection",
                "unwell-now",
                "immune",
                "implant",
                "diabetes",
                "epilepsy",
                "metal-allergy",
                "fainting"
            ]
        );
    }

    #[test]
    fn core_rows_are_exactly_the_rules_from_source_002() {
        let protocol = default_protocol();
        let core: Vec<&str> = protocol
            .questions
            .iter()
            .filter(|q| q.category == Category::Core)
            .map(|q| q.id.as_str())
            .collect();
        assert_eq!(
            core,
            [
                "active-cancer",
                "needle-fear",
                "understanding",
                "pregnant",
                "autoimmune",
                "osteoporosis",
                "surgery"
            ]
        );
    }

    #[test]
    fn surgery_windows_are_three_months_and_42_days() {
        let protocol = default_protocol();
        let effect = protocol
            .answer("surgery", "yes")
            .and_then(|a| a.effect.as_ref())
            .expect("surgery effect");
        assert_eq!(effect.level, Level::Wait);
        assert_eq!(
            effect.scope,
            Scope::SurgeryWindows {
                site_months: 3,
                adjacent_days: 42
            }
        );
    }

    #[test]
    fn every_not_sure_answer_means_talk_first() {
        let protocol = default_protocol();
        for question in &protocol.questions {
            if let Some(answer) = question.answer("not-sure") {
                assert_eq!(
                    answer.effect.as_ref().map(|e| e.level),
                    Some(Level::TalkFirst),
                    "{}",
                    question.id
                );
            }
        }
    }

    /// "Signs that fit IMS" read as statements on the result, not questions.
    #[test]
    fn fit_signs_are_statements() {
        let protocol = default_protocol_in(Lang::FR);
        for question in protocol.questions.iter().filter(|q| q.category == Category::Fit) {
            let note = question
                .answer("yes")
                .and_then(|a| a.note.as_ref())
                .expect("a statement for yes");
            for text in [note.en.as_str(), note.get(Lang::FR)] {
                assert!(text.ends_with('.') && !text.contains('?'), "{}: {text}", question.id);
            }
        }
    }

    /// Every optional condition name comes with a short plain gloss, except
    /// the one that is already plain words.
    #[test]
    fn condition_names_carry_a_plain_gloss() {
        let protocol = default_protocol_in(Lang::FR);
        let conditions = protocol.question("conditions").expect("conditions");
        for answer in conditions
            .answers
            .iter()
            .filter(|a| a.id != "after-surgery-or-fracture")
        {
            for text in [&answer.label.en, answer.label.get(Lang::FR)] {
                assert!(text.contains(" (") && text.ends_with(')'), "{}: {text}", answer.id);
            }
        }
    }

    /// The emergency screen's help says some of these need emergency help
    /// right away; the levels say what the second clinical review asks
    /// (facts, revised 2026-12-06); the French (its pack) uses one term for
    /// dry needling.
    #[test]
    fn safety_words_follow_the_clinical_review() {
        let protocol = default_protocol_in(Lang::FR);
        let screen = protocol.question("red-flags-general").expect("screen");
        assert!(screen
            .help
            .as_ref()
            .is_some_and(|h| h.en.starts_with("Some of these need emergency help right away.")));
        let says = |text: &Text, en: &[&str], fr: &[&str]| {
            for phrase in en {
                assert!(text.en.contains(phrase), "{phrase:?} in {}", text.en);
            }
            for phrase in fr {
                assert!(
                    text.get(Lang::FR).contains(phrase),
                    "{phrase:?} in {}",
                    text.get(Lang::FR)
                );
            }
        };
        let level = |key: &str| protocol.text(key).unwrap_or_else(|| panic!("{key}"));
        says(
            level("level-emergency"),
            &["Call the emergency number now.", "Do not drive yourself."],
            &["Appelez le numéro d'urgence maintenant.", "Ne conduisez pas vous-même."],
        );
        says(
            level("level-urgent"),
            &[
                "Go today to an emergency department or an urgent and primary care centre (UPCC).",
                "Do not wait for a regular appointment.",
                "If it gets worse, call the emergency number",
            ],
            &[
                "centre de soins d'urgence et de soins primaires (UPCC)",
                "N'attendez pas un rendez-vous habituel.",
            ],
        );
        says(
            level("level-see-doctor"),
            &[
                "family doctor or nurse practitioner soon, within a few days, before you book any needling",
                "No family doctor? Call the nurse line or go to an urgent and primary care centre (UPCC).",
            ],
            &[
                "médecin de famille ou une infirmière praticienne",
                "d'ici quelques jours",
                "ligne infirmière",
            ],
        );
        let answer = |q: &str, a: &str| protocol.answer(q, a).unwrap_or_else(|| panic!("{q}/{a}"));
        says(
            &answer("red-flags-general", "chest-pain").label,
            &[
                "pressure, squeezing or tightness",
                "new or that you can't explain",
                "even with no other signs",
                "arm, neck, jaw or back",
            ],
            &["pression ou serrement", "Avec ou sans douleur au bras"],
        );
        says(
            &answer("red-flags-general", "major-trauma").label,
            &[
                "serious injury",
                "about a metre (or five stairs)",
                "rolled over",
                "bicycle or motorbike",
                "heavy blow to the head or back",
            ],
            &["blessure grave", "cinq marches", "tonneau", "de vélo ou de moto"],
        );
        let chest_net = answer("chest-cause", "yes").note.as_ref().expect("the safety net");
        says(
            chest_net,
            &[
                "checked by a doctor soon, before any needling",
                "comes on at rest, gets worse, or lasts more than a few minutes, call the emergency number now",
            ],
            &[
                "avant toute puncture",
                "au repos, s'aggrave ou dure plus de quelques minutes, appelez tout de suite le numéro d'urgence",
            ],
        );
        says(
            answer("implant", "yes").note.as_ref().expect("the implant note"),
            &["will not use an electric current through the needle without checking"],
            &["courant électrique"],
        );
        let bleeding = protocol.question("bleeding").expect("bleeding");
        let drugs: Vec<&str> = bleeding.points.iter().map(|p| p.en.as_str()).collect();
        assert_eq!(
            drugs,
            [
                "Warfarin",
                "Apixaban (Eliquis)",
                "Rivaroxaban (Xarelto)",
                "Dabigatran",
                "Clopidogrel"
            ]
        );
        says(
            &protocol.question("immune").expect("immune").prompt,
            &["methotrexate", "biologics for arthritis"],
            &["méthotrexate", "biologiques"],
        );
        says(
            level("expect-how-it-feels"),
            &["usually stays in for a few seconds, sometimes a few minutes"],
            &["parfois quelques minutes"],
        );
        says(
            level("expect-age"),
            &["For a child, a parent or guardian takes part."],
            &["un parent ou un tuteur"],
        );
        for entry in &protocol.texts {
            assert!(!entry.text.en.to_lowercase().contains("walk-in"), "{}", entry.key);
            assert!(!entry.text.get(Lang::FR).contains("sans rendez-vous"), "{}", entry.key);
        }
        assert!(protocol
            .text("level-not-suitable")
            .is_some_and(|t| t.en.contains("may still help")));
        assert!(protocol
            .text("expect-sessions")
            .is_some_and(|t| t.en.contains("on average") && t.get(Lang::FR).contains("en moyenne")));
        let mut french = String::new();
        for question in &protocol.questions {
            french += question.prompt.get(Lang::FR);
            for answer in &question.answers {
                french += answer.label.get(Lang::FR);
                french += answer.note.as_ref().map_or("", |n| n.get(Lang::FR));
                french += answer.effect.as_ref().map_or("", |e| e.source.text.get(Lang::FR));
            }
        }
        for entry in &protocol.texts {
            french += entry.text.get(Lang::FR);
        }
        for word in ["aiguilles sèches", "Voyez", "oup du lapin", "vérification", " test"] {
            assert!(!french.contains(word), "French texts still say {word:?}");
        }
        assert!(french.contains("puncture sèche") && french.contains("Coup de fouet cervical"));
    }

    #[test]
    fn texts_are_not_copied_between_languages() {
        let protocol = default_protocol_in(Lang::FR);
        for question in &protocol.questions {
            assert_ne!(question.prompt.en, question.prompt.get(Lang::FR), "{}", question.id);
        }
        for entry in &protocol.texts {
            assert_ne!(entry.text.en, entry.text.get(Lang::FR), "{}", entry.key);
        }
    }
}
