//! The default protocol: every row of the screening facts, with exactly its
//! ids, built in code as model values so the widget parses no JSON.
//!
//! Patient-facing texts are the project's own plain words (reading grade 8 or
//! lower), in English and French. Sources: the seed pages are cited by number
//! (000 to 004); the others by guideline name.
//!
//! Ids chosen here beyond the facts' contract:
//! - fit questions (yes/no each): `fit-keeps-coming-back`, `fit-tight-muscles`,
//!   `fit-scans-unclear`, `fit-painkillers-short`;
//! - conditions: one optional checklist `conditions`, each answer offered only
//!   for its regions (see [`CONDITIONS`]).

use super::model::{AnswerModel, ProtocolModel, QuestionModel, TextEntryModel, TextModel};
use super::{Protocol, ValidationError};

/// The default protocol, validated. It is checked by tests, so an error here
/// means a broken build; callers should still show a safe fallback ("call the
/// clinic") rather than a result.
pub fn default_protocol() -> Result<Protocol, Vec<ValidationError>> {
    Protocol::from_model(&default_model())
}

const ISCP: &str = "ISCP 2012 dry needling guideline";
const SAFETY: &str = "Dry needling safety guidance";

fn t(en: &str, fr: &str) -> TextModel {
    TextModel::new(en, fr)
}

fn yes() -> AnswerModel {
    AnswerModel::new("yes", t("Yes", "Oui"))
}

fn no() -> AnswerModel {
    AnswerModel::new("no", t("No", "Non"))
}

/// `not-sure` gives `talk-first` unless a row says more (facts, step 3).
fn not_sure() -> AnswerModel {
    AnswerModel::new("not-sure", t("I'm not sure", "Je ne suis pas certain(e)"))
        .level("talk-first")
        .note(t(
            "Not sure is fine. Call the clinic and we can talk it through.",
            "Ce n'est pas grave de ne pas savoir. Appelez la clinique pour en parler.",
        ))
}

fn question(id: &str, category: &str, prompt: TextModel, source: &str, answers: Vec<AnswerModel>) -> QuestionModel {
    QuestionModel {
        id: id.to_string(),
        category: category.to_string(),
        select: None,
        asked_when_regions: None,
        prompt,
        help: None,
        source: source.to_string(),
        answers,
    }
}

fn with_help(mut question: QuestionModel, help: TextModel) -> QuestionModel {
    question.help = Some(help);
    question
}

/// A guideline row answered yes / no / not sure, where yes means talk first.
fn talk_first_row(id: &str, prompt: TextModel, source: &str) -> QuestionModel {
    question(id, "guideline", prompt, source, vec![yes().level("talk-first"), no(), not_sure()])
}

