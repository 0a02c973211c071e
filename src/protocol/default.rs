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

const RED_FLAGS: Cited = cited("Medical red flags", "Medical warning signs.");
const CARDIAC: Cited = cited(
    "Heart and Stroke Foundation of Canada, warning signs of a heart attack (call 911 for any of them)",
    "Warning signs of a heart attack.",
);
const MENINGITIS: Cited = cited(
    "Meningitis warning signs",
    "Warning signs of meningitis, a serious infection.",
);
const STROKE: Cited = cited("Stroke (FAST) signs", "Warning signs of a stroke (FAST).");
const HEADACHE: Cited = cited("Red flags for headache", "Medical warning signs for headaches.");
const CAUDA_EQUINA: Cited = cited(
    "Cauda equina red flags (NICE CKS low back pain; BMJ Best Practice)",
    "Medical warning signs of a serious nerve problem in the low back (NICE, BMJ).",
);
const TRAUMA: Cited = cited(
    "Canadian C-spine rule; low back fracture flags",
    "Canadian rules for neck and back injuries after a fall or crash.",
);
const SPINAL_INFECTION: Cited = cited(
    "Spinal infection flags",
    "Medical warning signs of an infection in the spine.",
);
const WEAKNESS: Cited = cited(
    "Progressive neurological deficit (NICE CKS; myelopathy flags)",
    "Medical warning signs of nerve weakness that is getting worse (NICE).",
);
const INTAKE: Cited = cited(
    "Intake question for the physiotherapist; does not change the result",
    "A question for your physiotherapist. It does not change the result.",
);
const FIT_001: Cited = cited("001", "What an IMS clinic says about who IMS helps.");
const FIT_000_001: Cited = cited("000, 001", "What IMS clinics say about who IMS helps.");
const FIT_000_002: Cited = cited("000, 002", "What IMS clinics say about who IMS helps.");
const CONDITIONS_002: Cited = cited("002", "Problems an IMS clinic treats.");
const CONDITIONS_000: Cited = cited("000", "Problems an IMS clinic treats.");
const BACK_FLAGS: Cited = cited(
    "NICE CKS / NHS low back pain red flags",
    "Medical warning signs for low back pain (NICE, NHS).",
);
const CHEST_CAUSE: Cited = cited("Chest pain needs a medical cause ruled out first (Heart and Stroke Foundation of Canada, warning signs of a heart attack)", "Chest pain needs a doctor to find its cause first.");
const CANCER: Cited = cited(
    "002: an active oncology problem (\"you currently have cancer\") cannot receive IMS; survivors can in most cases",
    "IMS clinic guidance: no IMS while you have cancer. Most people who had cancer in the past can have it.",
);
const NEEDLE_FEAR: Cited = cited(
    "002: severe fear of needles; 001: needle thinner than injection needles, often not felt",
    "IMS clinic guidance on fear of needles. The needle is thinner than the ones for shots.",
);
const UNDERSTANDING: Cited = cited(
    "002: cognition to understand the treatment; no age limit otherwise",
    "IMS clinic guidance: the person must understand the treatment. There is no age limit.",
);
const PREGNANCY: Cited = cited(
    "002: not performed while pregnant",
    "IMS clinic guidance: IMS is not done during pregnancy.",
);
const AUTOIMMUNE: Cited = cited(
    "002: uncontrolled autoimmune condition",
    "IMS clinic guidance on an autoimmune disease that is not under control.",
);
const OSTEOPOROSIS: Cited = cited(
    "002: osteoporosis or osteopenia (thin or weak bones)",
    "IMS clinic advice on thin or weak bones.",
);
const SURGERY: Cited = cited(
    "002: 3 months around the surgical area, 6 weeks for adjacent areas",
    "IMS clinic guidance: wait 3 months where you had surgery, and 6 weeks next to it.",
);
const ISCP_RELATIVE: Cited = cited(
    "ISCP 2012 dry needling guideline, relative contraindication",
    "Dry needling guideline (ISCP 2012): a reason to check with the clinic first.",
);
const LYMPHOEDEMA: Cited = cited(
    "ISCP 2012, absolute: area or limb with lymphoedema",
    "Dry needling guide (ISCP 2012): no needle goes in an arm, leg or place with lymphoedema.",
);
const SKIN_INFECTION: Cited = cited(
    "ISCP 2012 / dry needling safety guidance: local infection",
    "Dry needling guide (ISCP 2012): no needles where the skin is infected.",
);
const SAFETY: Cited = cited("Dry needling safety guidance", "Safety guidance for dry needling.");
const IMPLANT: Cited = cited(
    "Dry needling safety guidance: electrical stimulation near implanted devices",
    "Safety guidance for dry needling near a device in the body.",
);
const NICKEL: Cited = cited(
    "Dry needling safety guidance (nickel allergy)",
    "Safety guidance for dry needling (metal allergy).",
);

