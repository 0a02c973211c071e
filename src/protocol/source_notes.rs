//! How each source of the default protocol reads on the visitor's result, in
//! plain words and both languages. The source string itself stays the
//! citation on the rules sheet and in the command-line output; a source with
//! no entry here (a clinic's own protocol) is shown as cited.
use super::Lang;

/// (source as cited in the protocol, English, French).
pub(crate) const SOURCE_NOTES: [(&str, &str, &str); 21] = [
    (
        "002: IMS is not done during pregnancy",
        "IMS clinic guidance: IMS is not done during pregnancy.",
        "Conseils d'une clinique IMS : l'IMS ne se fait pas pendant la grossesse.",
    ),
    (
        "002: osteoporosis",
        "IMS clinic guidance on weak bones (osteoporosis).",
        "Conseils d'une clinique IMS sur les os fragiles (ostéoporose).",
    ),
    (
        "002: people with active cancer cannot have IMS; most cancer survivors can",
        "IMS clinic guidance: no IMS during cancer treatment. Most people treated in the past can have it.",
        "Conseils d'une clinique IMS : pas d'IMS pendant un traitement contre le cancer. La plupart des personnes traitées dans le passé peuvent en recevoir.",
    ),
    (
        "002: severe fear of needles; 001: the needle is thinner than injection needles and often not felt",
        "IMS clinic guidance on fear of needles; the needle is thinner than the ones for shots.",
        "Conseils de cliniques IMS sur la peur des aiguilles; l'aiguille est plus fine que celles des vaccins.",
    ),
    (
        "002: the person must be able to understand the treatment; no age limit otherwise",
        "IMS clinic guidance: the person must understand the treatment; there is no age limit.",
        "Conseils d'une clinique IMS : la personne doit comprendre le traitement; il n'y a pas de limite d'âge.",
    ),
    (
        "002: uncontrolled autoimmune disease",
        "IMS clinic advice on an autoimmune disease that is not under control.",
        "Conseils d'une clinique IMS sur les maladies auto-immunes non contrôlées.",
    ),
    (
        "002: wait 3 months at the surgery site and 6 weeks next to it",
        "IMS clinic guidance: wait 3 months where you had surgery, and 6 weeks next to it.",
        "Conseils d'une clinique IMS : attendre 3 mois à l'endroit opéré et 6 semaines tout près.",
    ),
    (
        "Canadian C-spine rule; low back fracture red flags",
        "Canadian rules for neck and back injuries after a fall or crash.",
        "Règles canadiennes sur les blessures au cou et au dos après une chute ou un accident.",
    ),
    (
        "Cauda equina red flags (NICE CKS low back pain; BMJ Best Practice)",
        "Medical warning signs of a serious nerve problem in the low back (NICE, BMJ).",
        "Signes d'alerte médicaux d'un grave problème de nerfs dans le bas du dos (NICE, BMJ).",
    ),
    (
        "Chest pain needs a medical cause ruled out",
        "Chest pain needs a doctor to find its cause first.",
        "Une douleur à la poitrine doit d'abord être vérifiée par un médecin.",
    ),
    (
        "Dry needling safety guidance",
        "Safety guidance for dry needling.",
        "Consignes de sécurité pour les aiguilles sèches.",
    ),
    (
        "Dry needling safety guidance (nickel allergy)",
        "Safety guidance for dry needling (metal allergy).",
        "Consignes de sécurité pour les aiguilles sèches (allergie aux métaux).",
    ),
    (
        "ISCP 2012 dry needling guideline / Dry needling safety guidance: local infection",
        "Dry needling rules (ISCP 2012) and safety advice. No needle goes through infected skin.",
        "Guide sur les aiguilles sèches (ISCP 2012) et consignes de sécurité : pas d'aiguille dans une peau infectée.",
    ),
    (
        "ISCP 2012 dry needling guideline: absolute contraindication for the area or limb with lymphoedema",
        "Dry needling rules (ISCP 2012): no needles in an arm, leg or area with lymphoedema.",
        "Guide sur les aiguilles sèches (ISCP 2012) : pas d'aiguille dans un bras, une jambe ou une zone avec lymphœdème.",
    ),
    (
        "ISCP 2012 dry needling guideline: relative contraindication",
        "Dry needling guideline (ISCP 2012): a reason to check with the clinic first.",
        "Guide sur les aiguilles sèches (ISCP 2012) : une raison de vérifier d'abord avec la clinique.",
    ),
    (
        "NICE CKS / NHS low back pain red flags",
        "Medical warning signs for low back pain (NICE, NHS).",
        "Signes d'alerte médicaux pour le mal de dos (NICE, NHS).",
    ),
    (
        "Red flags for headache",
        "Medical warning signs for headaches.",
        "Signes d'alerte médicaux pour les maux de tête.",
    ),
    (
        "Red flags for infection or meningitis",
        "Medical warning signs of infection or meningitis.",
        "Signes d'alerte médicaux d'infection ou de méningite.",
    ),
    (
        "Standard heart attack warning signs",
        "Warning signs of a heart attack.",
        "Signes d'alerte d'une crise cardiaque.",
    ),
    (
        "Stroke warning signs (FAST)",
        "Warning signs of a stroke (FAST).",
        "Signes d'alerte d'un AVC (VITE).",
    ),
    (
        "Worsening nerve weakness (NICE CKS; myelopathy red flags)",
        "Medical warning signs of nerve weakness that is getting worse (NICE).",
        "Signes d'alerte médicaux d'une faiblesse des nerfs qui s'aggrave (NICE).",
    ),
];

/// The visitor-facing wording of a source, if the default protocol knows it.
pub fn source_note(source: &str, lang: Lang) -> Option<&'static str> {
    SOURCE_NOTES.iter().find(|row| row.0 == source).map(|row| match lang {
        Lang::En => row.1,
        Lang::Fr => row.2,
    })
}