/// The optional "does this sound like you?" choices: (id, regions, English, French, source).
/// They never change the outcome. Region names are ids, pair stems (both
/// sides) or `widespread`; `any` choices are offered for every region.
pub const CONDITIONS: [(&str, &[&str], &str, &str, &str); 27] = [
    ("low-back-pain", &["low-back"], "Low back pain", "Douleur au bas du dos", "002"),
    ("disc", &["low-back", "neck"], "Slipped or bulging disc", "Hernie ou bombement discal", "002"),
    ("sciatica", &["low-back", "buttock", "thigh", "calf"], "Sciatica (pain down the leg)", "Sciatique (douleur qui descend dans la jambe)", "002"),
    ("neck-pain", &["neck"], "Neck pain", "Douleur au cou", "002"),
    ("whiplash", &["neck"], "Whiplash", "Coup du lapin", "002"),
    ("headaches", &["head"], "Headaches or migraines", "Maux de tête ou migraines", "002"),
    ("tmj", &["jaw"], "Jaw pain (TMJ)", "Douleur à la mâchoire (ATM)", "002"),
    ("rotator-cuff", &["shoulder"], "Rotator cuff problem", "Problème de la coiffe des rotateurs", "002"),
    ("frozen-shoulder", &["shoulder"], "Frozen shoulder", "Épaule gelée", "002"),
    ("after-dislocation", &["shoulder"], "After a dislocated shoulder", "Après une luxation de l'épaule", "002"),
    ("impingement", &["shoulder"], "Shoulder impingement (pinching)", "Accrochage de l'épaule (pincement)", "000"),
    ("tennis-elbow", &["elbow"], "Tennis elbow", "Épicondylite (coude du joueur de tennis)", "002"),
    ("golfers-elbow", &["elbow"], "Golfer's elbow", "Épitrochléite (coude du golfeur)", "002"),
    ("carpal-tunnel", &["wrist-hand"], "Carpal tunnel syndrome", "Syndrome du canal carpien", "002"),
    ("repetitive-strain", &["wrist-hand", "forearm"], "Repetitive strain", "Microtraumatismes répétés", "002"),
    ("trochanteric-bursitis", &["hip"], "Hip bursitis", "Bursite de la hanche", "002"),
    ("it-band", &["thigh"], "IT band syndrome (outer thigh or knee)", "Syndrome de la bandelette ilio-tibiale", "002"),
    ("knee-pain", &["knee"], "Pain around or behind the kneecap", "Douleur autour ou derrière la rotule", "002"),
    ("shin-splints", &["shin"], "Shin splints", "Périostite tibiale", "002"),
    ("achilles", &["calf", "ankle"], "Achilles tendon pain", "Douleur au tendon d'Achille", "002"),
    ("after-sprain", &["ankle"], "After a sprained ankle", "Après une entorse de la cheville", "002"),
    ("plantar-fasciitis", &["foot"], "Plantar fasciitis (heel pain)", "Fasciite plantaire (douleur au talon)", "002"),
    ("fibromyalgia", &["widespread"], "Fibromyalgia", "Fibromyalgie", "002"),
    ("osteoarthritis", &[], "Osteoarthritis", "Arthrose", "002"),
    ("tendonitis", &[], "Tendonitis", "Tendinite", "002"),
    ("posture", &[], "Pain from posture", "Douleur liée à la posture", "002"),
    ("after-surgery-or-fracture", &[], "Getting better after surgery or a broken bone", "Récupération après une opération ou une fracture", "002"),
];

/// The default protocol as model values (also what `protocol` dumps as JSON).
pub fn default_model() -> ProtocolModel {
    let mut questions = vec![emergency_screen(), duration()];
    questions.extend(fit_questions());
    questions.push(conditions());
    questions.extend(region_follow_ups());
    questions.extend(core_rows());
    questions.extend(guideline_rows());
    ProtocolModel {
        name: "default".to_string(),
        version: "1".to_string(),
        questions,
        texts: texts(),
    }
}

/// Step 1: a specific checklist with an explicit "none of these".
fn emergency_screen() -> QuestionModel {
    let item = |id: &str, level: &str, label: TextModel, source: &str| {
        AnswerModel::new(id, label).level(level).source(source)
    };
    let mut screen = question(
        "red-flags-general",
        "emergency-screen",
        t("Do you have any of these right now?", "Avez-vous l'un de ces problèmes en ce moment?"),
        "Medical red flags",
        vec![
            item(
                "chest-pain",
                "emergency",
                t(
                    "Chest pain or pressure, or pain moving to your arm or jaw, with trouble breathing or sweating",
                    "Douleur ou serrement dans la poitrine, ou douleur vers le bras ou la mâchoire, avec essoufflement ou sueurs",
                ),
                "Standard heart attack warning signs",
            ),
            item(
                "stroke-signs",
                "emergency",
                t(
                    "Sudden weakness or numbness in your face, arm or leg, trouble speaking, or one side of your face drooping",
                    "Faiblesse ou engourdissement soudain du visage, d'un bras ou d'une jambe, difficulté à parler, ou un côté du visage qui tombe",
                ),
                "Stroke warning signs (FAST)",
            ),
            item(
                "thunderclap-headache",
                "emergency",
                t(
                    "A sudden, very bad headache, the worst you have ever had",
                    "Un mal de tête soudain et très fort, le pire de votre vie",
                ),
                "Red flags for headache",
            ),
            item(
                "bladder-bowel",
                "emergency",
                t(
                    "New trouble holding your pee or poop, or numbness between your legs or around your bottom",
                    "Nouvelle difficulté à retenir l'urine ou les selles, ou engourdissement entre les jambes ou autour des fesses",
                ),
                "Cauda equina red flags (NICE CKS low back pain; BMJ Best Practice)",
            ),
            item(
                "major-trauma",
                "urgent",
                t(
                    "The pain started after a bad fall, a crash or a hard hit in the last few days",
                    "La douleur a commencé après une mauvaise chute, un accident ou un coup violent ces derniers jours",
                ),
                "Canadian C-spine rule; low back fracture red flags",
            ),
            item(
                "fever-spine",
                "urgent",
                t(
                    "Fever or chills with back or neck pain, or a stiff neck with a fever",
                    "Fièvre ou frissons avec une douleur au dos ou au cou, ou un cou raide avec de la fièvre",
                ),
                "Red flags for infection or meningitis",
            ),
            item(
                "progressive-weakness",
                "urgent",
                t(
                    "Weakness in your arms or legs that keeps getting worse, or new trouble walking",
                    "Faiblesse des bras ou des jambes qui empire, ou nouvelle difficulté à marcher",
                ),
                "Worsening nerve weakness (NICE CKS; myelopathy red flags)",
            ),
            AnswerModel::new("none", t("None of these", "Aucun de ces problèmes")).exclusive(),
        ],
    );
    screen.select = Some("many".to_string());
    with_help(
        screen,
        t(
            "These can be signs of a problem that needs a doctor first. If you tick one, we will tell you where to get help.",
            "Ces signes peuvent montrer un problème qui demande d'abord un médecin. Si vous en cochez un, nous vous dirons où obtenir de l'aide.",
        ),
    )
}

