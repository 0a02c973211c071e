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
//! lower), in English and French. Sources: the seed pages are cited by number
//! (000 to 004); the others by guideline name.
//!
//! Ids chosen here beyond the facts' contract:
//! - fit questions (yes/no each): `fit-keeps-coming-back`, `fit-tight-muscles`,
//!   `fit-scans-unclear`, `fit-painkillers-short`;
//! - conditions: one optional checklist `conditions`, each answer offered only
//!   for its regions.

use super::model::{AnswerModel, ProtocolModel, QuestionModel, TextEntryModel, TextModel};
use super::validate::regions_named;
use super::{
    Answer, AskedWhen, Category, Effect, FollowUp, Level, Protocol, Question, RegionSet, Scope,
    Select, Text, ValidationError,
};

/// The default protocol. Always `Ok`: a test checks that the validator
/// accepts [`default_model`] and makes exactly this of it.
pub fn default_protocol() -> Result<Protocol, Vec<ValidationError>> {
    Ok(Protocol {
        name: NAME.to_string(),
        version: VERSION.to_string(),
        questions: QUESTIONS.iter().map(QuestionRow::question).collect(),
        texts: TEXTS.iter().map(|(key, text)| (key.to_string(), text.text())).collect(),
    })
}

/// The default protocol as model values (also what `protocol` dumps as JSON).
pub fn default_model() -> ProtocolModel {
    ProtocolModel {
        name: NAME.to_string(),
        version: VERSION.to_string(),
        questions: QUESTIONS.iter().map(QuestionRow::model).collect(),
        texts: TEXTS
            .iter()
            .map(|(key, text)| TextEntryModel { key: key.to_string(), text: text.model() })
            .collect(),
    }
}

const NAME: &str = "default";
const VERSION: &str = "1";

/// A text in both languages, as written in the tables.
#[derive(Clone, Copy)]
struct Bilingual {
    en: &'static str,
    fr: &'static str,
}

const fn t(en: &'static str, fr: &'static str) -> Bilingual {
    Bilingual { en, fr }
}

impl Bilingual {
    fn text(&self) -> Text {
        Text { en: self.en.to_string(), fr: self.fr.to_string() }
    }

    fn model(&self) -> TextModel {
        TextModel::new(self.en, self.fr)
    }
}

/// One question; the `const fn`s below fill in what most rows leave out.
struct QuestionRow {
    id: &'static str,
    category: Category,
    select: Select,
    /// Region names (ids, pair stems, `widespread`); empty: always asked.
    asked_when: &'static [&'static str],
    prompt: Bilingual,
    help: Option<Bilingual>,
    source: &'static str,
    answers: &'static [AnswerRow],
}

/// One answer; `source` is the reason's when it differs from the question's.
#[derive(Clone, Copy)]
struct AnswerRow {
    id: &'static str,
    label: Bilingual,
    note: Option<Bilingual>,
    level: Option<Level>,
    /// `None`: the whole visit (the model's default).
    scope: Option<Scope>,
    source: Option<&'static str>,
    asks: Option<FollowUp>,
    exclusive: bool,
    /// Region names; empty: offered for every region.
    shown_for: &'static [&'static str],
}

const fn question(
    id: &'static str,
    category: Category,
    prompt: Bilingual,
    source: &'static str,
    answers: &'static [AnswerRow],
) -> QuestionRow {
    QuestionRow { id, category, select: Select::One, asked_when: &[], prompt, help: None, source, answers }
}

impl QuestionRow {
    const fn many(mut self) -> QuestionRow {
        self.select = Select::Many;
        self
    }

    const fn help(mut self, help: Bilingual) -> QuestionRow {
        self.help = Some(help);
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
            prompt: self.prompt.text(),
            help: self.help.as_ref().map(Bilingual::text),
            source: self.source.to_string(),
            answers: self.answers.iter().map(|answer| answer.answer(self.source)).collect(),
        }
    }

    fn model(&self) -> QuestionModel {
        QuestionModel {
            id: self.id.to_string(),
            category: self.category.id().to_string(),
            select: (self.select == Select::Many).then(|| "many".to_string()),
            asked_when_regions: names(self.asked_when),
            prompt: self.prompt.model(),
            help: self.help.as_ref().map(Bilingual::model),
            source: self.source.to_string(),
            answers: self.answers.iter().map(AnswerRow::model).collect(),
        }
    }
}