// ---------------------------------------------------------------- answers

const YES: AnswerRow = answer("yes", "Yes");
const NO: AnswerRow = answer("no", "No");

/// `not-sure` gives `talk-first` unless a row says more (facts, step 3).
const NOT_SURE: AnswerRow = answer("not-sure", "I'm not sure")
    .level(Level::TalkFirst)
    .note("Not sure is fine. Call the clinic and we can talk it through.");

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
        "Do you have any of these right now?",
        RED_FLAGS,
        &[
            red_flag(
                "chest-pain",
                Level::Emergency,
                "Chest pain, pressure, squeezing or tightness right now that is new or that you can't explain. Tick it even with no other signs. Other signs can be pain spreading to your arm, neck, jaw or back, shortness of breath, sweating, feeling sick or light-headed",
                CARDIAC,
            ),
            red_flag(
                "stiff-neck-fever",
                Level::Emergency,
                "A stiff neck with a fever, or a fever with a rash that does not fade when you press on it",
                MENINGITIS,
            ),
            red_flag(
                "stroke-signs",
                Level::Emergency,
                "Sudden weakness or numbness in your face, arm or leg, trouble speaking, or one side of your face drooping",
                STROKE,
            ),
            red_flag(
                "thunderclap-headache",
                Level::Emergency,
                "A sudden, very bad headache, the worst you have ever had",
                HEADACHE,
            ),
            red_flag(
                "bladder-bowel",
                Level::Emergency,
                "New trouble peeing: you can't start, or can't stop. New loss of control of your pee or poop, or numbness between your legs or around your bottom",
                CAUDA_EQUINA,
            ),
            red_flag(
                "major-trauma",
                Level::Urgent,
                "The pain started with a serious injury in the last few days. For example, a fall from about a metre (or five stairs) or higher. Or a car crash at speed, or one that rolled over. Or a bicycle or motorbike crash. Or a heavy blow to the head or back",
                TRAUMA,
            ),
            red_flag(
                "fever-spine",
                Level::Urgent,
                "Fever or chills with back or neck pain",
                SPINAL_INFECTION,
            ),
            red_flag(
                "progressive-weakness",
                Level::Urgent,
                "Weakness in your arms or legs that keeps getting worse, or new trouble walking",
                WEAKNESS,
            ),
            answer("none", "None of these").exclusive(),
        ],
    )
    .many()
    .help("Some of these need emergency help right away. If you tick one, we will tell you where to go now."),
    question(
        "duration",
        Category::Informational,
        "How long have you had this pain?",
        INTAKE,
        &[
            answer("under-6-weeks", "Less than 6 weeks"),
            answer("6-weeks-to-3-months", "6 weeks to 3 months"),
            answer("over-3-months", "More than 3 months"),
        ],
    ),
    fit(
        "fit-keeps-coming-back",
        "Does the pain keep coming back, or get better for only a short time after massage?",
        FIT_001,
        &[
            YES.note("Your pain keeps coming back, or massage helps for only a short time."),
            NO,
        ],
    ),
    fit(
        "fit-tight-muscles",
        "Do the muscles where it hurts feel tight or knotted?",
        FIT_000_002,
        &[
            YES.note("The muscles where it hurts feel tight or knotted."),
            NO,
        ],
    ),
    fit(
        "fit-scans-unclear",
        "Did scans or tests find no clear cause for the pain?",
        FIT_000_001,
        &[
            YES.note("Scans or tests found no clear cause for the pain."),
            NO,
        ],
    ),
    fit(
        "fit-painkillers-short",
        "Do pain pills help for only a short time?",
        FIT_000_001,
        &[
            YES.note("Pain pills help for only a short time."),
            NO,
        ],
    ),
    question(
        "conditions",
        Category::Informational,
        "Does any of these sound like you?",
        CONDITIONS_002,
        &[
            condition("low-back-pain", &["low-back"], "Low back pain (below the ribs, above the buttocks)"),
            condition("disc", &["low-back", "neck"], "Slipped or bulging disc (a cushion between the bones of the spine pushes out)"),
            condition("sciatica", &["low-back", "buttock", "thigh", "calf"], "Sciatica (pain that runs down the leg)"),
            condition("neck-pain", &["neck"], "Neck pain (pain or stiffness in the neck)"),
            condition("whiplash", &["neck"], "Whiplash (a neck injury from a sudden jolt, as in a car crash)"),
            condition("headaches", &["head"], "Headaches or migraines (strong headaches that come back)"),
            condition("tmj", &["jaw"], "Jaw pain (TMJ: the jaw joint in front of the ear)"),
            condition("rotator-cuff", &["shoulder"], "Rotator cuff problem (the muscles that hold the shoulder in place)"),
            condition("frozen-shoulder", &["shoulder"], "Frozen shoulder (a stiff, painful shoulder that is hard to move)"),
            condition("after-dislocation", &["shoulder"], "After a dislocated shoulder (the joint came out of place)"),
            condition("impingement", &["shoulder"], "Shoulder impingement (pinching when you lift your arm)").source(CONDITIONS_000),
            condition("tennis-elbow", &["elbow"], "Tennis elbow (pain on the outer side of the elbow)"),
            condition("golfers-elbow", &["elbow"], "Golfer's elbow (pain on the inner side of the elbow)"),
            condition("carpal-tunnel", &["wrist-hand"], "Carpal tunnel syndrome (numb or tingling fingers from a pinched nerve in the wrist)"),
            condition("repetitive-strain", &["wrist-hand", "forearm"], "Repetitive strain (pain from doing one task over and over)"),
            condition("trochanteric-bursitis", &["hip"], "Hip bursitis (pain on the outer side of the hip)"),
            condition("it-band", &["thigh"], "IT band syndrome (pain on the outer side of the thigh or knee)"),
            condition("knee-pain", &["knee"], "Kneecap pain (around or behind the kneecap)"),
            condition("shin-splints", &["shin"], "Shin splints (pain along the front of the shin)"),
            condition("achilles", &["calf", "ankle"], "Achilles tendon pain (the cord at the back of the heel)"),
            condition("after-sprain", &["ankle"], "After a sprained ankle (a twisted ankle)"),
            condition("plantar-fasciitis", &["foot"], "Plantar fasciitis (pain under the heel)"),
            condition("fibromyalgia", &["widespread"], "Fibromyalgia (long-lasting pain in many places)"),
            condition("osteoarthritis", &[], "Osteoarthritis (wear in a joint)"),
            condition("tendonitis", &[], "Tendonitis (a sore tendon, the cord that joins muscle to bone)"),
            condition("posture", &[], "Pain from posture (from how you sit or stand)"),
            condition("after-surgery-or-fracture", &[], "Healing after an operation or a broken bone"),
        ],
    )
    .many(),
    question(
        "back-cancer-flags",
        Category::RegionFollowUp,
        "Is any of these true for you?",
        BACK_FLAGS,
        &[
            YES.level(Level::SeeDoctor).note("Please see your doctor first, to rule out other causes of back pain."),
            NO,
            NOT_SURE,
        ],
    )
    .points(&[
        "You have had cancer, now or in the past",
        "You lost weight without trying",
        "Your back pain is worst at night, when you rest",
    ])
    .asked_when(&["low-back", "mid-back", "upper-back"]),
    question(
        "chest-cause",
        Category::RegionFollowUp,
        "Is any of these true about your chest pain?",
        CHEST_CAUSE,
        &[
            YES.level(Level::SeeDoctor).note("Get your chest pain checked by a doctor soon, before any needling. If chest pain comes on at rest, gets worse, or lasts more than a few minutes, call the emergency number now."),
            NO,
            NOT_SURE,
        ],
    )
    .points(&[
        "It comes when you are active",
        "It comes with shortness of breath",
        "No one has found its cause",
    ])
    .asked_when(&["chest"]),
    question(
        "active-cancer",
        Category::Core,
        "Do you have cancer now, treated or not?",
        CANCER,
        &[
            answer("yes", "Yes, I have cancer now").level(Level::NotSuitable).note("IMS is not done while you have cancer. Other physiotherapy may still help."),
            answer("survivor", "I had cancer in the past and have none now")
                .level(Level::Suitable)
                .note("Most people who had cancer in the past can have IMS. Tell the physiotherapist about it at your visit."),
            NO,
            NOT_SURE,
        ],
    )
    .help("Answer yes if you have cancer now, even if it is not treated or only watched."),
    question(
        "needle-fear",
        Category::Core,
        "How do you feel about needles?",
        NEEDLE_FEAR,
        &[
            answer("severe", "I am very afraid of needles").level(Level::NotSuitable),
            answer("nervous", "A little nervous")
                .level(Level::Suitable)
                .note("The needle is very thin, thinner than the ones used for shots or blood tests. Many people do not feel it go in."),
            answer("no", "Needles don't bother me"),
        ],
    ),
    question(
        "understanding",
        Category::Core,
        "Can the person who would be treated understand what IMS is and agree to it?",
        UNDERSTANDING,
        &[YES, NO.level(Level::NotSuitable), NOT_SURE],
    )
    .help("There is no age limit. But a very young child, or a person with dementia, may not be able to."),
    question(
        "pregnant",
        Category::Core,
        "Are you pregnant?",
        PREGNANCY,
        &[
            YES.level(Level::NotSuitable).note("IMS is not done during pregnancy. You can check again after your baby is born."),
            NO,
            NOT_SURE,
        ],
    ),
    question(
        "autoimmune",
        Category::Core,
        "Do you have an autoimmune disease, like lupus or rheumatoid arthritis? In these, the body attacks itself.",
        AUTOIMMUNE,
        &[
            answer("uncontrolled", "Yes, and it is not under control").level(Level::NotSuitable),
            answer("controlled", "Yes, and it is under control").level(Level::Suitable),
            NO,
            NOT_SURE,
        ],
    ),
    question(
        "osteoporosis",
        Category::Core,
        "Do you have thin or weak bones? This is called osteoporosis or osteopenia.",
        OSTEOPOROSIS,
        &[
            answer("severe", "Yes, and it is severe or not well controlled")
                .level(Level::TalkFirst)
                .note("The physiotherapist may change how they treat you, so please call first."),
            answer("mild-moderate", "Yes, and it is mild or moderate").level(Level::Suitable),
            NO,
            NOT_SURE,
        ],
    ),
    question(
        "surgery",
        Category::Core,
        "Have you had an operation in the last 3 months?",
        SURGERY,
        &[
            YES.level(Level::Wait).surgery_windows(3, 42).note("Needling waits 3 months where you had the operation, and 6 weeks for the areas next to it."),
            NO,
            NOT_SURE,
        ],
    ),
    talk_first_row(
        "bleeding",
        "Do you have a bleeding problem, or take a medicine that thins the blood, like one of these?",
        ISCP_RELATIVE,
    )
    .points(&[
        "Warfarin",
        "Apixaban (Eliquis)",
        "Rivaroxaban (Xarelto)",
        "Dabigatran",
        "Clopidogrel",
    ]),
    question(
        "lymphoedema",
        Category::Guideline,
        "Do you have lymphoedema in an arm, a leg or another part of your body? It is swelling that stays, often after cancer care.",
        LYMPHOEDEMA,
        &[
            YES.level(Level::NotSuitable).asks_for_regions(FollowUp::LymphoedemaRegions).note("Needling is not done in an arm, leg or place with lymphoedema."),
            NO,
            NOT_SURE,
        ],
    ),
    question(
        "skin-infection",
        Category::Guideline,
        "Do you have a skin infection in a part of your body?",
        SKIN_INFECTION,
        &[
            YES.level(Level::NotSuitable).asks_for_regions(FollowUp::SkinInfectionRegions).note("Needling is not done where the skin is infected."),
            NO,
            NOT_SURE,
        ],
    ),
    question(
        "unwell-now",
        Category::Guideline,
        "Do you have a fever, or do you feel sick right now?",
        SAFETY,
        &[
            // "`fever` → `urgent` when neck, upper-back, mid-back or low-back
            // is selected, otherwise talk-first"
            answer("fever", "Yes, I have a fever or chills")
                .level(Level::TalkFirst)
                .when_regions(&FEVER_WITH_SPINE_PAIN),
            answer(
                "unwell",
                "I feel sick, like a cold or the flu, but have no fever",
            )
            .level(Level::TalkFirst),
            NO,
            NOT_SURE,
        ],
    ),
    talk_first_row(
        "immune",
        "Is your immune system weak? For example, from chemo, drugs after a transplant, or high doses of steroids. Or from drugs that calm the immune system, like methotrexate or biologics for arthritis.",
        ISCP_RELATIVE,
    ),
    question(
        "implant",
        Category::Guideline,
        "Do you have an electrical device inside your body? It could be a pacemaker or a heart defibrillator. Or it could be a spinal cord stimulator, or some other kind.",
        IMPLANT,
        &[
            YES.level(Level::TalkFirst).note("The clinic will not use an electric current through the needle without checking first."),
            NO,
            NOT_SURE,
        ],
    ),
    question(
        "diabetes",
        Category::Guideline,
        "Do you have diabetes?",
        ISCP_RELATIVE,
        &[
            answer(
                "yes-poor-healing",
                "Yes, and cuts heal slowly or my feet feel numb",
            )
            .level(Level::TalkFirst),
            answer("yes", "Yes, without those problems"),
            NO,
            NOT_SURE,
        ],
    ),
    talk_first_row(
        "epilepsy",
        "Do you have epilepsy or seizures?",
        ISCP_RELATIVE,
    ),
    talk_first_row(
        "metal-allergy",
        "Are you allergic to metal, such as nickel?",
        NICKEL,
    ),
    talk_first_row(
        "fainting",
        "Have you ever fainted or had a bad reaction to needles?",
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
        "Your answers stay on this device. Nothing is sent or saved. Close or reload the page and they are gone.",
    ),
    text(
        "expect-assessment",
        "Your first visit is a full check-up. The physiotherapist decides with you if IMS is right for you.",
    ),
    text(
        "expect-needle",
        "The needle is very thin, thinner than the ones for shots or blood tests. You often do not feel it go in.",
    ),
    text(
        "expect-how-it-feels",
        "In IMS, one needle goes in at a time. It usually stays in for a few seconds, sometimes a few minutes. The muscle may twitch or cramp, then relax. Acupuncture is different: it leaves several needles in for 15 to 20 minutes.",
    ),
    text(
        "expect-soreness",
        "Feeling sore for a few hours, or a day or two, is normal.",
    ),
    text(
        "expect-sessions",
        "Visits are usually once a week, or up to every two weeks. New pain may need only one visit. In studies of low back pain, people had 8 treatments on average.",
    ),
    text(
        "expect-electrical",
        "Some clinics can add a gentle electric current through the needle.",
    ),
    text(
        "expect-age",
        "There is no age limit, as long as the person can understand the treatment. For a child, a parent or guardian takes part.",
    ),
    TextRow {
        key: "expect-after-treatment",
        text: "After a treatment: rarely, a needle near the chest can make a lung collapse. Are you short of breath or do you have chest pain after a treatment? Call the emergency number at once.",
        shown_for: NEAR_THE_CHEST,
    },
    // Said after a rule's source when a clinic made its level stricter.
    text(
        "clinic-stricter",
        "This clinic made the rule stricter.",
    ),
    text(
        "level-emergency",
        "Call the emergency number now. Do not drive yourself.",
    ),
    text(
        "level-urgent",
        "Go today to an emergency department or an urgent and primary care centre (UPCC). Do not wait for a regular appointment. If it gets worse, call the emergency number.",
    ),
    text(
        "level-see-doctor",
        "See your family doctor or nurse practitioner soon, within a few days, before you book any needling. No family doctor? Call the nurse line or go to an urgent and primary care centre (UPCC).",
    ),
    text(
        "level-not-suitable",
        "IMS or dry needling is not right for you now, or not for some areas. Other physiotherapy may still help.",
    ),
    text(
        "level-wait",
        "Not yet. IMS may be possible from the date shown.",
    ),
    text(
        "level-talk-first",
        "Please call the clinic before you book.",
    ),
    text(
        "level-suitable",
        "IMS may suit you. Book an assessment.",
    ),
    text("fit-heading", "Signs that fit IMS"),
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