fn duration() -> QuestionModel {
    question(
        "duration",
        "informational",
        t("How long have you had this pain?", "Depuis combien de temps avez-vous cette douleur?"),
        "Intake question for the physiotherapist; does not change the result",
        vec![
            AnswerModel::new("under-6-weeks", t("Less than 6 weeks", "Moins de 6 semaines")),
            AnswerModel::new("6-weeks-to-3-months", t("6 weeks to 3 months", "De 6 semaines à 3 mois")),
            AnswerModel::new("over-3-months", t("More than 3 months", "Plus de 3 mois")),
        ],
    )
}

/// "Signs that fit IMS": yes/no, never change the level.
fn fit_questions() -> Vec<QuestionModel> {
    let fit = |id: &str, prompt: TextModel, source: &str| question(id, "fit", prompt, source, vec![yes(), no()]);
    vec![
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
    ]
}

fn conditions() -> QuestionModel {
    let answers = CONDITIONS
        .iter()
        .map(|(id, regions, en, fr, source)| {
            let answer = AnswerModel::new(id, t(en, fr));
            let answer = if regions.is_empty() { answer } else { answer.shown_for(regions) };
            if *source == "002" { answer } else { answer.source(source) }
        })
        .collect();
    let mut conditions = question(
        "conditions",
        "informational",
        t(
            "Does any of these sound like you? (optional)",
            "L'un de ces problèmes vous ressemble-t-il? (facultatif)",
        ),
        "002",
        answers,
    );
    conditions.select = Some("many".to_string());
    conditions
}

fn region_follow_ups() -> Vec<QuestionModel> {
    let mut back = question(
        "back-cancer-flags",
        "region-follow-up",
        t(
            "Have you ever had cancer, lost weight without trying, or is your back pain worst at night when you rest?",
            "Avez-vous déjà eu un cancer, perdu du poids sans raison, ou votre mal de dos est-il pire la nuit au repos?",
        ),
        "NICE CKS / NHS low back pain red flags",
        vec![
            yes().level("see-doctor").note(t(
                "Please see your doctor first, to rule out other causes of back pain.",
                "Voyez d'abord votre médecin pour écarter d'autres causes du mal de dos.",
            )),
            no(),
            not_sure(),
        ],
    );
    back.asked_when_regions = Some(vec!["low-back".into(), "mid-back".into(), "upper-back".into()]);
    let mut chest = question(
        "chest-cause",
        "region-follow-up",
        t(
            "Does your chest pain come with activity or shortness of breath, or has no one found its cause?",
            "Votre douleur à la poitrine vient-elle avec l'effort ou l'essoufflement, ou sa cause est-elle inconnue?",
        ),
        "Chest pain needs a medical cause ruled out",
        vec![
            yes().level("see-doctor").note(t(
                "Chest pain needs a doctor to check its cause before any needling.",
                "Une douleur à la poitrine doit être vue par un médecin avant toute aiguille.",
            )),
            no(),
            not_sure(),
        ],
    );
    chest.asked_when_regions = Some(vec!["chest".into()]);
    vec![back, chest]
}