const fn answer(id: &'static str, label: Bilingual) -> AnswerRow {
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
    }
}

impl AnswerRow {
    const fn level(mut self, level: Level) -> AnswerRow {
        self.level = Some(level);
        self
    }

    const fn note(mut self, note: Bilingual) -> AnswerRow {
        self.note = Some(note);
        self
    }

    const fn source(mut self, source: &'static str) -> AnswerRow {
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
        self.scope = Some(Scope::SurgeryWindows { site_months, adjacent_days });
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

    fn answer(&self, question_source: &str) -> Answer {
        Answer {
            id: self.id.to_string(),
            label: self.label.text(),
            note: self.note.as_ref().map(Bilingual::text),
            effect: self.level.map(|level| Effect {
                level,
                scope: self.scope.unwrap_or(Scope::Visit),
                source: self.source.unwrap_or(question_source).to_string(),
            }),
            asks: self.asks,
            exclusive: self.exclusive,
            shown_for: region_set(self.shown_for),
        }
    }

    fn model(&self) -> AnswerModel {
        let (site_months, adjacent_days) = match self.scope {
            Some(Scope::SurgeryWindows { site_months, adjacent_days }) => (Some(site_months), Some(adjacent_days)),
            _ => (None, None),
        };
        AnswerModel {
            id: self.id.to_string(),
            label: self.label.model(),
            note: self.note.as_ref().map(Bilingual::model),
            level: self.level.map(|level| level.id().to_string()),
            scope: self.scope.map(|scope| scope.id().to_string()),
            site_months,
            adjacent_days,
            source: self.source.map(str::to_string),
            asks: self.asks.map(|follow_up| follow_up.id().to_string()),
            exclusive: self.exclusive,
            shown_for: names(self.shown_for),
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
        let Some((regions, widespread)) = regions_named(name) else { continue };
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

const ISCP_RELATIVE: &str = "ISCP 2012 dry needling guideline: relative contraindication";
const SAFETY: &str = "Dry needling safety guidance";

const YES: AnswerRow = answer("yes", t("Yes", "Oui"));
const NO: AnswerRow = answer("no", t("No", "Non"));

/// `not-sure` gives `talk-first` unless a row says more (facts, step 3).
const NOT_SURE: AnswerRow = answer("not-sure", t("I'm not sure", "Je ne suis pas certain(e)"))
    .level(Level::TalkFirst)
    .note(t(
        "Not sure is fine. Call the clinic and we can talk it through.",
        "Ce n'est pas grave de ne pas savoir. Appelez la clinique pour en parler.",
    ));

const YES_MEANS_TALK_FIRST: &[AnswerRow] = &[YES.level(Level::TalkFirst), NO, NOT_SURE];

/// A guideline row answered yes / no / not sure, where yes means talk first.
const fn talk_first_row(id: &'static str, prompt: Bilingual, source: &'static str) -> QuestionRow {
    question(id, Category::Guideline, prompt, source, YES_MEANS_TALK_FIRST)
}

/// "Signs that fit IMS": yes/no, never change the level.
const fn fit(id: &'static str, prompt: Bilingual, source: &'static str) -> QuestionRow {
    question(id, Category::Fit, prompt, source, &[YES, NO])
}

/// A step-1 item: the whole visit, at `urgent` or `emergency`.
const fn red_flag(id: &'static str, level: Level, label: Bilingual, source: &'static str) -> AnswerRow {
    answer(id, label).level(level).source(source)
}

/// The optional "does this sound like you?" choice, offered only for
/// `regions` (ids, pair stems or `widespread`; none: every region). They
/// never change the outcome.
const fn condition(id: &'static str, regions: &'static [&'static str], en: &'static str, fr: &'static str) -> AnswerRow {
    answer(id, t(en, fr)).shown_for(regions)
}

/// Every question, in the order asked: the emergency screen, duration, the
/// signs that fit IMS, conditions, region follow-ups, the rules from source
/// 002 (on in every protocol), then the guideline rows (a clinic may turn
/// them off).
const QUESTIONS: &[QuestionRow] = &[
    // Step 1: a specific checklist with an explicit "none of these".
    question(
        "red-flags-general",
        Category::EmergencyScreen,
        t("Do you have any of these right now?", "Avez-vous l'un de ces problèmes en ce moment?"),
        "Medical red flags",
        &[
            red_flag(
                "chest-pain",
                Level::Emergency,
                t(
                    "Chest pain or pressure, or pain moving to your arm or jaw, with trouble breathing or sweating",
                    "Douleur ou serrement dans la poitrine, ou douleur vers le bras ou la mâchoire, avec essoufflement ou sueurs",
                ),
                "Standard heart attack warning signs",
            ),
            red_flag(
                "stroke-signs",
                Level::Emergency,
                t(
                    "Sudden weakness or numbness in your face, arm or leg, trouble speaking, or one side of your face drooping",
                    "Faiblesse ou engourdissement soudain du visage, d'un bras ou d'une jambe, difficulté à parler, ou un côté du visage qui tombe",
                ),
                "Stroke warning signs (FAST)",
            ),
            red_flag(
                "thunderclap-headache",
                Level::Emergency,
                t(
                    "A sudden, very bad headache, the worst you have ever had",
                    "Un mal de tête soudain et très fort, le pire de votre vie",
                ),
                "Red flags for headache",
            ),
            red_flag(
                "bladder-bowel",
                Level::Emergency,
                t(
                    "New trouble holding your pee or poop, or numbness between your legs or around your bottom",
                    "Nouvelle difficulté à retenir l'urine ou les selles, ou engourdissement entre les jambes ou autour des fesses",
                ),
                "Cauda equina red flags (NICE CKS low back pain; BMJ Best Practice)",
            ),
            red_flag(
                "major-trauma",
                Level::Urgent,
                t(
                    "The pain started after a bad fall, a crash or a hard hit in the last few days",
                    "La douleur a commencé après une mauvaise chute, un accident ou un coup violent ces derniers jours",
                ),
                "Canadian C-spine rule; low back fracture red flags",
            ),
            red_flag(
                "fever-spine",
                Level::Urgent,
                t(
                    "Fever or chills with back or neck pain, or a stiff neck with a fever",
                    "Fièvre ou frissons avec une douleur au dos ou au cou, ou un cou raide avec de la fièvre",
                ),
                "Red flags for infection or meningitis",
            ),
            red_flag(
                "progressive-weakness",
                Level::Urgent,
                t(
                    "Weakness in your arms or legs that keeps getting worse, or new trouble walking",
                    "Faiblesse des bras ou des jambes qui empire, ou nouvelle difficulté à marcher",
                ),
                "Worsening nerve weakness (NICE CKS; myelopathy red flags)",
            ),
            answer("none", t("None of these", "Aucun de ces problèmes")).exclusive(),
        ],
    )
    .many()
    .help(t(
        "These can be signs of a problem that needs a doctor first. If you tick one, we will tell you where to get help.",
        "Ces signes peuvent montrer un problème qui demande d'abord un médecin. Si vous en cochez un, nous vous dirons où obtenir de l'aide.",
    )),
    question(
        "duration",
        Category::Informational,
        t("How long have you had this pain?", "Depuis combien de temps avez-vous cette douleur?"),
        "Intake question for the physiotherapist; does not change the result",
        &[
            answer("under-6-weeks", t("Less than 6 weeks", "Moins de 6 semaines")),
            answer("6-weeks-to-3-months", t("6 weeks to 3 months", "De 6 semaines à 3 mois")),
            answer("over-3-months", t("More than 3 months", "Plus de 3 mois")),
        ],
    ),
    fit(
        "fit-keeps-coming-back",
        t(
            "Does the pain keep coming back, or get better for only a short time after massage?",
            "La douleur revient-elle sans cesse, ou se calme-t-elle peu de temps seulement après un massage?",
        ),
        "001",
    ),
    fit(
        "fit-tight-muscles",
        t(
            "Do the muscles where it hurts feel tight or knotted?",
            "Les muscles à l'endroit de la douleur sont-ils tendus ou noués?",
        ),
        "000, 002",
    ),
    fit(
        "fit-scans-unclear",
        t(
            "Did scans or tests find no clear cause for the pain?",
            "Les examens ou les imageries n'ont-ils trouvé aucune cause claire à la douleur?",
        ),
        "000, 001",
    ),
    fit(
        "fit-painkillers-short",
        t(
            "Do pain pills help for only a short time?",
            "Les médicaments contre la douleur aident-ils seulement peu de temps?",
        ),
        "000, 001",
    ),
    question(
        "conditions",
        Category::Informational,
        t(
            "Does any of these sound like you?",
            "L'un de ces problèmes vous ressemble-t-il?",
        ),
        "002",
        &[
            condition("low-back-pain", &["low-back"], "Low back pain", "Douleur au bas du dos"),
            condition("disc", &["low-back", "neck"], "Slipped or bulging disc", "Hernie ou bombement discal"),
            condition("sciatica", &["low-back", "buttock", "thigh", "calf"], "Sciatica (pain down the leg)", "Sciatique (douleur qui descend dans la jambe)"),
            condition("neck-pain", &["neck"], "Neck pain", "Douleur au cou"),
            condition("whiplash", &["neck"], "Whiplash", "Coup du lapin"),
            condition("headaches", &["head"], "Headaches or migraines", "Maux de tête ou migraines"),
            condition("tmj", &["jaw"], "Jaw pain (TMJ)", "Douleur à la mâchoire (ATM)"),
            condition("rotator-cuff", &["shoulder"], "Rotator cuff problem", "Problème de la coiffe des rotateurs"),
            condition("frozen-shoulder", &["shoulder"], "Frozen shoulder", "Épaule gelée"),
            condition("after-dislocation", &["shoulder"], "After a dislocated shoulder", "Après une luxation de l'épaule"),
            condition("impingement", &["shoulder"], "Shoulder impingement (pinching)", "Accrochage de l'épaule (pincement)").source("000"),
            condition("tennis-elbow", &["elbow"], "Tennis elbow", "Épicondylite (coude du joueur de tennis)"),
            condition("golfers-elbow", &["elbow"], "Golfer's elbow", "Épitrochléite (coude du golfeur)"),
            condition("carpal-tunnel", &["wrist-hand"], "Carpal tunnel syndrome", "Syndrome du canal carpien"),
            condition("repetitive-strain", &["wrist-hand", "forearm"], "Repetitive strain", "Microtraumatismes répétés"),
            condition("trochanteric-bursitis", &["hip"], "Hip bursitis", "Bursite de la hanche"),
            condition("it-band", &["thigh"], "IT band syndrome (outer thigh or knee)", "Syndrome de la bandelette ilio-tibiale"),
            condition("knee-pain", &["knee"], "Pain around or behind the kneecap", "Douleur autour ou derrière la rotule"),
            condition("shin-splints", &["shin"], "Shin splints", "Périostite tibiale"),
            condition("achilles", &["calf", "ankle"], "Achilles tendon pain", "Douleur au tendon d'Achille"),
            condition("after-sprain", &["ankle"], "After a sprained ankle", "Après une entorse de la cheville"),
            condition("plantar-fasciitis", &["foot"], "Plantar fasciitis (heel pain)", "Fasciite plantaire (douleur au talon)"),
            condition("fibromyalgia", &["widespread"], "Fibromyalgia", "Fibromyalgie"),
            condition("osteoarthritis", &[], "Osteoarthritis", "Arthrose"),
            condition("tendonitis", &[], "Tendonitis", "Tendinite"),
            condition("posture", &[], "Pain from posture", "Douleur liée à la posture"),
            condition("after-surgery-or-fracture", &[], "Getting better after surgery or a broken bone", "Récupération après une opération ou une fracture"),
        ],
    )
    .many(),
    question(
        "back-cancer-flags",
        Category::RegionFollowUp,
        t(
            "Have you ever had cancer, lost weight without trying, or is your back pain worst at night when you rest?",
            "Avez-vous déjà eu un cancer, perdu du poids sans raison, ou votre mal de dos est-il pire la nuit au repos?",
        ),
        "NICE CKS / NHS low back pain red flags",
        &[
            YES.level(Level::SeeDoctor).note(t(
                "Please see your doctor first, to rule out other causes of back pain.",
                "Voyez d'abord votre médecin pour écarter d'autres causes du mal de dos.",
            )),
            NO,
            NOT_SURE,
        ],
    )
    .asked_when(&["low-back", "mid-back", "upper-back"]),
    question(
        "chest-cause",
        Category::RegionFollowUp,
        t(
            "Does your chest pain come with activity or shortness of breath, or has no one found its cause?",
            "Votre douleur à la poitrine vient-elle avec l'effort ou l'essoufflement, ou sa cause est-elle inconnue?",
        ),
        "Chest pain needs a medical cause ruled out",
        &[
            YES.level(Level::SeeDoctor).note(t(
                "Chest pain needs a doctor to check its cause before any needling.",
                "Une douleur à la poitrine doit être vue par un médecin avant toute aiguille.",
            )),
            NO,
            NOT_SURE,
        ],
    )
    .asked_when(&["chest"]),
    question(
        "active-cancer",
        Category::Core,
        t("Are you being treated for cancer now?", "Êtes-vous traité(e) pour un cancer en ce moment?"),
        "002: people with active cancer cannot have IMS; most cancer survivors can",
        &[
            answer("yes", t("Yes, I am having treatment now", "Oui, je suis en traitement")).level(Level::NotSuitable),
            answer("survivor", t("I had cancer treatment in the past", "J'ai été traité(e) pour un cancer dans le passé"))
                .level(Level::Suitable)
                .note(t(
                    "Most people who had cancer in the past can have IMS. Tell the physiotherapist about it at your visit.",
                    "La plupart des personnes qui ont eu un cancer peuvent recevoir l'IMS. Parlez-en au physiothérapeute lors de la visite.",
                )),
            NO,
            NOT_SURE,
        ],
    ),
    question(
        "needle-fear",
        Category::Core,
        t("How do you feel about needles?", "Comment vous sentez-vous face aux aiguilles?"),
        "002: severe fear of needles; 001: the needle is thinner than injection needles and often not felt",
        &[
            answer("severe", t("I am very afraid of needles", "J'ai très peur des aiguilles")).level(Level::NotSuitable),
            answer("nervous", t("A little nervous", "Un peu nerveux ou nerveuse"))
                .level(Level::Suitable)
                .note(t(
                    "The needle is very thin, thinner than the ones used for shots or blood tests. Many people do not feel it go in.",
                    "L'aiguille est très fine, plus fine que celles des vaccins ou des prises de sang. Souvent, on ne la sent pas entrer.",
                )),
            answer("no", t("Needles don't bother me", "Les aiguilles ne me dérangent pas")),
        ],
    ),
    question(
        "understanding",
        Category::Core,
        t(
            "Can the person who would be treated understand what IMS is and agree to it?",
            "La personne qui serait traitée peut-elle comprendre ce qu'est l'IMS et l'accepter?",
        ),
        "002: the person must be able to understand the treatment; no age limit otherwise",
        &[YES, NO.level(Level::NotSuitable), NOT_SURE],
    )
    .help(t(
        "There is no age limit. But a very young child, or a person with dementia, may not be able to.",
        "Il n'y a pas de limite d'âge. Mais un très jeune enfant ou une personne atteinte de démence pourrait ne pas le pouvoir.",
    )),
    question(
        "pregnant",
        Category::Core,
        t("Are you pregnant?", "Êtes-vous enceinte?"),
        "002: IMS is not done during pregnancy",
        &[
            YES.level(Level::NotSuitable).note(t(
                "IMS is not done during pregnancy. You can check again after your baby is born.",
                "L'IMS n'est pas faite pendant la grossesse. Vous pourrez refaire ce test après la naissance.",
            )),
            NO,
            NOT_SURE,
        ],
    ),
    question(
        "autoimmune",
        Category::Core,
        t(
            "Do you have an autoimmune disease, like lupus or rheumatoid arthritis? In these, the body attacks itself.",
            "Avez-vous une maladie auto-immune, comme le lupus ou la polyarthrite rhumatoïde? Dans ces maladies, le corps s'attaque lui-même.",
        ),
        "002: uncontrolled autoimmune disease",
        &[
            answer("uncontrolled", t("Yes, and it is not under control", "Oui, et elle n'est pas maîtrisée")).level(Level::NotSuitable),
            answer("controlled", t("Yes, and it is under control", "Oui, et elle est maîtrisée")).level(Level::Suitable),
            NO,
            NOT_SURE,
        ],
    ),
    question(
        "osteoporosis",
        Category::Core,
        t(
            "Do you have osteoporosis (thin, weak bones)?",
            "Avez-vous de l'ostéoporose (des os minces et fragiles)?",
        ),
        "002: osteoporosis",
        &[
            answer("severe", t("Yes, it is severe or not well controlled", "Oui, elle est grave ou mal maîtrisée"))
                .level(Level::TalkFirst)
                .note(t(
                    "The physiotherapist may change how they treat you, so please call first.",
                    "Le physiothérapeute pourrait adapter le traitement. Appelez d'abord.",
                )),
            answer("mild-moderate", t("Yes, it is mild or moderate", "Oui, elle est légère ou modérée")).level(Level::Suitable),
            NO,
            NOT_SURE,
        ],
    ),
    question(
        "surgery",
        Category::Core,
        t("Have you had an operation in the last 3 months?", "Avez-vous été opéré(e) au cours des 3 derniers mois?"),
        "002: wait 3 months at the surgery site and 6 weeks next to it",
        &[
            YES.level(Level::Wait).surgery_windows(3, 42).note(t(
                "Needling waits 3 months where you had the operation, and 6 weeks for the areas next to it.",
                "Il faut attendre 3 mois à l'endroit de l'opération, et 6 semaines pour les zones voisines.",
            )),
            NO,
            NOT_SURE,
        ],
    ),
    talk_first_row(
        "bleeding",
        t(
            "Do you have a bleeding problem, or take blood thinners?",
            "Avez-vous un trouble de saignement, ou prenez-vous des anticoagulants?",
        ),
        ISCP_RELATIVE,
    ),
    question(
        "lymphoedema",
        Category::Guideline,
        t(
            "Do you have lymphoedema in any part of your body? It is swelling that stays, often after cancer care.",
            "Avez-vous un lymphœdème dans une partie du corps? C'est une enflure qui reste, souvent après un cancer.",
        ),
        "ISCP 2012 dry needling guideline: absolute contraindication for the area or limb with lymphoedema",
        &[
            YES.level(Level::NotSuitable).asks_for_regions(FollowUp::LymphoedemaRegions).note(t(
                "Needling is not done where there is lymphoedema.",
                "Les aiguilles ne sont pas utilisées là où il y a un lymphœdème.",
            )),
            NO,
            NOT_SURE,
        ],
    ),
    question(
        "skin-infection",
        Category::Guideline,
        t(
            "Do you have a skin infection in a part of your body?",
            "Avez-vous une infection de la peau dans une partie du corps?",
        ),
        "ISCP 2012 dry needling guideline / Dry needling safety guidance: local infection",
        &[
            YES.level(Level::NotSuitable).asks_for_regions(FollowUp::SkinInfectionRegions).note(t(
                "Needling is not done where the skin is infected.",
                "Les aiguilles ne sont pas utilisées là où la peau est infectée.",
            )),
            NO,
            NOT_SURE,
        ],
    ),
    talk_first_row(
        "unwell-now",
        t("Do you have a fever, or feel sick right now?", "Avez-vous de la fièvre, ou vous sentez-vous malade en ce moment?"),
        SAFETY,
    ),
    talk_first_row(
        "immune",
        t(
            "Is your immune system weak? For example, from chemo, drugs after a transplant, or high doses of steroids.",
            "Votre système immunitaire est-il faible? Par exemple à cause d'une chimiothérapie, de médicaments après une greffe ou de fortes doses de cortisone.",
        ),
        ISCP_RELATIVE,
    ),
    question(
        "diabetes",
        Category::Guideline,
        t("Do you have diabetes?", "Avez-vous le diabète?"),
        ISCP_RELATIVE,
        &[
            answer(
                "yes-poor-healing",
                t("Yes, and cuts heal slowly or my feet feel numb", "Oui, et mes plaies guérissent lentement ou mes pieds sont engourdis"),
            )
            .level(Level::TalkFirst),
            answer("yes", t("Yes, without those problems", "Oui, sans ces problèmes")),
            NO,
            NOT_SURE,
        ],
    ),
    talk_first_row(
        "epilepsy",
        t("Do you have epilepsy or seizures?", "Faites-vous de l'épilepsie ou des crises convulsives?"),
        ISCP_RELATIVE,
    ),
    talk_first_row(
        "metal-allergy",
        t("Are you allergic to metal, such as nickel?", "Êtes-vous allergique aux métaux, comme le nickel?"),
        "Dry needling safety guidance (nickel allergy)",
    ),
    talk_first_row(
        "fainting",
        t(
            "Have you ever fainted or had a bad reaction to needles?",
            "Vous êtes-vous déjà évanoui(e) ou avez-vous déjà mal réagi aux aiguilles?",
        ),
        SAFETY,
    ),
];

/// Result-page texts: privacy promise, what to expect, and a title per level.
const TEXTS: &[(&str, Bilingual)] = &[
    (
        "privacy",
        t(
            "Your answers stay on this device. Nothing is sent or saved. Close or reload the page and they are gone.",
            "Vos réponses restent sur cet appareil. Rien n'est envoyé ni enregistré. Fermez ou rechargez la page et elles disparaissent.",
        ),
    ),
    (
        "expect-assessment",
        t(
            "Your first visit is a full check-up. The physiotherapist decides with you if IMS is right for you.",
            "La première visite est une évaluation complète. Le physiothérapeute décide avec vous si l'IMS vous convient.",
        ),
    ),
    (
        "expect-needle",
        t(
            "The needle is very thin, thinner than the ones for shots or blood tests. You often do not feel it go in.",
            "L'aiguille est très fine, plus fine que celles des vaccins ou des prises de sang. Souvent, on ne la sent pas entrer.",
        ),
    ),
    (
        "expect-how-it-feels",
        t(
            "In IMS, one needle goes in at a time, for a few seconds. The muscle may twitch or cramp, then relax. Acupuncture is different: it leaves several needles in for 15 to 20 minutes.",
            "En IMS, on place une aiguille à la fois, pendant quelques secondes. Le muscle peut sursauter ou faire une crampe, puis se détendre. L'acupuncture est différente : plusieurs aiguilles restent en place de 15 à 20 minutes.",
        ),
    ),
    (
        "expect-soreness",
        t(
            "Feeling sore for a few hours, or a day or two, is normal.",
            "Être un peu endolori quelques heures, ou un jour ou deux, est normal.",
        ),
    ),
    (
        "expect-sessions",
        t(
            "Visits are usually once a week, or up to every two weeks. New pain may need only one visit. In studies of low back pain, people had about 8 treatments.",
            "Les visites ont lieu en général une fois par semaine, ou jusqu'à toutes les deux semaines. Une douleur récente peut demander une seule visite. Dans les études sur le mal de dos, les gens ont eu environ 8 traitements.",
        ),
    ),
    (
        "expect-electrical",
        t(
            "Some clinics can add a gentle electric current through the needle.",
            "Certaines cliniques peuvent ajouter un léger courant électrique dans l'aiguille.",
        ),
    ),
    (
        "expect-age",
        t(
            "There is no age limit, as long as the person can understand the treatment.",
            "Il n'y a pas de limite d'âge, si la personne peut comprendre le traitement.",
        ),
    ),
    ("level-emergency", t("Call your emergency number now.", "Appelez le numéro d'urgence maintenant.")),
    (
        "level-urgent",
        t(
            "See a doctor or go to urgent care today.",
            "Voyez un médecin ou allez dans une clinique sans rendez-vous aujourd'hui.",
        ),
    ),
    (
        "level-see-doctor",
        t(
            "Please see your doctor before any needling.",
            "Voyez votre médecin avant tout traitement avec des aiguilles.",
        ),
    ),
    (
        "level-not-suitable",
        t(
            "IMS or dry needling is not right for you now, or not for some areas. Other physiotherapy can still help.",
            "L'IMS ou les aiguilles sèches ne vous conviennent pas pour le moment, ou pas pour certaines zones. D'autres soins de physiothérapie peuvent aider.",
        ),
    ),
    (
        "level-wait",
        t(
            "Not yet. IMS may be possible from the date shown.",
            "Pas encore. L'IMS pourrait être possible à partir de la date indiquée.",
        ),
    ),
    (
        "level-talk-first",
        t(
            "Please call the clinic before you book.",
            "Appelez la clinique avant de prendre rendez-vous.",
        ),
    ),
    (
        "level-suitable",
        t(
            "IMS may suit you. Book an assessment.",
            "L'IMS pourrait vous convenir. Prenez rendez-vous pour une évaluation.",
        ),
    ),
    ("fit-heading", t("Signs that fit IMS", "Signes qui vont bien avec l'IMS")),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The tables obey every rule a protocol file must, and the widget's
    /// direct build from them is exactly what the validator would give.
    #[test]
    fn the_validator_makes_exactly_the_default_protocol_of_the_default_model() {
        assert_eq!(Protocol::from_model(&default_model()), default_protocol());
    }

    /// The facts' ids are a contract: every one must be in the default protocol.
    #[test]
    fn every_id_in_the_facts_is_present() {
        let protocol = default_protocol().expect("default protocol is valid");
        let expected: &[(&str, &[&str])] = &[
            ("red-flags-general", &["chest-pain", "stroke-signs", "thunderclap-headache", "bladder-bowel", "major-trauma", "fever-spine", "progressive-weakness", "none"]),
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
            ("unwell-now", &["yes", "no", "not-sure"]),
            ("immune", &["yes", "no", "not-sure"]),
            ("diabetes", &["yes-poor-healing", "yes", "no", "not-sure"]),
            ("epilepsy", &["yes", "no", "not-sure"]),
            ("metal-allergy", &["yes", "no", "not-sure"]),
            ("fainting", &["yes", "no", "not-sure"]),
        ];
        for (question_id, answer_ids) in expected {
            let question = protocol.question(question_id).unwrap_or_else(|| panic!("missing {question_id}"));
            let got: Vec<&str> = question.answers.iter().map(|a| a.id.as_str()).collect();
            assert_eq!(&got, answer_ids, "answers of {question_id}: exactly the facts' ids");
        }
    }

    #[test]
    fn core_rows_are_exactly_the_rules_from_source_002() {
        let protocol = default_protocol().expect("valid");
        let core: Vec<&str> = protocol
            .questions
            .iter()
            .filter(|q| q.category == Category::Core)
            .map(|q| q.id.as_str())
            .collect();
        assert_eq!(core, ["active-cancer", "needle-fear", "understanding", "pregnant", "autoimmune", "osteoporosis", "surgery"]);
    }

    #[test]
    fn surgery_windows_are_three_months_and_42_days() {
        let protocol = default_protocol().expect("valid");
        let effect = protocol.answer("surgery", "yes").and_then(|a| a.effect.as_ref()).expect("surgery effect");
        assert_eq!(effect.level, Level::Wait);
        assert_eq!(effect.scope, Scope::SurgeryWindows { site_months: 3, adjacent_days: 42 });
    }

    #[test]
    fn every_not_sure_answer_means_talk_first() {
        let protocol = default_protocol().expect("valid");
        for question in &protocol.questions {
            if let Some(answer) = question.answer("not-sure") {
                assert_eq!(answer.effect.as_ref().map(|e| e.level), Some(Level::TalkFirst), "{}", question.id);
            }
        }
    }

    #[test]
    fn texts_are_not_copied_between_languages() {
        let protocol = default_protocol().expect("valid");
        for question in &protocol.questions {
            assert_ne!(question.prompt.en, question.prompt.fr, "{}", question.id);
        }
        for (key, text) in &protocol.texts {
            assert_ne!(text.en, text.fr, "{key}");
        }
    }
}