/// Rules from source 002: on in every protocol.
fn core_rows() -> Vec<QuestionModel> {
    vec![
        question(
            "active-cancer",
            "core",
            t("Are you being treated for cancer now?", "Êtes-vous traité(e) pour un cancer en ce moment?"),
            "002: people with active cancer cannot have IMS; most cancer survivors can",
            vec![
                AnswerModel::new("yes", t("Yes, I am having treatment now", "Oui, je suis en traitement"))
                    .level("not-suitable"),
                AnswerModel::new("survivor", t("I had cancer treatment in the past", "J'ai été traité(e) pour un cancer dans le passé"))
                    .level("suitable")
                    .note(t(
                        "Most people who had cancer in the past can have IMS. Tell the physiotherapist about it at your visit.",
                        "La plupart des personnes qui ont eu un cancer peuvent recevoir l'IMS. Parlez-en au physiothérapeute lors de la visite.",
                    )),
                no(),
                not_sure(),
            ],
        ),
        question(
            "needle-fear",
            "core",
            t("How do you feel about needles?", "Comment vous sentez-vous face aux aiguilles?"),
            "002: severe fear of needles; 001: the needle is thinner than injection needles and often not felt",
            vec![
                AnswerModel::new("severe", t("I am very afraid of needles", "J'ai très peur des aiguilles")).level("not-suitable"),
                AnswerModel::new("nervous", t("A little nervous", "Un peu nerveux ou nerveuse"))
                    .level("suitable")
                    .note(t(
                        "The needle is very thin, thinner than the ones used for shots or blood tests. Many people do not feel it go in.",
                        "L'aiguille est très fine, plus fine que celles des vaccins ou des prises de sang. Souvent, on ne la sent pas entrer.",
                    )),
                AnswerModel::new("no", t("Needles don't bother me", "Les aiguilles ne me dérangent pas")),
            ],
        ),
        with_help(
            question(
                "understanding",
                "core",
                t(
                    "Can the person who would be treated understand what IMS is and agree to it?",
                    "La personne qui serait traitée peut-elle comprendre ce qu'est l'IMS et l'accepter?",
                ),
                "002: the person must be able to understand the treatment; no age limit otherwise",
                vec![yes(), no().level("not-suitable"), not_sure()],
            ),
            t(
                "There is no age limit. But a very young child, or a person with dementia, may not be able to.",
                "Il n'y a pas de limite d'âge. Mais un très jeune enfant ou une personne atteinte de démence pourrait ne pas le pouvoir.",
            ),
        ),
        question(
            "pregnant",
            "core",
            t("Are you pregnant?", "Êtes-vous enceinte?"),
            "002: IMS is not done during pregnancy",
            vec![
                yes().level("not-suitable").note(t(
                    "IMS is not done during pregnancy. You can check again after your baby is born.",
                    "L'IMS n'est pas faite pendant la grossesse. Vous pourrez refaire ce test après la naissance.",
                )),
                no(),
                not_sure(),
            ],
        ),
        question(
            "autoimmune",
            "core",
            t(
                "Do you have an autoimmune disease, such as lupus or rheumatoid arthritis?",
                "Avez-vous une maladie auto-immune, comme le lupus ou la polyarthrite rhumatoïde?",
            ),
            "002: uncontrolled autoimmune disease",
            vec![
                AnswerModel::new("uncontrolled", t("Yes, and it is not under control", "Oui, et elle n'est pas maîtrisée"))
                    .level("not-suitable"),
                AnswerModel::new("controlled", t("Yes, and it is under control", "Oui, et elle est maîtrisée")).level("suitable"),
                no(),
                not_sure(),
            ],
        ),
        question(
            "osteoporosis",
            "core",
            t(
                "Do you have osteoporosis (thin, weak bones)?",
                "Avez-vous de l'ostéoporose (des os minces et fragiles)?",
            ),
            "002: osteoporosis",
            vec![
                AnswerModel::new("severe", t("Yes, it is severe or not well controlled", "Oui, elle est grave ou mal maîtrisée"))
                    .level("talk-first")
                    .note(t(
                        "The physiotherapist may change how they treat you, so please call first.",
                        "Le physiothérapeute pourrait adapter le traitement. Appelez d'abord.",
                    )),
                AnswerModel::new("mild-moderate", t("Yes, it is mild or moderate", "Oui, elle est légère ou modérée")).level("suitable"),
                no(),
                not_sure(),
            ],
        ),
        question(
            "surgery",
            "core",
            t("Have you had an operation in the last 3 months?", "Avez-vous été opéré(e) au cours des 3 derniers mois?"),
            "002: wait 3 months at the surgery site and 6 weeks next to it",
            vec![
                yes().asks("surgeries").level("wait").surgery_windows(3, 42).note(t(
                    "Needling waits 3 months where you had the operation, and 6 weeks for the areas next to it.",
                    "Il faut attendre 3 mois à l'endroit de l'opération, et 6 semaines pour les zones voisines.",
                )),
                no(),
                not_sure(),
            ],
        ),
    ]
}

/// Guideline rows: on by default; a clinic may turn them off.
fn guideline_rows() -> Vec<QuestionModel> {
    vec![
        talk_first_row(
            "bleeding",
            t(
                "Do you have a bleeding problem, or take blood thinners?",
                "Avez-vous un trouble de saignement, ou prenez-vous des anticoagulants?",
            ),
            &format!("{ISCP}: relative contraindication"),
        ),
        question(
            "lymphoedema",
            "guideline",
            t(
                "Do you have lymphoedema (swelling that stays, often after cancer care) in a part of your body?",
                "Avez-vous un lymphœdème (enflure qui reste, souvent après un cancer) dans une partie du corps?",
            ),
            &format!("{ISCP}: absolute contraindication for the area or limb with lymphoedema"),
            vec![
                yes().asks("lymphoedema-regions").level("not-suitable").scope("lymphoedema-regions").note(t(
                    "Needling is not done where there is lymphoedema.",
                    "Les aiguilles ne sont pas utilisées là où il y a un lymphœdème.",
                )),
                no(),
                not_sure(),
            ],
        ),
        question(
            "skin-infection",
            "guideline",
            t(
                "Do you have a skin infection in a part of your body?",
                "Avez-vous une infection de la peau dans une partie du corps?",
            ),
            &format!("{ISCP} / {SAFETY}: local infection"),
            vec![
                yes().asks("skin-infection-regions").level("not-suitable").scope("skin-infection-regions").note(t(
                    "Needling is not done where the skin is infected.",
                    "Les aiguilles ne sont pas utilisées là où la peau est infectée.",
                )),
                no(),
                not_sure(),
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
                "Is your immune system weak, for example from chemotherapy, transplant drugs or high doses of steroids?",
                "Votre système immunitaire est-il faible, par exemple à cause d'une chimiothérapie, de médicaments après une greffe ou de fortes doses de cortisone?",
            ),
            &format!("{ISCP}: relative contraindication"),
        ),
        question(
            "diabetes",
            "guideline",
            t("Do you have diabetes?", "Avez-vous le diabète?"),
            &format!("{ISCP}: relative contraindication"),
            vec![
                AnswerModel::new(
                    "yes-poor-healing",
                    t("Yes, and cuts heal slowly or my feet feel numb", "Oui, et mes plaies guérissent lentement ou mes pieds sont engourdis"),
                )
                .level("talk-first"),
                AnswerModel::new("yes", t("Yes, without those problems", "Oui, sans ces problèmes")),
                no(),
                not_sure(),
            ],
        ),
        talk_first_row(
            "epilepsy",
            t("Do you have epilepsy or seizures?", "Faites-vous de l'épilepsie ou des crises convulsives?"),
            &format!("{ISCP}: relative contraindication"),
        ),
        talk_first_row(
            "metal-allergy",
            t("Are you allergic to metal, such as nickel?", "Êtes-vous allergique aux métaux, comme le nickel?"),
            &format!("{SAFETY} (nickel allergy)"),
        ),
        talk_first_row(
            "fainting",
            t(
                "Have you ever fainted or had a bad reaction to needles?",
                "Vous êtes-vous déjà évanoui(e) ou avez-vous déjà mal réagi aux aiguilles?",
            ),
            SAFETY,
        ),
    ]
}

/// Result-page texts: privacy promise, what to expect, and a title per level.
fn texts() -> Vec<TextEntryModel> {
    let entry = |key: &str, en: &str, fr: &str| TextEntryModel {
        key: key.to_string(),
        text: t(en, fr),
    };
    vec![
        entry(
            "privacy",
            "Your answers stay on this device. Nothing is sent or saved. Close or reload the page and they are gone.",
            "Vos réponses restent sur cet appareil. Rien n'est envoyé ni enregistré. Fermez ou rechargez la page et elles disparaissent.",
        ),
        entry(
            "expect-assessment",
            "Your first visit is a full check-up. The physiotherapist decides with you if IMS is right for you.",
            "La première visite est une évaluation complète. Le physiothérapeute décide avec vous si l'IMS vous convient.",
        ),
        entry(
            "expect-needle",
            "The needle is very thin, thinner than the ones for shots or blood tests. You often do not feel it go in.",
            "L'aiguille est très fine, plus fine que celles des vaccins ou des prises de sang. Souvent, on ne la sent pas entrer.",
        ),
        entry(
            "expect-how-it-feels",
            "In IMS, one needle goes in at a time, for a few seconds. The muscle may twitch or cramp, then relax. Acupuncture is different: it leaves several needles in for 15 to 20 minutes.",
            "En IMS, on place une aiguille à la fois, pendant quelques secondes. Le muscle peut sursauter ou faire une crampe, puis se détendre. L'acupuncture est différente : plusieurs aiguilles restent en place de 15 à 20 minutes.",
        ),
        entry(
            "expect-soreness",
            "Feeling sore for a few hours, or a day or two, is normal.",
            "Être un peu endolori quelques heures, ou un jour ou deux, est normal.",
        ),
        entry(
            "expect-sessions",
            "Visits are usually once a week, or up to every two weeks. New pain may need only one visit. In studies of low back pain, people had about 8 treatments.",
            "Les visites ont lieu en général une fois par semaine, ou jusqu'à toutes les deux semaines. Une douleur récente peut demander une seule visite. Dans les études sur le mal de dos, les gens ont eu environ 8 traitements.",
        ),
        entry(
            "expect-electrical",
            "Some clinics can add a gentle electric current through the needle.",
            "Certaines cliniques peuvent ajouter un léger courant électrique dans l'aiguille.",
        ),
        entry(
            "expect-age",
            "There is no age limit, as long as the person can understand the treatment.",
            "Il n'y a pas de limite d'âge, si la personne peut comprendre le traitement.",
        ),
        entry("level-emergency", "Call your emergency number now.", "Appelez le numéro d'urgence maintenant."),
        entry(
            "level-urgent",
            "See a doctor or go to urgent care today.",
            "Voyez un médecin ou allez dans une clinique sans rendez-vous aujourd'hui.",
        ),
        entry(
            "level-see-doctor",
            "Please see your doctor before any needling.",
            "Voyez votre médecin avant tout traitement avec des aiguilles.",
        ),
        entry(
            "level-not-suitable",
            "IMS or dry needling is not right for you now, or not for some areas. Other physiotherapy can still help.",
            "L'IMS ou les aiguilles sèches ne vous conviennent pas pour le moment, ou pas pour certaines zones. D'autres soins de physiothérapie peuvent aider.",
        ),
        entry(
            "level-wait",
            "Not yet. IMS may be possible from the date shown.",
            "Pas encore. L'IMS pourrait être possible à partir de la date indiquée.",
        ),
        entry(
            "level-talk-first",
            "Please call the clinic before you book.",
            "Appelez la clinique avant de prendre rendez-vous.",
        ),
        entry(
            "level-suitable",
            "IMS may suit you. Book an assessment.",
            "L'IMS pourrait vous convenir. Prenez rendez-vous pour une évaluation.",
        ),
        entry("fit-heading", "Signs that fit IMS", "Signes qui vont bien avec l'IMS"),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::{Category, Level, Scope};

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
